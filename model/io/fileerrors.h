#pragma once
// Plain words for what went wrong while writing a file, instead of
// strerror's "No space left on device" or Qt's "Unknown error": which disk
// is full and how much room is left, which folder is missing or read-only.
#include <QString>

namespace lintel {

// The mount point holding `path` (an existing file or folder): "/" or
// "/mnt/usb". Empty when `path` cannot be examined.
QString mountPointOf(const QString &path);

// Bytes a normal user may still write on the file system holding `path`;
// -1 when unknown.
qint64 freeBytesOn(const QString &path);

// `error` (an errno value) from writing into `folder`, in words:
// "the disk is full (0 bytes free on /mnt/usb)",
// "the file system at /media/cd is read-only", "the folder ... does not exist".
QString describeWriteError(int error, const QString &folder);

}  // namespace lintel
