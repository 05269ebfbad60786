#include "model/storage/newfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lintel::storage {

namespace {

// The common failures in plain words; the rest as the system words them.
QString describeErrno(int code)
{
    switch (code) {
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("the disk is full");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    case EROFS:
        return QStringLiteral("the disk is read-only");
    case ENOENT:
        return QStringLiteral("the folder does not exist");
    default:
        return QString::fromLocal8Bit(std::strerror(code));
    }
}

bool fail(QString *why, int code)
{
    if (why)
        *why = describeErrno(code);
    return false;
}

// Writes everything (write() may write less than asked), then makes it
// durable before the file gets its name.
bool writeAllAndSync(int fd, const QByteArray &bytes, QString *why)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return fail(why, written < 0 ? errno : ENOSPC);
        data += written;
        left -= written;
    }
    return ::fsync(fd) == 0 || fail(why, errno);
}

// So the new name survives a power cut too, not just the file's bytes.
void syncFolder(const QByteArray &folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Links a finished temporary to `target`; renameat2 NOREPLACE for file
// systems without hard links. Both fail with EEXIST if the name is taken.
int linkNoReplace(const char *from, const char *target, int flags)
{
    if (::linkat(AT_FDCWD, from, AT_FDCWD, target, flags) == 0)
        return 0;
    const int linkError = errno;
    if ((linkError == EPERM || linkError == EOPNOTSUPP) && flags == 0) {
        if (::renameat2(AT_FDCWD, from, AT_FDCWD, target, RENAME_NOREPLACE) == 0)
            return 0;
        return errno == EINVAL ? linkError : errno;
    }
    return linkError;
}

NewFileResult finish(int linkError, QString *why)
{
    if (linkError == 0)
        return NewFileResult::Created;
    if (linkError == EEXIST)
        return NewFileResult::AlreadyExists;
    fail(why, linkError);
    return NewFileResult::Failed;
}

// Sets `unsupported` when the file system has no O_TMPFILE (or /proc is
// missing); the caller then falls back to a named temporary.
NewFileResult writeUnnamed(const QByteArray &folder, const QByteArray &target,
                           const QByteArray &bytes, QString *why, bool *unsupported)
{
    const int fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0) {
        *unsupported = errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL;
        fail(why, errno);
        return NewFileResult::Failed;
    }
    if (!writeAllAndSync(fd, bytes, why)) {
        ::close(fd);
        return NewFileResult::Failed;
    }
    // linkat(AT_EMPTY_PATH) needs a capability; the /proc path does not.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
    const int linkError = linkNoReplace(self.constData(), target.constData(), AT_SYMLINK_FOLLOW);
    ::close(fd);
    if (linkError == ENOENT && !QFileInfo::exists(QStringLiteral("/proc/self/fd"))) {
        *unsupported = true;  // no /proc: a named temporary will do
        return NewFileResult::Failed;
    }
    if (linkError == 0)
        syncFolder(folder);
    return finish(linkError, why);
}

NewFileResult writeNamed(const QString &path, const QByteArray &folder, const QByteArray &target,
                         const QByteArray &bytes, QString *why)
{
    const QString unique = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray temp = QFile::encodeName(tempFileName(path, ::getpid(), unique));
    const int fd = ::open(temp.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0)
        return finish(errno == EEXIST ? EIO : errno, why);
    const bool written = writeAllAndSync(fd, bytes, why);
    ::close(fd);
    const int linkError = written ? linkNoReplace(temp.constData(), target.constData(), 0) : 0;
    ::unlink(temp.constData());  // after a rename it is gone already
    if (!written)
        return NewFileResult::Failed;
    if (linkError == ENOENT) {
        *why = QStringLiteral("its temporary file was removed by another program before it was complete");
        return NewFileResult::Failed;
    }
    if (linkError == 0)
        syncFolder(folder);
    return finish(linkError, why);
}

}  // namespace

QString tempFileName(const QString &path, qint64 pid, const QString &unique)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".%1.%2.%3.new").arg(info.fileName()).arg(pid).arg(unique));
}

NewFileResult writeNewFile(const QString &path, const QByteArray &bytes, QString *why,
                           TempFileKind kind)
{
    QString ignored;
    if (!why)
        why = &ignored;
    *why = QString();
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const QByteArray target = QFile::encodeName(path);
    if (kind != TempFileKind::Named) {
        bool unsupported = false;
        const NewFileResult result = writeUnnamed(folder, target, bytes, why, &unsupported);
        if (!unsupported || kind == TempFileKind::Unnamed)
            return result;
        *why = QString();
    }
    return writeNamed(path, folder, target, bytes, why);
}

int removeAbandonedTempFiles(const QString &path)
{
    const QFileInfo info(path);
    QDir folder = info.dir();
    const QString prefix = QStringLiteral(".%1.").arg(info.fileName());
    int removed = 0;
    const QStringList names = folder.entryList({prefix + QStringLiteral("*.new")},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        // ".doc.lintel.PID.UNIQUE.new": the program that made it is PID.
        const QStringList parts = name.mid(prefix.size()).split(u'.');
        bool ok = false;
        const qint64 pid = parts.size() == 3 ? parts.front().toLongLong(&ok) : 0;
        if (!ok || pid <= 0)
            continue;
        const bool running = ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
        if (!running && folder.remove(name))
            ++removed;
    }
    return removed;
}

}  // namespace lintel::storage
