#include "app/cli/modelsides.h"

#include "app/cli/clisupport.h"
#include "model/io/modelfile.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace lintel::cli {

namespace {

// Every .lintel document is an SQLite database: its header says so.
bool looksLikeSqlite(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

std::optional<Model> reportFailure(const QString &label, const QString &message)
{
    printError(Diagnostic{label, 0, 0, message}.toString());
    return std::nullopt;
}

std::optional<Model> fromYamlBytes(const QByteArray &bytes, const QString &label)
{
    YamlLoadResult result = readYaml(bytes, label);
    printDiagnostics(result.problems);
    return std::move(result.model);
}

// `revision` -1: the latest.
std::optional<Model> fromLintel(const QString &path, int revision, const QString &label)
{
    Diagnostic error;
    auto document = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    std::optional<Model> model;
    if (document)
        model = revision >= 0 ? document->loadRevision(revision, &error) : document->loadLatest(&error);
    if (!model) {
        if (error.file == path && path != label)
            error.file = label;
        printError(error.toString());
    }
    return model;
}

std::optional<Model> fromFile(const QString &path)
{
    if (modelFileFormat(path) != ModelFileFormat::Unknown || !QFileInfo(path).isFile())
        return loadModelOrReport(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reportFailure(path, QStringLiteral("cannot be read: ") + file.errorString());
    const QByteArray bytes = file.readAll();
    if (looksLikeSqlite(bytes))
        return fromLintel(path, -1, path);
    return fromYamlBytes(bytes, path);
}

std::optional<Model> fromGit(const QString &argument)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("show"), argument});
    if (!git.waitForStarted())
        return reportFailure(argument, QStringLiteral("cannot run git: ") + git.errorString());
    git.closeWriteChannel();
    if (!git.waitForFinished(-1) || git.exitStatus() != QProcess::NormalExit)
        return reportFailure(argument, QStringLiteral("git show did not finish"));
    if (git.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(git.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        return reportFailure(argument, QStringLiteral("not found in git: ") + why);
    }
    const QByteArray bytes = git.readAllStandardOutput();
    if (!looksLikeSqlite(bytes))
        return fromYamlBytes(bytes, argument);
    // SQLite reads files, not bytes: the revision goes through a private copy.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("side.lintel"));
    QFile out(copy);
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return reportFailure(argument, QStringLiteral("cannot make a temporary copy"));
    out.close();
    return fromLintel(copy, -1, argument);
}

bool isWindowsDrivePath(const QString &argument)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return drive.match(argument).hasMatch();
}

}  // namespace

std::optional<ModelSide> loadSideOrReport(const QString &argument)
{
    std::optional<Model> model;
    static const QRegularExpression revision(QStringLiteral("^(.+)@(\\d+)$"));
    const QRegularExpressionMatch numbered = revision.match(argument);
    if (QFileInfo::exists(argument) || argument.isEmpty() || isWindowsDrivePath(argument))
        model = fromFile(argument);
    else if (numbered.hasMatch() && QFileInfo(numbered.captured(1)).isFile())
        model = fromLintel(numbered.captured(1), numbered.captured(2).toInt(), argument);
    else if (argument.contains(u':'))
        model = fromGit(argument);
    else
        model = fromFile(argument);
    if (!model)
        return std::nullopt;
    return ModelSide{std::move(*model), argument};
}

}  // namespace lintel::cli
