// .lintel documents saved by earlier versions of Lintel must keep opening:
// users have them. tests/data/golden-v1/ holds documents written by the
// version whose snapshots were QDataStream records (model encoding 1); each
// revision must load, equal the YAML it was converted from, and validate
// the same.
#include "tests/storage/storagetest.h"

#include "model/rules/validator.h"
#include "model/storage/binarycodec.h"
#include "model/storage/lintelfile.h"
#include "tests/support/exampledata.h"
#include "tests/support/fullmodel.h"

#include <QFile>
#include <QTest>
#include <QtEndian>
#include <sqlite3.h>

using namespace lintel;

namespace {

// Findings from a .lintel model have no YAML locations, which is also what
// findings are sorted by first; compare the rest, in one order.
QStringList withoutLocations(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1 %2 %3 [%4] %5 %6")
                   .arg(f.rule, enumName(f.severity), f.fingerprint, f.targets.join(u','), f.message,
                        f.suppressed ? QStringLiteral("suppressed") : QString());
    out.sort();
    return out;
}

// A copy in the test's own folder: opening may tidy up next to the file.
QString copyOf(const QString &golden, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(test::sourcePath(golden), to) ? to : QString();
}

// user_version, and the model encoding of each revision in order, read
// behind the storage code's back.
struct Stamps {
    int userVersion = -1;
    QList<int> encodings;
};

Stamps stampsOf(const QString &path)
{
    Stamps stamps;
    sqlite3 *db = nullptr;
    sqlite3_stmt *query = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &query, nullptr) == SQLITE_OK
        && sqlite3_step(query) == SQLITE_ROW)
        stamps.userVersion = sqlite3_column_int(query, 0);
    sqlite3_finalize(query);
    query = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT model FROM revisions ORDER BY number", -1, &query, nullptr) == SQLITE_OK) {
        while (sqlite3_step(query) == SQLITE_ROW) {
            const auto *blob = static_cast<const uchar *>(sqlite3_column_blob(query, 0));
            stamps.encodings << (sqlite3_column_bytes(query, 0) >= 6 ? qFromBigEndian<quint16>(blob + 4) : -1);
        }
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    return stamps;
}

}  // namespace

void StorageTest::oldDocumentsStillOpen_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QStringList>("sources");  // the YAML of revision 1, 2...

    QTest::newRow("shop, two revisions")
        << "tests/data/golden-v1/shop.lintel"
        // Revision 2 was the example shop as it was then; the example has
        // grown since, so its frozen copy stands in for it.
        << QStringList{"tests/data/storage/workshop.yaml", "tests/data/golden-v1/shop-revision-2.yaml"};
    QTest::newRow("torture") << "tests/data/golden-v1/torture.lintel"
                             << QStringList{"tests/data/torture.yaml"};
}

void StorageTest::oldDocumentsStillOpen()
{
    QFETCH(QString, golden);
    QFETCH(QStringList, sources);
    const QString path = copyOf(golden, tempPath(QStringLiteral("golden.lintel")));
    QVERIFY2(!path.isEmpty(), qPrintable(golden));

    Diagnostic error;
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const auto revisions = file->revisions(&error);
    QVERIFY2(revisions, qPrintable(error.toString()));
    QCOMPARE(revisions->size(), std::size_t(sources.size()));
    for (int n = 1; n <= sources.size(); ++n) {
        const RevisionInfo &listed = (*revisions)[std::size_t(n - 1)];
        QCOMPARE(listed.number, n);
        QCOMPARE(listed.author, QStringLiteral("lintel-golden"));
        QCOMPARE(listed.message, QStringLiteral("golden revision %1").arg(n));

        const test::LoadedModel *source = test::loadModel(sources[n - 1]);
        QVERIFY(source);
        const std::optional<Model> loaded = file->loadRevision(n, &error);
        QVERIFY2(loaded, qPrintable(error.toString()));
        QVERIFY2(*loaded == source->model, qPrintable(sources[n - 1]));
        ValidationOptions options;
        options.asOf = test::frozenDate();
        QCOMPARE(withoutLocations(validate(*loaded, options)), withoutLocations(source->findings));
    }
}

// Saving into a document of encoding 1 adds a CBOR revision and marks the
// file as needing this version (user_version 2); what was there still loads.
void StorageTest::appendingToAnOldDocumentRaisesItsVersion()
{
    const QString path = copyOf(QStringLiteral("tests/data/golden-v1/shop.lintel"),
                                tempPath(QStringLiteral("golden-append.lintel")));
    QVERIFY(!path.isEmpty());
    const Stamps before = stampsOf(path);
    QCOMPARE(before.userVersion, 1);
    QCOMPARE(before.encodings, QList<int>({1, 1}));

    const Model added = test::fullModel();
    Diagnostic error;
    QCOMPARE(saveRevision(path, added, QStringLiteral("tester"), QStringLiteral("after CBOR"), &error), 3);
    const Stamps after = stampsOf(path);
    QCOMPARE(after.userVersion, kLintelSchemaVersion);
    QCOMPARE(after.encodings, QList<int>({1, 1, int(kBinaryCodecVersion)}));

    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const auto latest = file->loadLatest(&error);
    QVERIFY2(latest, qPrintable(error.toString()));
    QVERIFY(*latest == added);
    const auto first = file->loadRevision(1, &error);
    QVERIFY2(first, qPrintable(error.toString()));
    QVERIFY(*first == test::loadModel(QStringLiteral("tests/data/storage/workshop.yaml"))->model);

    // A new document starts at the current version.
    const QString fresh = tempPath(QStringLiteral("fresh.lintel"));
    QFile::remove(fresh);
    QVERIFY2(LintelFile::create(fresh, added, QStringLiteral("tester"), QStringLiteral("new"), &error),
             qPrintable(error.toString()));
    QCOMPARE(stampsOf(fresh).userVersion, kLintelSchemaVersion);
    QCOMPARE(stampsOf(fresh).encodings, QList<int>({int(kBinaryCodecVersion)}));
}
