#include "app/cli/gitsupport.h"

#include <QProcess>

namespace lintel::cli {

GitRun runGit(const QStringList &arguments)
{
    GitRun run;
    QProcess git;
    git.start(QStringLiteral("git"), arguments);
    if (!git.waitForStarted()) {
        run.err = QStringLiteral("cannot run git: ") + git.errorString();
        return run;
    }
    git.closeWriteChannel();
    if (!git.waitForFinished(-1) || git.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("git did not finish");
        return run;
    }
    run.exitCode = git.exitCode();
    run.out = QString::fromLocal8Bit(git.readAllStandardOutput()).trimmed();
    run.err = QString::fromLocal8Bit(git.readAllStandardError()).trimmed();
    return run;
}

}  // namespace lintel::cli
