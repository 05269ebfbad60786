// Files that are not healthy .lintel documents: each must give a clear error
// that names the file, and nothing may crash.
#include "tests/storage/storagetest.h"

#include "model/storage/binarycodec.h"
#include "model/storage/lintelfile.h"

#include <QFile>
#include <QImage>
#include <QTest>
#include <sqlite3.h>

using namespace lintel;

namespace {

// Runs SQL on a file behind the storage code's back, as another program would.
bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Replaces revision `number`'s blob with `change(blob)`.
bool rewriteBlob(const QString &path, int number, const std::function<void(QByteArray &)> &change)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *read = nullptr, *write = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT model FROM revisions WHERE number = ?1", -1, &read, nullptr) == SQLITE_OK
        && sqlite3_bind_int(read, 1, number) == SQLITE_OK && sqlite3_step(read) == SQLITE_ROW;
    QByteArray blob;
    if (ok) {
        blob = QByteArray(static_cast<const char *>(sqlite3_column_blob(read, 0)), sqlite3_column_bytes(read, 0));
        change(blob);
        ok = sqlite3_prepare_v2(db, "UPDATE revisions SET model = ?1 WHERE number = ?2", -1, &write, nullptr) == SQLITE_OK
            && sqlite3_bind_blob(write, 1, blob.constData(), int(blob.size()), SQLITE_STATIC) == SQLITE_OK
            && sqlite3_bind_int(write, 2, number) == SQLITE_OK && sqlite3_step(write) == SQLITE_DONE;
    }
    sqlite3_finalize(read);
    sqlite3_finalize(write);
    sqlite3_close(db);
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Opens and loads every revision, returning the first error, if any. Used on
// damaged files, where any step may be the one that notices.
std::optional<Diagnostic> firstError(const QString &path)
{
    Diagnostic error;
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    if (!file)
        return error;
    const auto revisions = file->revisions(&error);
    if (!revisions)
        return error;
    if (!file->loadLatest(&error))
        return error;
    for (const RevisionInfo &info : *revisions)
        if (!file->loadRevision(info.number, &error))
            return error;
    return std::nullopt;
}

}  // namespace

void StorageTest::foreignFilesAreRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    const QString text = tempPath(QStringLiteral("notes.lintel"));
    QVERIFY(writeAll(text, "lintel: 1\nelements: []\n"));
    QTest::newRow("plain text") << text << "not an SQLite database";

    const QString png = tempPath(QStringLiteral("picture.lintel"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(png, "PNG"));
    QTest::newRow("png") << png << "not an SQLite database";

    const QString empty = tempPath(QStringLiteral("empty.lintel"));
    QVERIFY(writeAll(empty, QByteArray()));
    QTest::newRow("empty file") << empty << "is empty";

    const QString other = tempPath(QStringLiteral("other-app.lintel"));
    QVERIFY(execSql(other, "PRAGMA application_id = 42; CREATE TABLE notes (body TEXT);"));
    QTest::newRow("other app") << other << "another application";

    const QString plain = tempPath(QStringLiteral("plain-sqlite.lintel"));
    QVERIFY(execSql(plain, "CREATE TABLE revisions (number INTEGER);"));
    QTest::newRow("sqlite without id") << plain << "another application";

    const QString unversioned = tempPath(QStringLiteral("unversioned.lintel"));
    QVERIFY(execSql(unversioned, "PRAGMA application_id = 1280201804; CREATE TABLE t (x);"));
    QTest::newRow("our id, no version") << unversioned << "damaged";

    QTest::newRow("missing") << tempPath(QStringLiteral("missing.lintel")) << "no such file";
    QTest::newRow("folder") << m_dir.path() << "is a folder";
}

void StorageTest::foreignFilesAreRejected()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    Diagnostic error;
    QVERIFY(!LintelFile::open(path, LintelFile::Access::ReadWrite, &error));
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(expected), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(path + QLatin1String(": ")));
}

void StorageTest::newerFileFormatIsRejected()
{
    const QString path = makeDocument(QStringLiteral("newer-format.lintel"));
    const QByteArray newer = QByteArray::number(kLintelSchemaVersion + 1);
    QVERIFY(execSql(path, ("PRAGMA user_version = " + newer).constData()));
    Diagnostic error;
    QVERIFY(!LintelFile::open(path, LintelFile::Access::ReadOnly, &error));
    QVERIFY2(error.message.contains(QLatin1String("newer version of Lintel")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("format ") + newer), qPrintable(error.message));
}

void StorageTest::newerModelEncodingIsRejected()
{
    const QString path = makeDocument(QStringLiteral("newer-encoding.lintel"));
    QVERIFY(rewriteBlob(path, 1, [](QByteArray &blob) { blob[5] = char(kBinaryCodecVersion + 1); }));
    const auto error = firstError(path);
    QVERIFY(error);
    QVERIFY2(error->message.contains(QLatin1String("revision 1")), qPrintable(error->message));
    QVERIFY2(error->message.contains(QLatin1String("newer version of Lintel")), qPrintable(error->message));
}

void StorageTest::truncatedFileIsReported_data()
{
    QTest::addColumn<double>("keep");
    QTest::newRow("half") << 0.5;
    QTest::newRow("three quarters") << 0.75;
    QTest::newRow("first page") << 0.0;
    QTest::newRow("50 bytes") << -1.0;
}

void StorageTest::truncatedFileIsReported()
{
    QFETCH(double, keep);
    const QString path = makeDocument(QStringLiteral("truncated.lintel"), 6);
    const QByteArray whole = readAll(path);
    QVERIFY(whole.size() > 4 * 4096);
    const qsizetype size = keep > 0 ? qsizetype(double(whole.size()) * keep) : keep == 0 ? 4096 : 50;
    QVERIFY(writeAll(path, whole.left(size)));
    const auto error = firstError(path);
    QVERIFY2(error, "a truncated document loaded without complaint");
    QCOMPARE(error->file, path);
    QVERIFY2(error->message.contains(QLatin1String("damaged")), qPrintable(error->message));
}

// SQLite keeps no checksums of its own, so a flipped bit inside a stored
// model is only caught by the codec's checksum.
void StorageTest::flippedBytesInTheFileAreReported()
{
    const QString path = makeDocument(QStringLiteral("flipped.lintel"), 2);
    QByteArray bytes = readAll(path);
    int blobs = 0;
    for (qsizetype at = bytes.indexOf("LNTM"); at >= 0; at = bytes.indexOf("LNTM", at + 1), ++blobs)
        bytes[at + 40] = char(bytes[at + 40] ^ 0x10);
    QCOMPARE(blobs, 2);
    QVERIFY(writeAll(path, bytes));
    const auto error = firstError(path);
    QVERIFY(error);
    QVERIFY2(error->message.contains(QLatin1String("checksum")), qPrintable(error->message));

    // Damage to SQLite's own pages: scribble over the start of every page but the first.
    const QString pages = makeDocument(QStringLiteral("scribbled.lintel"), 3);
    bytes = readAll(pages);
    const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    for (qsizetype page = pageSize; page < bytes.size(); page += pageSize)
        bytes.replace(page, 8, QByteArray(8, '\x5A'));
    QVERIFY(writeAll(pages, bytes));
    const auto pageError = firstError(pages);
    QVERIFY(pageError);
    QVERIFY2(pageError->message.contains(QLatin1String("damaged")), qPrintable(pageError->message));
}

void StorageTest::damagedBlobIsReported()
{
    const QString path = makeDocument(QStringLiteral("damaged-blob.lintel"), 2);
    QVERIFY(rewriteBlob(path, 2, [](QByteArray &blob) { blob[blob.size() / 2] = char(~blob[blob.size() / 2]); }));
    Diagnostic error;
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY(file);
    QVERIFY(!file->loadLatest(&error));
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(QLatin1String("revision 2 cannot be read")), qPrintable(error.message));
    QVERIFY(file->loadRevision(1, &error));  // the others are still fine

    QVERIFY(rewriteBlob(path, 1, [](QByteArray &blob) { blob.truncate(10); }));
    QVERIFY(!file->loadRevision(1, &error));
    QVERIFY2(error.message.contains(QLatin1String("truncated")), qPrintable(error.message));
}

void StorageTest::noRevisionsIsReported()
{
    const QString path = makeDocument(QStringLiteral("no-revisions.lintel"), 2);
    QVERIFY(execSql(path, "DELETE FROM revisions"));
    Diagnostic error;
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY(file);
    QCOMPARE(file->revisions(&error)->size(), std::size_t(0));
    QVERIFY(!file->loadLatest(&error));
    QCOMPARE(error.toString(), path + QLatin1String(": has no revisions"));
}

void StorageTest::missingRevisionIsReported()
{
    const QString path = makeDocument(QStringLiteral("missing-revision.lintel"), 2);
    Diagnostic error;
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY(file);
    QVERIFY(!file->loadRevision(9, &error));
    QCOMPARE(error.toString(), path + QLatin1String(": has no revision 9 (its revisions are 1 to 2)"));
    QVERIFY(!file->loadRevision(0, &error));
    QVERIFY(!file->loadRevision(-1, &error));
}
