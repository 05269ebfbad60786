#include "model/storage/interruptedsave.h"

#include "model/storage/sqlitestatement.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#include <unistd.h>

namespace lintel::storage {

QString journalPath(const QString &path)
{
    return path + QStringLiteral("-journal");
}

bool finishInterruptedSave(const QString &path, QString *why)
{
    const QString journal = journalPath(path);
    if (!QFileInfo::exists(journal))
        return true;
    // Undoing the save rewrites the file and deletes the journal, so both the
    // file and its folder must be writable; say which one is not.
    const QFileInfo info(path);
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0) {
        *why = QStringLiteral("you may not change it");
        return false;
    }
    if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0) {
        *why = QStringLiteral("you may not change files in its folder %1").arg(info.absolutePath());
        return false;
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    sqlite::Database db(raw);
    if (rc != SQLITE_OK) {
        *why = db.errorText();
        return false;
    }
    sqlite3_busy_timeout(raw, 30'000);  // a journal of a program still saving: let it finish
    // Taking the write lock makes SQLite roll back a hot journal first. While
    // we hold it nobody else can be saving, so a journal still there is a
    // cold leftover that SQLite would only reuse: remove it.
    if (!db.exec("BEGIN IMMEDIATE")) {
        *why = db.errorText();
        return false;
    }
    if (QFileInfo::exists(journal))
        QFile::remove(journal);
    db.exec("ROLLBACK");
    return true;
}

}  // namespace lintel::storage
