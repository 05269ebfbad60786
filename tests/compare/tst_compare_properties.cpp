// Properties of the diff and the merge on the example models, over seeded
// random edit scripts (editscripts.h), hundreds of cases:
// - diff(x, x) is empty, and diff(base, edited) is not when an edit applied;
// - edits A and B touching disjoint fields merge cleanly, and the merge
//   equals applying both, in either order;
// - where A and B set the same field to different values, each such field
//   is one conflict, OURS' value is kept, and no other edit is lost.
#include "editscripts.h"
#include "model/compare/modeldiff.h"
#include "model/compare/modelmerge.h"
#include "tests/support/exampledata.h"
#include "tests/support/fullmodel.h"

#include <QSet>
#include <QtTest>

using namespace lintel;
using namespace lintel::test;

namespace {

constexpr int kCasesPerModel = 120;

QString describe(const ModelDiff &diff)
{
    QStringList lines;
    for (const ObjectChange &c : diff.changes) {
        QStringList fields;
        for (const FieldChange &f : c.fields)
            fields << f.pathText() + QStringLiteral(": ") + f.beforeText() + QStringLiteral(" -> ") + f.afterText();
        lines << c.section + u' ' + c.id + u' ' + changeStatusName(c.status) + u' ' + fields.join(QStringLiteral("; "));
    }
    return lines.join(u'\n');
}

}  // namespace

class TestCompareProperties : public QObject {
    Q_OBJECT
private slots:
    void properties_data();
    void properties();
};

void TestCompareProperties::properties_data()
{
    QTest::addColumn<Model>("base");
    QTest::newRow("shop") << loadModel(QStringLiteral("resources/examples/shop.yaml"))->model;
    QTest::newRow("small") << loadModel(QStringLiteral("resources/examples/small.yaml"))->model;
    QTest::newRow("every field set") << fullModel();
}

void TestCompareProperties::properties()
{
    QFETCH(Model, base);
    int disjointCases = 0, overlapCases = 0, conflictsSeen = 0;
    for (int seed = 1; seed <= kCasesPerModel; ++seed) {
        QRandomGenerator random{quint32(seed)};
        const EditScript a = randomScript(base, random, 1 + random.bounded(6));
        const EditScript b = randomScript(base, random, 1 + random.bounded(6), a);
        const Model ours = applied(base, a), theirs = applied(base, b);
        const QByteArray where = QByteArrayLiteral("seed ") + QByteArray::number(seed);

        QVERIFY2(diffModels(ours, ours).isEmpty(), where.constData());
        QVERIFY2(a.empty() || !diffModels(base, ours).isEmpty(), where.constData());

        // Disjoint: clean, and the same as applying both in either order.
        const MergeResult merged = mergeModels(base, ours, theirs);
        QVERIFY2(merged.isClean(), where.constData());
        const ModelDiff ab = diffModels(merged.model, applied(ours, b));
        const ModelDiff ba = diffModels(merged.model, applied(theirs, a));
        QVERIFY2(ab.isEmpty(), qPrintable(where + '\n' + describe(ab)));
        QVERIFY2(ba.isEmpty(), qPrintable(where + '\n' + describe(ba)));
        ++disjointCases;

        // Overlapping: B also sets some of A's fields to other values.
        const EditScript clash = overlappingEdits(base, a, random);
        if (clash.empty())
            continue;
        EditScript bWithClash = b;
        bWithClash.insert(bWithClash.end(), clash.begin(), clash.end());
        const MergeResult conflicted = mergeModels(base, ours, applied(base, bWithClash));
        QSet<QString> expected, reported;
        for (const Edit &e : clash)
            expected.insert(e.section + u'\n' + e.id + u'\n' + e.field);
        for (const MergeConflict &c : conflicted.conflicts)
            reported.insert(c.section + u'\n' + c.id + u'\n' + c.field);
        QCOMPARE(reported, expected);
        // Ours wins each conflict; B's other edits are all there.
        const ModelDiff lost = diffModels(conflicted.model, applied(applied(base, b), a));
        QVERIFY2(lost.isEmpty(), qPrintable(where + '\n' + describe(lost)));
        ++overlapCases;
        conflictsSeen += int(conflicted.conflicts.size());
    }
    // The generator must really have exercised both properties.
    QVERIFY(disjointCases == kCasesPerModel);
    QVERIFY2(overlapCases > kCasesPerModel / 4, qPrintable(QString::number(overlapCases)));
    QVERIFY(conflictsSeen >= overlapCases);
}

QTEST_GUILESS_MAIN(TestCompareProperties)
#include "tst_compare_properties.moc"
