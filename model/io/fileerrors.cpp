#include "model/io/fileerrors.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/statvfs.h>

namespace lintel {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The nearest folder at or above `path` that exists, so a missing folder
// still leads to the disk it would have been on.
QString existingAncestor(const QString &path)
{
    QString at = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo::exists(at) && at != QDir::rootPath())
        at = QFileInfo(at).absolutePath();
    return at;
}

QString onWhichDisk(const QString &folder)
{
    const QString mount = mountPointOf(existingAncestor(folder));
    return mount.isEmpty() ? QString() : QStringLiteral(" on %1").arg(native(mount));
}

}  // namespace

QString mountPointOf(const QString &path)
{
    // Walk up while the parent lies on the same device: the last folder
    // before the device changes is where the file system is mounted.
    QString at = QFileInfo(path).canonicalFilePath();
    struct stat here {};
    if (at.isEmpty() || ::stat(QFile::encodeName(at).constData(), &here) != 0)
        return {};
    while (at != QDir::rootPath()) {
        const QString parent = QFileInfo(at).absolutePath();
        struct stat up {};
        if (::stat(QFile::encodeName(parent).constData(), &up) != 0 || up.st_dev != here.st_dev)
            break;
        at = parent;
    }
    return at;
}

qint64 freeBytesOn(const QString &path)
{
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(existingAncestor(path)).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

QString describeWriteError(int error, const QString &folder)
{
    switch (error) {
    case ENOSPC: {
        const qint64 free = freeBytesOn(folder);
        const QString room = free < 0 ? QString()
                                      : QStringLiteral("%1 free").arg(QLocale::c().formattedDataSize(free));
        const QString disk = onWhichDisk(folder);
        if (room.isEmpty())
            return QStringLiteral("the disk is full%1").arg(disk);
        return QStringLiteral("the disk is full (%1%2)").arg(room, disk);
    }
    case EDQUOT:
        return QStringLiteral("your disk quota%1 is used up").arg(onWhichDisk(folder));
    case EROFS: {
        const QString mount = mountPointOf(existingAncestor(folder));
        return QStringLiteral("the file system at %1 is read-only").arg(native(mount.isEmpty() ? folder : mount));
    }
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied: you may not write in the folder %1").arg(native(folder));
    case ENOENT:
        return QStringLiteral("the folder %1 does not exist").arg(native(folder));
    case ENOTDIR:
        return QStringLiteral("part of the path %1 is a file, not a folder").arg(native(folder));
    case EISDIR:
        return QStringLiteral("a folder of that name is in the way");
    case EEXIST:
        return QStringLiteral("it already exists");
    case ENAMETOOLONG:
        return QStringLiteral("the name is too long for the file system");
    case EIO:
        return QStringLiteral("the disk reported an input/output error%1").arg(onWhichDisk(folder));
    case EMFILE:
    case ENFILE:
        return QStringLiteral("too many files are open");
    case EFBIG:
        return QStringLiteral("the file is too large for the file system");
    case ENOMEM:
        return QStringLiteral("out of memory");
    default:
        return QString::fromLocal8Bit(std::strerror(error)).toLower();
    }
}

}  // namespace lintel
