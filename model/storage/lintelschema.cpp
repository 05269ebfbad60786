#include "model/storage/lintelschema.h"

#include "model/storage/binarycodec.h"
#include "model/storage/lintelfile.h"

#include <QDateTime>
#include <QStringList>
#include <sqlite3.h>

#ifndef LINTEL_VERSION_STRING
#define LINTEL_VERSION_STRING "unknown"
#endif

namespace lintel::schema {

bool initialize(sqlite::Database &db)
{
    // PRAGMA values cannot be bound; these are our own constants.
    const QByteArray header = QByteArrayLiteral("PRAGMA application_id = ")
        + QByteArray::number(kLintelApplicationId) + ";PRAGMA user_version = "
        + QByteArray::number(kLintelSchemaVersion) + ";";
    if (!db.exec(header.constData()))
        return false;
    const bool created = db.exec(
        "CREATE TABLE meta ("
        "  key TEXT PRIMARY KEY NOT NULL,"
        "  value TEXT NOT NULL);"
        "CREATE TABLE revisions ("
        "  number INTEGER PRIMARY KEY,"  // 1, 2, 3...
        "  created_at TEXT NOT NULL,"    // ISO-8601, UTC
        "  author TEXT NOT NULL,"
        "  message TEXT NOT NULL,"
        "  model BLOB NOT NULL);");      // binarycodec.h
    if (!created)
        return false;
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("created_by"), QStringLiteral("Lintel " LINTEL_VERSION_STRING)},
        {QStringLiteral("model_encoding"), QString::number(kBinaryCodecVersion)},
    };
    for (const auto &[key, value] : rows) {
        sqlite::Statement insert(db, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
        if (!insert.bindText(1, key) || !insert.bindText(2, value) || insert.step() != SQLITE_DONE)
            return false;
    }
    return true;
}

bool upgradeForAppend(sqlite::Database &db)
{
    qint64 current = 0;
    {
        sqlite::Statement version(db, "PRAGMA user_version");
        if (version.step() != SQLITE_ROW)
            return false;
        current = version.integer(0);
    }
    if (current >= kLintelSchemaVersion)
        return true;
    const QByteArray raise = QByteArrayLiteral("PRAGMA user_version = ")
        + QByteArray::number(kLintelSchemaVersion) + ";";
    if (!db.exec(raise.constData()))
        return false;
    sqlite::Statement encoding(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('model_encoding', ?1)");
    return encoding.bindText(1, QString::number(kBinaryCodecVersion)) && encoding.step() == SQLITE_DONE;
}

int insertRevision(sqlite::Database &db, const QByteArray &encodedModel, const QString &author,
                   const QString &message)
{
    sqlite::Statement insert(db,
                             "INSERT INTO revisions (number, created_at, author, message, model) "
                             "VALUES ((SELECT COALESCE(MAX(number), 0) + 1 FROM revisions), "
                             "?1, ?2, ?3, ?4)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!insert.bindText(1, now) || !insert.bindText(2, author) || !insert.bindText(3, message)
        || !insert.bindBlob(4, encodedModel) || insert.step() != SQLITE_DONE)
        return 0;
    return int(sqlite3_last_insert_rowid(db.handle()));
}

std::optional<QByteArray> newDocument(const Model &model, const QString &author,
                                      const QString &message, QString *why)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                   nullptr);
    sqlite::Database db(raw);
    if (rc != SQLITE_OK || !db.exec("BEGIN") || !initialize(db)
        || insertRevision(db, encodeModel(model), author, message) != 1 || !db.exec("COMMIT")) {
        *why = db.errorText();
        return std::nullopt;
    }
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(raw, "main", &size, 0);
    if (!data) {
        *why = QStringLiteral("out of memory");
        return std::nullopt;
    }
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sqlite3_free(data);
    return bytes;
}

QString quickCheckProblems(const sqlite::Database &db)
{
    sqlite::Statement check(db, "PRAGMA quick_check(3)");
    QStringList problems;
    int rc = SQLITE_ROW;
    while ((rc = check.step()) == SQLITE_ROW)
        problems << check.text(0);
    if (rc != SQLITE_DONE)
        return db.errorText();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return problems.join(QStringLiteral("; "));
}

}  // namespace lintel::schema
