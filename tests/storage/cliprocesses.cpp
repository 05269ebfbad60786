#include "tests/storage/cliprocesses.h"

#include <QDir>

namespace storagetest {

QString exampleModel(const QString &name)
{
    return QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/") + name;
}

std::unique_ptr<QProcess> startConvert(const QString &in, const QString &out, const QString &message)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(LINTEL_CLI_PATH));
    process->setArguments({QStringLiteral("convert"), in, out, QStringLiteral("-m"), message,
                           QStringLiteral("--author"), QStringLiteral("tester")});
    process->start();
    process->waitForStarted();
    return process;
}

QByteArray Outcome::describe() const
{
    return (exitedNormally ? "exit " + QByteArray::number(exitCode) : QByteArray("did not exit"))
        + "; stderr: " + err.left(2000);
}

Outcome finish(QProcess &process)
{
    Outcome outcome;
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        outcome.err = "lintel-cli did not finish";
        return outcome;
    }
    outcome.exitedNormally = process.exitStatus() == QProcess::NormalExit
        && process.error() != QProcess::FailedToStart;
    outcome.exitCode = outcome.exitedNormally ? process.exitCode() : -1;
    outcome.err = process.readAllStandardError();
    return outcome;
}

QStringList strayFiles(const QString &folder, const QStringList &expected)
{
    QStringList stray = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                               | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        stray.removeAll(name);
    return stray;
}

}  // namespace storagetest
