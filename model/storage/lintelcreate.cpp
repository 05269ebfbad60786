// Creating a new .lintel document. The database is built in memory and
// written through the checked save path (model/io/atomicsave.h), so a
// crash or a full disk never leaves a half-made document (or stray journal
// files) behind, and a file that appears meanwhile is never replaced.
#include "model/io/atomicsave.h"
#include "model/storage/binarycodec.h"
#include "model/storage/lintelfile.h"
#include "model/storage/lintelschema.h"
#include "model/storage/sqlitestatement.h"

#include <QFileInfo>
#include <sqlite3.h>

namespace lintel {

namespace {

// sqlite3_serialize's buffer, freed with sqlite3_free.
struct SerializedDatabase {
    unsigned char *data = nullptr;
    sqlite3_int64 size = 0;
    ~SerializedDatabase() { sqlite3_free(data); }
};

}  // namespace

bool LintelFile::create(const QString &path, const Model &model, const QString &author,
                        const QString &message, Diagnostic *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Diagnostic{path, 0, 0, why};
        return false;
    };
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("already exists; open it to add a revision"));

    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                   nullptr);
    sqlite::Database db(raw);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("cannot be created (%1)").arg(db.errorText()));
    if (!db.exec("BEGIN") || !schema::initialize(db)
        || schema::insertRevision(db, encodeModel(model), author, message) != 1
        || !db.exec("COMMIT"))
        return fail(QStringLiteral("cannot be created (%1)").arg(db.errorText()));

    SerializedDatabase bytes;
    bytes.data = sqlite3_serialize(raw, "main", &bytes.size, 0);
    if (!bytes.data)
        return fail(QStringLiteral("cannot be created (out of memory)"));

    QString reason;
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data),
                                                       qsizetype(bytes.size));
    if (!saveFileAtomically(path, content, ExistingFile::Refuse, &reason))
        return fail(reason);
    return true;
}

}  // namespace lintel
