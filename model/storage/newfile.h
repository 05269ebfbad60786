#pragma once
// Gives a new .lintel document its name only once it is whole, and never
// over a file another program has just created (used only inside
// model/storage; ADR 0012).
//
// This stands in for the shared atomic writer's "must not exist" mode
// (model/io, being written at the same time); once that lands, saveRevision
// can call it instead and this file can go.
#include <QByteArray>
#include <QString>

namespace lintel::storage {

enum class NewFileResult {
    Created,        // `path` now holds exactly `bytes`
    AlreadyExists,  // someone else's file has that name; nothing was written
    Failed,         // nothing was written; `why` says what went wrong
};

enum class TempFileKind {
    Unnamed,  // O_TMPFILE + linkat: nothing is ever visible until it is whole
    Named,    // a hidden temporary beside the target + link(): for file systems without O_TMPFILE
    Best,     // Unnamed where the file system supports it, else Named
};

NewFileResult writeNewFile(const QString &path, const QByteArray &bytes, QString *why,
                           TempFileKind kind = TempFileKind::Best);

// Named temporaries of `path` whose program is no longer running (it was
// killed before it could remove them) are deleted; returns how many.
int removeAbandonedTempFiles(const QString &path);

// The name pattern of those temporaries, for tests: ".doc.lintel.PID.*.new".
QString tempFileName(const QString &path, qint64 pid, const QString &unique);

}  // namespace lintel::storage
