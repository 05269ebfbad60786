#pragma once
// The one way Lintel writes a file: YAML models, new .lintel documents,
// exporter output and autosaves all come through here (ADR 0011).
//
// The bytes go to a new temporary file beside the target (created with
// O_EXCL), every write is checked and repeated until all bytes are out, the
// file is flushed and fsync'ed, then renamed over the target and the folder
// is fsync'ed. If anything fails before the rename, the old file is left
// byte for byte as it was and the temporary file is removed. The error says
// what happened in plain words and what became of the file:
//   "the disk is full (0 bytes free on /mnt/usb); model.yaml was not changed"
// File-system calls go through FileOperations, so tests can fail any of them.
#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <functional>

namespace lintel {

enum class ExistingFile {
    Replace,  // an existing file is replaced; its permissions are kept
    Refuse,   // fail with "already exists", even if another program created it just now
};

// Writes the content to `out`; returns false (with `error` set) to abandon the
// save. Write failures need not be checked: the save path notices them.
using FileWriter = std::function<bool(QIODevice &out, QString *error)>;

// True when `path` now holds exactly what `writer` wrote. Otherwise false
// with `reason` set (a sentence without the path; callers put the path in
// front as their messages do).
bool saveFileAtomically(const QString &path, const FileWriter &writer, ExistingFile existing,
                        QString *reason);
bool saveFileAtomically(const QString &path, const QByteArray &bytes, ExistingFile existing,
                        QString *reason);

// For callers that act on "someone else made it meanwhile" (saveRevision
// then adds to that file): ExistingFile::Refuse with the outcome told apart.
enum class NewFileOutcome { Created, AlreadyExists, Failed };
NewFileOutcome createFileAtomically(const QString &path, const QByteArray &bytes, QString *reason);

// Creates `folder` and any missing parents (QDir::mkpath does not say why
// it failed). False with `reason` in words: "cannot create the folder
// /out/adr: the disk is full (0 bytes free on /mnt/usb)".
bool makeFolders(const QString &folder, QString *reason);

// The temporary file a save of `path` writes first starts with this, so
// tests (and people) can tell leftovers apart: ".model.yaml.". The whole
// name is ".model.yaml.PID.RANDOM.tmp": PID is the saving process.
QString temporaryFilePrefix(const QString &path);

// A process killed during a save cannot remove its temporary file. This
// deletes the temporaries of `path` whose process is no longer running on
// this machine and keeps those of running ones (another save may be under
// way). Every save calls it for its own target, and so does opening a
// .lintel document. Returns how many files were removed.
int removeAbandonedTemporaries(const QString &path);

}  // namespace lintel
