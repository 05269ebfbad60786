#include "model/io/fileoperations.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lintel {

namespace {

// Retries a call interrupted by a signal; gives 0 or the errno value.
template<typename Call>
int checked(Call call)
{
    for (;;) {
        if (call() != -1)
            return 0;
        if (errno != EINTR)
            return errno;
    }
}

FileOperations &posixOperations()
{
    static FileOperations operations;
    return operations;
}

std::atomic<FileOperations *> g_installed{nullptr};

}  // namespace

int FileOperations::createExclusive(const QByteArray &path, mode_t mode, int *fd)
{
    return checked([&] {
        *fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        return *fd;
    });
}

int FileOperations::write(int fd, const char *data, std::size_t size, std::size_t *written)
{
    *written = 0;
    return checked([&] {
        const ssize_t n = ::write(fd, data, size);
        if (n >= 0)
            *written = std::size_t(n);
        return n < 0 ? -1 : 0;
    });
}

int FileOperations::changeMode(int fd, mode_t mode)
{
    return checked([&] { return ::fchmod(fd, mode); });
}

int FileOperations::sync(int fd)
{
    return checked([&] { return ::fsync(fd); });
}

int FileOperations::close(int fd)
{
    // Never retried: after EINTR the descriptor is already gone on Linux.
    return ::close(fd) == 0 ? 0 : errno;
}

int FileOperations::rename(const QByteArray &from, const QByteArray &to)
{
    return checked([&] { return ::rename(from.constData(), to.constData()); });
}

int FileOperations::renameNoReplace(const QByteArray &from, const QByteArray &to)
{
    const int rc = checked([&] {
        return ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    });
    if (rc != EINVAL && rc != ENOSYS)
        return rc;
    // A file system without RENAME_NOREPLACE: link(2) also refuses to
    // replace, then the temporary name goes.
    const int linked = checked([&] { return ::link(from.constData(), to.constData()); });
    if (linked != 0)
        return linked;
    remove(from);
    return 0;
}

int FileOperations::syncFolder(const QByteArray &folder)
{
    int fd = -1;
    const int opened = checked([&] {
        fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        return fd;
    });
    if (opened != 0)
        return opened;
    int rc = checked([&] { return ::fsync(fd); });
    ::close(fd);
    // Some file systems cannot sync a folder at all; that is no failure.
    return rc == EINVAL || rc == ENOTSUP ? 0 : rc;
}

int FileOperations::remove(const QByteArray &path)
{
    return checked([&] { return ::unlink(path.constData()); });
}

FileOperations &fileOperations()
{
    FileOperations *installed = g_installed.load();
    return installed ? *installed : posixOperations();
}

ScopedFileOperations::ScopedFileOperations(FileOperations &operations)
    : m_previous(g_installed.exchange(&operations))
{
}

ScopedFileOperations::~ScopedFileOperations()
{
    g_installed.store(m_previous);
}

}  // namespace lintel
