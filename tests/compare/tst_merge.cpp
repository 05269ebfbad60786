// The three-way merge: per field, lists of ids as sets, positions per
// element, additions and deletions, conflicts recorded in the model so it
// still loads and the merge-conflict rule reports them, and resolving them.
#include "model/compare/conflicts.h"
#include "model/compare/modeldiff.h"
#include "model/compare/modelmerge.h"
#include "model/compare/sections.h"
#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"
#include "tests/support/exampledata.h"
#include "tests/support/fullmodel.h"

#include <QtTest>

using namespace lintel;

namespace {

const Model &shop()
{
    const test::LoadedModel *loaded = test::loadModel(QStringLiteral("resources/examples/shop.yaml"));
    Q_ASSERT(loaded);
    return loaded->model;
}

Flow &flow(Model &m, int i) { return m.flows[std::size_t(i)]; }

QStringList ids(const std::vector<Element> &elements)
{
    QStringList out;
    for (const Element &e : elements)
        out << e.id;
    return out;
}

}  // namespace

class TestMerge : public QObject {
    Q_OBJECT
private slots:
    void unchangedSidesGiveTheBase();
    void differentFieldsOfOneObjectMerge();
    void sameFieldToDifferentValuesConflicts();
    void sameChangeOnBothSidesIsNoConflict();
    void listsOfIdsMergeAsSets();
    void positionsMergePerElement();
    void additionsKeepOursOrderThenTheirs();
    void identicalAdditionsAreOne();
    void deletedAndUnchangedIsDeleted();
    void deletedAndChangedConflicts();
    void conflictsAreRecordedAndTheFileLoads();
    void mergeConflictRuleReportsEachConflict();
    void resolvingRemovesTheEntryAndFinallyTheKey();
    void everyFieldTypeMerges_data();
    void everyFieldTypeMerges();
};

void TestMerge::unchangedSidesGiveTheBase()
{
    const MergeResult r = mergeModels(shop(), shop(), shop());
    QVERIFY(r.isClean());
    QCOMPARE(r.model, shop());
    QCOMPARE(writeYaml(r.model), writeYaml(shop()));
}

void TestMerge::differentFieldsOfOneObjectMerge()
{
    Model ours = shop(), theirs = shop();
    flow(ours, 0).protocol = QStringLiteral("grpc");
    flow(theirs, 0).resilience.timeout = QStringLiteral("750ms");
    const MergeResult r = mergeModels(shop(), ours, theirs);
    QVERIFY(r.isClean());
    QCOMPARE(flow(const_cast<Model &>(r.model), 0).protocol, QStringLiteral("grpc"));
    QCOMPARE(r.model.flows[0].resilience.timeout, QStringLiteral("750ms"));
}

void TestMerge::sameFieldToDifferentValuesConflicts()
{
    Model ours = shop(), theirs = shop();
    flow(ours, 0).protocol = QStringLiteral("grpc");
    flow(theirs, 0).protocol = QStringLiteral("amqp");
    const MergeResult r = mergeModels(shop(), ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    const MergeConflict &c = r.conflicts.front();
    QCOMPARE(c.section, QStringLiteral("flows"));
    QCOMPARE(c.id, shop().flows[0].id);
    QCOMPARE(c.field, QStringLiteral("protocol"));
    QCOMPARE(c.ours.scalar, QStringLiteral("grpc"));
    QCOMPARE(c.theirs.scalar, QStringLiteral("amqp"));
    QCOMPARE(c.base.scalar, shop().flows[0].protocol);
    QCOMPARE(r.model.flows[0].protocol, QStringLiteral("grpc"));  // ours is kept
}

void TestMerge::sameChangeOnBothSidesIsNoConflict()
{
    Model ours = shop();
    flow(ours, 1).encrypted = false;
    const MergeResult r = mergeModels(shop(), ours, ours);
    QVERIFY(r.isClean());
    QCOMPARE(r.model, ours);
}

void TestMerge::listsOfIdsMergeAsSets()
{
    Model base = shop();
    base.elements[0].tags = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    Model ours = base, theirs = base;
    ours.elements[0].tags = {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("o")};
    theirs.elements[0].tags = {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("t")};  // b removed
    const MergeResult r = mergeModels(base, ours, theirs);
    QVERIFY(r.isClean());
    QCOMPARE(r.model.elements[0].tags,
             (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("o"), QStringLiteral("t")}));
}

void TestMerge::positionsMergePerElement()
{
    Model ours = shop(), theirs = shop();
    QVERIFY(shop().views[0].positions.size() >= 2);
    ours.views[0].positions[0].second.x += 100;
    theirs.views[0].positions[1].second.y += 50;
    const MergeResult r = mergeModels(shop(), ours, theirs);
    QVERIFY(r.isClean());
    QCOMPARE(r.model.views[0].positions[0].second, ours.views[0].positions[0].second);
    QCOMPARE(r.model.views[0].positions[1].second, theirs.views[0].positions[1].second);
}

void TestMerge::additionsKeepOursOrderThenTheirs()
{
    Model ours = shop(), theirs = shop();
    Element o1, t1;
    o1.id = QStringLiteral("ours-new");
    t1.id = QStringLiteral("theirs-new");
    ours.elements.insert(ours.elements.begin(), o1);
    theirs.elements.push_back(t1);
    const MergeResult r = mergeModels(shop(), ours, theirs);
    QVERIFY(r.isClean());
    QStringList expected = ids(ours.elements);
    expected << t1.id;
    QCOMPARE(ids(r.model.elements), expected);
}

void TestMerge::identicalAdditionsAreOne()
{
    Model ours = shop(), theirs = shop();
    Team t;
    t.id = QStringLiteral("vendor-x");
    t.name = QStringLiteral("Vendor X");
    ours.teams.push_back(t);
    theirs.teams.push_back(t);
    MergeResult r = mergeModels(shop(), ours, theirs);
    QVERIFY(r.isClean());
    QCOMPARE(r.model.teams.size(), shop().teams.size() + 1);
    // Added on both sides with different content: a conflict per field.
    theirs.teams.back().name = QStringLiteral("Vendor Y");
    r = mergeModels(shop(), ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts.front().field, QStringLiteral("name"));
    QCOMPARE(r.conflicts.front().base.type, YamlValue::Type::Null);
}

void TestMerge::deletedAndUnchangedIsDeleted()
{
    Model ours = shop();
    const QString gone = ours.flows.back().id;
    ours.flows.pop_back();
    Model theirs = shop();
    theirs.flows.erase(theirs.flows.begin());
    const MergeResult r = mergeModels(shop(), ours, theirs);
    QVERIFY(r.isClean());
    QCOMPARE(r.model.flows.size(), shop().flows.size() - 2);
    // And the other way round: theirs deleted, ours unchanged.
    const MergeResult back = mergeModels(shop(), theirs, ours);
    QCOMPARE(back.model.flows.size(), shop().flows.size() - 2);
    QVERIFY(diffModels(r.model, back.model).isEmpty());
    Q_UNUSED(gone);
}

void TestMerge::deletedAndChangedConflicts()
{
    Model ours = shop(), theirs = shop();
    const QString id = ours.flows[2].id;
    ours.flows.erase(ours.flows.begin() + 2);
    theirs.flows[2].description = QStringLiteral("changed by them");
    MergeResult r = mergeModels(shop(), ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QVERIFY(r.conflicts.front().isWholeObject());
    QCOMPARE(r.conflicts.front().id, id);
    QCOMPARE(r.conflicts.front().ours.type, YamlValue::Type::Null);
    QCOMPARE(r.conflicts.front().theirs.type, YamlValue::Type::Mapping);
    QCOMPARE(r.model.flows.size(), shop().flows.size() - 1);  // ours: deleted
    // Ours changed, theirs deleted: ours' object stays.
    r = mergeModels(shop(), theirs, ours);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.model.flows.size(), shop().flows.size());
}

void TestMerge::conflictsAreRecordedAndTheFileLoads()
{
    Model ours = shop(), theirs = shop();
    flow(ours, 0).protocol = QStringLiteral("grpc");
    flow(theirs, 0).protocol = QStringLiteral("amqp");
    ours.flows.erase(ours.flows.begin() + 3);
    theirs.flows[3].description = QStringLiteral("theirs");
    const MergeResult r = mergeModelsRecordingConflicts(shop(), ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 2);
    const QByteArray yaml = writeYaml(r.model);
    QVERIFY(yaml.contains("x-lintel-conflicts:"));
    const YamlLoadResult loaded = readYaml(yaml, QStringLiteral("merged.yaml"));
    QVERIFY(loaded.ok());
    QCOMPARE(readConflicts(*loaded.model), r.conflicts);
    // The same inputs give the same bytes.
    QCOMPARE(writeYaml(mergeModelsRecordingConflicts(shop(), ours, theirs).model), yaml);
}

void TestMerge::mergeConflictRuleReportsEachConflict()
{
    Model ours = shop(), theirs = shop();
    flow(ours, 0).protocol = QStringLiteral("grpc");
    flow(theirs, 0).protocol = QStringLiteral("amqp");
    ours.system.name = QStringLiteral("Ours");
    theirs.system.name = QStringLiteral("Theirs");
    const MergeResult r = mergeModelsRecordingConflicts(shop(), ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 2);
    const YamlLoadResult loaded = readYaml(writeYaml(r.model), QStringLiteral("merged.yaml"));
    QVERIFY(loaded.ok());
    ValidationOptions options;
    options.asOf = test::frozenDate();
    int reported = 0;
    for (const Finding &f : validate(*loaded.model, options)) {
        if (f.rule != QLatin1String("merge-conflict"))
            continue;
        ++reported;
        QCOMPARE(f.severity, Severity::Error);
        if (f.targets.front() == shop().flows[0].id) {
            QCOMPARE(f.targets.value(1), QStringLiteral("protocol"));
            QCOMPARE(f.line, loaded.model->flows[0].loc.line);  // at the object
        } else {
            QCOMPARE(f.targets.front(), QStringLiteral("system"));
        }
    }
    QCOMPARE(reported, 2);
    bool any = false;
    for (const Finding &f : validate(shop(), options))
        any = any || f.rule == QLatin1String("merge-conflict");
    QVERIFY(!any);
}

void TestMerge::resolvingRemovesTheEntryAndFinallyTheKey()
{
    Model ours = shop(), theirs = shop();
    flow(ours, 0).protocol = QStringLiteral("grpc");
    flow(theirs, 0).protocol = QStringLiteral("amqp");
    ours.flows.erase(ours.flows.begin() + 3);
    theirs.flows[3].description = QStringLiteral("theirs");
    Model merged = mergeModelsRecordingConflicts(shop(), ours, theirs).model;
    std::vector<MergeConflict> conflicts = readConflicts(merged);
    QCOMPARE(int(conflicts.size()), 2);
    QVERIFY(!resolveConflict(merged, 5, YamlValue{}));
    // Take theirs of the field.
    QVERIFY(resolveConflict(merged, 0, conflicts[0].theirs));
    QCOMPARE(merged.flows[0].protocol, QStringLiteral("amqp"));
    QCOMPARE(int(readConflicts(merged).size()), 1);
    // Take theirs of the deleted object: it comes back as they changed it.
    QVERIFY(resolveConflict(merged, 0, conflicts[1].theirs));
    QVERIFY(readConflicts(merged).empty());
    for (const auto &[key, value] : merged.extras)
        QVERIFY(key != QLatin1String(kConflictsKey));
    bool back = false;
    for (const Flow &f : merged.flows)
        back = back || (f.id == shop().flows[3].id && f.description == QLatin1String("theirs"));
    QVERIFY(back);
}

// Each field of each section's first object in the full model, changed on
// both sides to different values, is one conflict on that field, and
// changed on one side only is taken.
void TestMerge::everyFieldTypeMerges_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("field");
    const Model full = test::fullModel();
    for (const auto &section : modelSections()) {
        if (section->count(full) == 0)
            continue;
        for (const FlatField &f : section->flatten(full, 0))
            if (!f.isMarker() && !f.isSet && f.value.type == YamlValue::Type::Scalar)
                QTest::newRow(qPrintable(section->key() + u' ' + f.pathText())) << section->key() << f.pathText();
    }
}

void TestMerge::everyFieldTypeMerges()
{
    QFETCH(QString, section);
    QFETCH(QString, field);
    const Model base = test::fullModel();
    const SectionAccess *access = findSection(section);
    const QString id = access->idAt(base, 0);
    // Values that fit any scalar field: another object's value of the same
    // field, else unset.
    const FlatFields fields = access->flatten(base, 0);
    const FlatField *original = findField(fields, field.split(u'.'));
    QVERIFY(original);
    Model theirs = base;
    if (!setObjectField(theirs, section, id, field, YamlValue{}) || access->idAt(theirs, 0) != id)
        QSKIP("a field that identifies the object or cannot be unset");
    const MergeResult oneSide = mergeModels(base, base, theirs);
    QVERIFY(oneSide.isClean());
    QVERIFY(diffModels(oneSide.model, theirs).isEmpty());

    // Ours changes it to another value that fits: other text, the other
    // bool, the next number, or another object's value of the same field.
    const QString was = original->value.scalar;
    QStringList candidates{was + QStringLiteral("-ours"), was == QLatin1String("true") ? QStringLiteral("false") : QStringLiteral("true"),
                           QString::number(was.toInt() + 1)};
    for (const Model &other : {shop(), base})
        for (int i = 0; i < access->count(other); ++i) {
            const FlatFields otherFields = access->flatten(other, i);
            if (const FlatField *f = findField(otherFields, original->path))
                candidates << f->value.scalar;
        }
    Model ours = base;
    bool changed = false;
    for (const QString &candidate : candidates)
        if (candidate != was && !changed)
            changed = setObjectField(ours, section, id, field, scalarValue(candidate)) && access->idAt(ours, 0) == id;
    if (!changed)
        QSKIP("no other value in the examples fits this field");
    const MergeResult both = mergeModels(base, ours, theirs);
    QCOMPARE(int(both.conflicts.size()), 1);
    QCOMPARE(both.conflicts.front().field, field);
    QVERIFY(diffModels(both.model, ours).isEmpty());
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
