#include "tests/support/externaltool.h"

#include "tests/support/exampledata.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace lintel::test {

namespace {

// Long enough for a cold JVM (PlantUML) on a busy machine; only a hang hits it.
constexpr int kToolTimeoutMs = 300000;

}  // namespace

QString findTool(const QString &name)
{
    if (name.contains(u'/')) {
        const QString path = sourcePath(name);
        return QFileInfo(path).isExecutable() ? path : QString();
    }
    return QStandardPaths::findExecutable(name);
}

ToolResult runTool(const QString &program, const QStringList &arguments, const QString &workDir)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("REDOCLY_TELEMETRY"), QStringLiteral("off"));
    env.insert(QStringLiteral("REDOCLY_SUPPRESS_UPDATE_NOTICE"), QStringLiteral("true"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(kToolTimeoutMs)) {
        result.output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

ToolResult runOnFile(const QString &program, QStringList arguments, const QString &fileName,
                     const QByteArray &input)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(fileName));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return {-1, QStringLiteral("cannot write %1").arg(file.fileName())};
    file.close();
    for (QString &a : arguments)
        a.replace(QStringLiteral("{}"), file.fileName());
    return runTool(program, arguments, dir.path());
}

}  // namespace lintel::test
