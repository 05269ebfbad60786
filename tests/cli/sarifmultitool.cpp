#include "sarifmultitool.h"

#include "clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace clitest {

QString sarifMultitool()
{
    return sourcePath(QStringLiteral("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"));
}

QStringList sarifComplaints(const QString &sarifPath, const QString &logPath, QString *failure)
{
    QProcess tool;
    tool.start(sarifMultitool(), {QStringLiteral("validate"), sarifPath, QStringLiteral("-o"), logPath});
    // The tool exits 0 whatever it finds: its log is what tells.
    if (!tool.waitForFinished(300'000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        *failure = QStringLiteral("Sarif.Multitool did not run: ") + tool.errorString()
                   + QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        return {};
    }
    const QJsonObject log = QJsonDocument::fromJson(readBytes(logPath)).object();
    const QJsonObject run = log[u"runs"][0].toObject();
    if (!run[u"invocations"][0][u"executionSuccessful"].toBool()) {
        *failure = QStringLiteral("Sarif.Multitool wrote no log, or a failed run, at ") + logPath;
        return {};
    }
    QStringList found;
    for (const QJsonValue &result : run[u"results"].toArray()) {
        const QString level = result[u"level"].toString(QStringLiteral("warning"));
        if (level != u"error" && level != u"warning")
            continue;
        QStringList arguments;
        for (const QJsonValue &a : result[u"message"][u"arguments"].toArray())
            arguments << a.toString();
        found << result[u"ruleId"].toString() + QStringLiteral(": ") + arguments.join(QStringLiteral(", "));
    }
    return found;
}

}  // namespace clitest
