#include "app/cli/standardoutput.h"

#include "app/cli/clisupport.h"
#include "app/cli/command.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace lintel::cli {

namespace {

// errno of the first failed write to stdout; 0 while stdout works. One
// process, one stdout: program-wide state is the honest shape for it.
int g_failure = 0;

bool noteFailure()
{
    if (g_failure == 0)
        g_failure = errno != 0 ? errno : EIO;
    return false;
}

QString reason(int error)
{
    switch (error) {
    case ENOSPC:
        return QStringLiteral("the disk is full");
    case EDQUOT:
        return QStringLiteral("the disk quota is used up");
    case EPIPE:
        return QStringLiteral("broken pipe");
    case EBADF:
        return QStringLiteral("it is closed");
    case EIO:
        return QStringLiteral("the device reported an input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

}  // namespace

void treatBrokenPipeAsWriteError()
{
    std::signal(SIGPIPE, SIG_IGN);
}

bool writeStdout(std::string_view bytes)
{
    if (g_failure != 0)
        return false;
    if (bytes.empty())
        return true;
    errno = 0;
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::ferror(stdout))
        return noteFailure();
    return true;
}

bool writeStdout(const QByteArray &bytes)
{
    return writeStdout(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

bool flushStdout()
{
    if (g_failure != 0)
        return false;
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        return noteFailure();
    return true;
}

int finishStdout(int status)
{
    flushStdout();
    if (g_failure == 0)
        return status;
    printError(QStringLiteral("cannot write to standard output: %1").arg(reason(g_failure)));
    return kExitError;
}

}  // namespace lintel::cli
