#include "tests/io/faultyoperations.h"

#include <cerrno>
#include <unistd.h>

namespace savetest {

QString callName(Call call)
{
    switch (call) {
    case Call::Create: return QStringLiteral("create");
    case Call::Write: return QStringLiteral("write");
    case Call::ChangeMode: return QStringLiteral("chmod");
    case Call::Sync: return QStringLiteral("fsync");
    case Call::Close: return QStringLiteral("close");
    case Call::Rename: return QStringLiteral("rename");
    case Call::SyncFolder: return QStringLiteral("fsync-folder");
    }
    return {};
}

int typicalError(Call call)
{
    switch (call) {
    case Call::Create: return EACCES;
    case Call::Write: return ENOSPC;
    case Call::ChangeMode: return EPERM;
    case Call::Sync: return EIO;
    case Call::Close: return EDQUOT;
    case Call::Rename: return EROFS;
    case Call::SyncFolder: return EIO;
    }
    return EIO;
}

QString wordsFor(int error)
{
    switch (error) {
    case EACCES:
    case EPERM: return QStringLiteral("permission denied");
    case ENOSPC: return QStringLiteral("the disk is full");
    case EIO: return QStringLiteral("input/output error");
    case EDQUOT: return QStringLiteral("quota");
    case EROFS: return QStringLiteral("read-only");
    default: return {};
    }
}

void FaultyOperations::failAt(Call call, int nth, int error)
{
    m_failCall = call;
    m_failNth = nth;
    m_error = error;
}

bool FaultyOperations::fails(Call call)
{
    const int n = ++m_counts[std::size_t(call)];
    return m_failNth > 0 && call == m_failCall && n == m_failNth;
}

int FaultyOperations::createExclusive(const QByteArray &path, mode_t mode, int *fd)
{
    return fails(Call::Create) ? m_error : FileOperations::createExclusive(path, mode, fd);
}

int FaultyOperations::write(int fd, const char *data, std::size_t size, std::size_t *written)
{
    if (fails(Call::Write)) {
        // A real full disk often takes part of the data first.
        if (size > 1)
            FileOperations::write(fd, data, size / 2, written);
        *written = 0;
        return m_error;
    }
    return FileOperations::write(fd, data, m_shortWrites && size > 1 ? size / 2 : size, written);
}

int FaultyOperations::changeMode(int fd, mode_t mode)
{
    return fails(Call::ChangeMode) ? m_error : FileOperations::changeMode(fd, mode);
}

int FaultyOperations::sync(int fd)
{
    return fails(Call::Sync) ? m_error : FileOperations::sync(fd);
}

int FaultyOperations::close(int fd)
{
    if (fails(Call::Close)) {
        FileOperations::close(fd);  // as on Linux: the descriptor is gone even so
        return m_error;
    }
    return FileOperations::close(fd);
}

int FaultyOperations::rename(const QByteArray &from, const QByteArray &to)
{
    if (m_beforeRename)
        m_beforeRename();
    return fails(Call::Rename) ? m_error : FileOperations::rename(from, to);
}

int FaultyOperations::renameNoReplace(const QByteArray &from, const QByteArray &to)
{
    if (m_beforeRename)
        m_beforeRename();
    return fails(Call::Rename) ? m_error : FileOperations::renameNoReplace(from, to);
}

int FaultyOperations::syncFolder(const QByteArray &folder)
{
    return fails(Call::SyncFolder) ? m_error : FileOperations::syncFolder(folder);
}

}  // namespace savetest
