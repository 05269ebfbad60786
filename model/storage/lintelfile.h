#pragma once
// A .lintel document: the desktop app's working file. It is an SQLite
// database holding every saved revision of the model (time, author,
// message), so a team can look at the model as it was at an earlier
// workshop. Each revision stores the whole model (binarycodec.h).
//
// Every error names the file and says what is wrong: not a Lintel document,
// written by a newer Lintel, damaged, no such revision. Nothing here throws
// or half-writes: appends are one transaction and new files appear whole.
#include "model/diagnostic.h"
#include "model/types.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace lintel {

inline constexpr qint32 kLintelApplicationId = 0x4C4E544C;  // "LNTL": PRAGMA application_id
// PRAGMA user_version. 1: every snapshot is QDataStream records (model
// encoding 1). 2: snapshots may also be CBOR (encoding 2; each blob's
// envelope says which). A Lintel that reads only encoding 1 refuses a
// version-2 file as a whole, rather than failing on its newest revisions.
inline constexpr int kLintelSchemaVersion = 2;

struct RevisionInfo {
    int number = 0;       // 1, 2, 3... in the order they were saved
    QDateTime createdAt;  // UTC
    QString author;
    QString message;
};

namespace sqlite {
class Database;
}

class LintelFile {
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens an existing document after checking it is a Lintel database this
    // version can read. On failure returns null and fills `error`.
    static std::unique_ptr<LintelFile> open(const QString &path, Access access, Diagnostic *error);

    // Writes a new document holding `model` as revision 1. The file is built
    // in memory and saved atomically; fails if `path` already exists.
    static bool create(const QString &path, const Model &model, const QString &author,
                       const QString &message, Diagnostic *error);

    ~LintelFile();
    LintelFile(const LintelFile &) = delete;
    LintelFile &operator=(const LintelFile &) = delete;

    const QString &path() const { return m_path; }

    // Oldest first. Empty optional on a read error; an empty list is fine.
    std::optional<std::vector<RevisionInfo>> revisions(Diagnostic *error) const;

    // Exactly the model that was saved (operator== holds; no source locations).
    std::optional<Model> loadLatest(Diagnostic *error, RevisionInfo *info = nullptr) const;
    std::optional<Model> loadRevision(int number, Diagnostic *error, RevisionInfo *info = nullptr) const;

    // Adds a revision in one transaction; returns its number, or 0 with
    // `error` set. Needs Access::ReadWrite.
    int appendRevision(const Model &model, const QString &author, const QString &message,
                       Diagnostic *error);

private:
    LintelFile(QString path, std::unique_ptr<sqlite::Database> db, Access access);
    std::optional<Model> loadWhere(const char *sql, int number, Diagnostic *error,
                                   RevisionInfo *info) const;
    Diagnostic fileError(const QString &message) const;
    Diagnostic databaseError(const QString &doing) const;

    QString m_path;
    std::unique_ptr<sqlite::Database> m_db;
    Access m_access;
};

// Appends `model` to the document at `path`, creating the document when it
// does not exist yet. Returns the new revision number, or 0 with `error` set.
// Safe when several programs save the same path at once: a new file gets its
// name only when whole and never over another program's; the one that loses
// that race, and every later save, appends under SQLite's write lock,
// waiting its turn (ADR 0012).
int saveRevision(const QString &path, const Model &model, const QString &author,
                 const QString &message, Diagnostic *error);

// Who a revision is by when nobody says: $USER, else "unknown".
QString defaultAuthor();

}  // namespace lintel
