#include "clitest.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <unistd.h>

namespace clitest {

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "; stderr: " + err.left(2000);
}

namespace {

// Runs in the child between fork and exec: its stdout becomes a pipe nobody
// reads, so the first write that reaches it fails with EPIPE (or SIGPIPE).
// Closing the reading end before exec makes that certain, not a race.
void stdoutToBrokenPipe()
{
    int ends[2];
    if (::pipe(ends) != 0)
        ::_exit(126);
    ::close(ends[0]);
    if (::dup2(ends[1], STDOUT_FILENO) < 0)
        ::_exit(126);
    ::close(ends[1]);
}

}  // namespace

CliRun runCli(const QStringList &arguments, const QString &workingDirectory, Stdout stdoutTo)
{
    QProcess process;
    process.setProgram(QStringLiteral(LINTEL_CLI_PATH));
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    if (stdoutTo == Stdout::FullDisk)
        process.setStandardOutputFile(QStringLiteral("/dev/full"), QIODevice::Append);
    else if (stdoutTo == Stdout::BrokenPipe)
        process.setChildProcessModifier(stdoutToBrokenPipe);
    process.start();
    CliRun run;
    // A generous bound only so a hung process fails the test instead of
    // blocking the suite; no test asserts on how long anything takes.
    if (!process.waitForStarted() || !process.waitForFinished(300'000)) {
        process.kill();
        process.waitForFinished();
        run.err = "lintel-cli did not run to the end: " + process.errorString().toUtf8();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    else
        run.err.prepend("lintel-cli crashed\n");
    return run;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(LINTEL_SOURCE_DIR "/") + relative;
}

QString shopModel()
{
    return sourcePath(QStringLiteral("resources/examples/shop.yaml"));
}

QString smallModel()
{
    return sourcePath(QStringLiteral("resources/examples/small.yaml"));
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

std::optional<YamlPosition> idPosition(const QByteArray &yaml, const QString &id)
{
    // `  - id: cart-service` or `    id: cart-service`, optionally quoted.
    const QRegularExpression idLine(QStringLiteral("^(\\s*(?:-\\s+)?)id:\\s*([\"']?)%1\\2\\s*$")
                                        .arg(QRegularExpression::escape(id)));
    std::optional<YamlPosition> found;
    const QList<QByteArray> lines = yaml.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = idLine.match(QString::fromUtf8(lines[i]));
        if (!match.hasMatch())
            continue;
        if (found)
            return std::nullopt;  // ambiguous: ids are unique, so the scan is wrong
        found = YamlPosition{i + 1, int(match.capturedLength(1)) + 1};
    }
    return found;
}

std::vector<std::pair<QString, QString>> expectedShopFindings()
{
    std::vector<std::pair<QString, QString>> expected;
    const QString text = QString::fromUtf8(
        readBytes(sourcePath(QStringLiteral("resources/examples/shop.expected-findings.txt"))));
    for (const QString &line : text.split(u'\n')) {
        const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.size() == 2 && !words.front().startsWith(u'#'))
            expected.emplace_back(words[0], words[1]);
    }
    return expected;
}

}  // namespace clitest
