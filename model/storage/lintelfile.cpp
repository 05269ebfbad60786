#include "model/storage/lintelfile.h"

#include "model/io/atomicsave.h"
#include "model/storage/binarycodec.h"
#include "model/storage/interruptedsave.h"
#include "model/storage/lintelschema.h"
#include "model/storage/sqlitestatement.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace lintel {

namespace {

// How long a save or a read waits for another program's save to finish
// before giving up with a "being saved" message. Saves take milliseconds;
// this only has to outlast a queue of them (ADR 0012).
constexpr int kBusyWaitMs = 20'000;

Diagnostic errorFor(const QString &path, const QString &message)
{
    return Diagnostic{path, 0, 0, message};
}

void report(Diagnostic *error, Diagnostic what)
{
    if (error)
        *error = std::move(what);
}

// SQLite takes any file, even an empty one, as a database; look at the
// header ourselves so text files, images and empty files get a clear answer.
std::optional<QString> checkLooksLikeSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("no such file");
    if (info.isDir())
        return QStringLiteral("is a folder, not a Lintel document");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read (%1)").arg(file.errorString());
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return QStringLiteral("is empty, not a Lintel document");
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    if (!header.startsWith(sqliteMagic))
        return QStringLiteral("is not a Lintel document (not an SQLite database)");
    if (header.size() < 100)
        return QStringLiteral("is damaged (the database header is truncated)");
    return std::nullopt;
}

std::optional<qint64> pragmaValue(const sqlite::Database &db, const char *sql)
{
    sqlite::Statement query(db, sql);
    if (query.step() != SQLITE_ROW)
        return std::nullopt;
    return query.integer(0);
}

}  // namespace

LintelFile::LintelFile(QString path, std::unique_ptr<sqlite::Database> db, Access access)
    : m_path(std::move(path)), m_db(std::move(db)), m_access(access)
{
}

LintelFile::~LintelFile() = default;

std::unique_ptr<LintelFile> LintelFile::open(const QString &path, Access access, Diagnostic *error)
{
    if (auto problem = checkLooksLikeSqlite(path)) {
        report(error, errorFor(path, *problem));
        return nullptr;
    }
    // Left by programs killed while creating this file or undoing a save.
    removeAbandonedTemporaries(path);
    QString notRecovered;
    if (access == Access::ReadOnly)
        storage::finishInterruptedSave(path, &notRecovered);

    sqlite3 *raw = nullptr;
    const int flags = (access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
        | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    auto db = std::make_unique<sqlite::Database>(raw);
    if (rc != SQLITE_OK) {
        report(error, errorFor(path, QStringLiteral("cannot be opened (%1)").arg(db->errorText())));
        return nullptr;
    }
    sqlite3_extended_result_codes(raw, 1);  // tells a hot journal from other read-only errors
    sqlite3_busy_timeout(raw, kBusyWaitMs);  // another Lintel saving the same file

    std::unique_ptr<LintelFile> file(new LintelFile(path, std::move(db), access));
    const auto applicationId = pragmaValue(*file->m_db, "PRAGMA application_id");
    if (!applicationId && file->m_db->errorCode() == SQLITE_READONLY_ROLLBACK) {
        report(error, errorFor(path, QStringLiteral("was left half-saved by a program that stopped "
                                                    "while saving. Lintel undoes such a save when it "
                                                    "opens the file, but cannot here: %1. Open it once "
                                                    "where it can be changed (copy it together with "
                                                    "%2) and every revision saved before is back")
                                         .arg(notRecovered.isEmpty()
                                                  ? QStringLiteral("another program was saving it "
                                                                   "at the same moment; try again")
                                                  : notRecovered,
                                              storage::journalPath(path))));
        return nullptr;
    }
    if (!applicationId) {
        report(error, file->databaseError(QStringLiteral("reading its header")));
        return nullptr;
    }
    if (*applicationId != kLintelApplicationId) {
        report(error, errorFor(path, QStringLiteral("is an SQLite database of another application, "
                                                    "not a Lintel document")));
        return nullptr;
    }
    const auto schemaVersion = pragmaValue(*file->m_db, "PRAGMA user_version");
    if (!schemaVersion) {
        report(error, file->databaseError(QStringLiteral("reading its header")));
        return nullptr;
    }
    if (*schemaVersion > kLintelSchemaVersion) {
        report(error, errorFor(path, QStringLiteral("was saved by a newer version of Lintel "
                                                    "(file format %1; this version reads up to %2)")
                                         .arg(*schemaVersion)
                                         .arg(kLintelSchemaVersion)));
        return nullptr;
    }
    if (*schemaVersion < 1) {
        report(error, errorFor(path, QStringLiteral("is damaged (it has no Lintel file format version)")));
        return nullptr;
    }
    return file;
}

std::optional<std::vector<RevisionInfo>> LintelFile::revisions(Diagnostic *error) const
{
    sqlite::Statement query(*m_db, "SELECT number, created_at, author, message FROM revisions "
                                   "ORDER BY number");
    std::vector<RevisionInfo> out;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        out.push_back({int(query.integer(0)),
                       QDateTime::fromString(query.text(1), Qt::ISODate).toUTC(), query.text(2),
                       query.text(3)});
    }
    if (rc != SQLITE_DONE) {
        report(error, databaseError(QStringLiteral("listing its revisions")));
        return std::nullopt;
    }
    return out;
}

std::optional<Model> LintelFile::loadLatest(Diagnostic *error, RevisionInfo *info) const
{
    return loadWhere("SELECT number, created_at, author, message, model FROM revisions "
                     "ORDER BY number DESC LIMIT 1",
                     0, error, info);
}

std::optional<Model> LintelFile::loadRevision(int number, Diagnostic *error, RevisionInfo *info) const
{
    return loadWhere("SELECT number, created_at, author, message, model FROM revisions "
                     "WHERE number = ?1",
                     number, error, info);
}

std::optional<Model> LintelFile::loadWhere(const char *sql, int number, Diagnostic *error,
                                           RevisionInfo *info) const
{
    sqlite::Statement query(*m_db, sql);
    if (number > 0)
        query.bindInt(1, number);
    const int rc = query.step();
    if (rc == SQLITE_DONE) {
        const auto all = revisions(nullptr);
        if (!all || all->empty())
            report(error, fileError(QStringLiteral("has no revisions")));
        else
            report(error, fileError(QStringLiteral("has no revision %1 (its revisions are %2 to %3)")
                                        .arg(number)
                                        .arg(all->front().number)
                                        .arg(all->back().number)));
        return std::nullopt;
    }
    if (rc != SQLITE_ROW) {
        report(error, databaseError(QStringLiteral("reading a revision")));
        return std::nullopt;
    }
    const int found = int(query.integer(0));
    QString why;
    std::optional<Model> model = decodeModel(query.blob(4), &why);
    if (!model) {
        report(error, fileError(QStringLiteral("revision %1 cannot be read: %2").arg(found).arg(why)));
        return std::nullopt;
    }
    if (info)
        *info = {found, QDateTime::fromString(query.text(1), Qt::ISODate).toUTC(), query.text(2),
                 query.text(3)};
    return model;
}

int LintelFile::appendRevision(const Model &model, const QString &author, const QString &message,
                               Diagnostic *error)
{
    if (m_access != Access::ReadWrite) {
        report(error, fileError(QStringLiteral("was opened read-only")));
        return 0;
    }
    // Encode before taking the write lock so other readers wait less.
    const QByteArray blob = encodeModel(model);
    // IMMEDIATE: take the write lock now, so the number we pick stays ours.
    if (!m_db->exec("BEGIN IMMEDIATE")) {
        report(error, databaseError(QStringLiteral("starting to save")));
        return 0;
    }
    const int number = schema::upgradeForAppend(*m_db)
        ? schema::insertRevision(*m_db, blob, author, message)
        : 0;
    if (number == 0 || !m_db->exec("COMMIT")) {
        const Diagnostic why = databaseError(QStringLiteral("saving a revision"));
        m_db->exec("ROLLBACK");
        report(error, why);
        return 0;
    }
    return number;
}

Diagnostic LintelFile::fileError(const QString &message) const
{
    return errorFor(m_path, message);
}

// Words an SQLite failure; when SQLite suspects damage, quick_check says where.
Diagnostic LintelFile::databaseError(const QString &doing) const
{
    const int extendedCode = m_db->errorCode();
    const int code = extendedCode & 0xFF;
    const QString sqliteText = m_db->errorText();
    if (code == SQLITE_BUSY)
        return fileError(QStringLiteral("%1 failed: another program kept the file locked for %2 "
                                        "seconds while saving; try again once it has finished")
                             .arg(doing)
                             .arg(kBusyWaitMs / 1000));
    // Opened read-only before another program stopped in the middle of a
    // save; a fresh open undoes that save (open() above).
    if (extendedCode == SQLITE_READONLY_ROLLBACK)
        return fileError(QStringLiteral("%1 failed: a program stopped in the middle of saving the "
                                        "file; open it again to undo that half-finished save")
                             .arg(doing));
    if (extendedCode == SQLITE_READONLY_DBMOVED)
        return fileError(QStringLiteral("%1 failed: another program moved, replaced or deleted the "
                                        "file while Lintel had it open")
                             .arg(doing));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_ERROR
        || code == SQLITE_IOERR) {
        const QString problems = schema::quickCheckProblems(*m_db);
        if (!problems.isEmpty() || code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return fileError(QStringLiteral("is damaged: %1 failed (%2)")
                                 .arg(doing, problems.isEmpty() ? sqliteText : problems));
    }
    return fileError(QStringLiteral("%1 failed (%2)").arg(doing, sqliteText));
}

QString defaultAuthor()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

}  // namespace lintel
