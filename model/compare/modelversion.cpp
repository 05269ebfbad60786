#include "model/compare/modelversion.h"

#include "model/io/modelfile.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace lintel {

namespace {

// Every .lintel document is an SQLite database: its header says so.
bool looksLikeSqlite(const QByteArray &bytes) { return bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")); }

VersionLoad failure(const QString &label, const QString &message) { return {std::nullopt, {Diagnostic{label, 0, 0, message}}}; }

VersionLoad fromYamlBytes(const QByteArray &bytes, const QString &label)
{
    YamlLoadResult result = readYaml(bytes, label);
    return {std::move(result.model), std::move(result.problems)};
}

// `revision` -1: the latest.
VersionLoad fromLintel(const QString &path, int revision, const QString &label)
{
    Diagnostic error;
    auto document = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    VersionLoad load;
    if (document)
        load.model = revision >= 0 ? document->loadRevision(revision, &error) : document->loadLatest(&error);
    if (!load.model) {
        if (error.file == path && path != label)
            error.file = label;
        load.problems.push_back(error);
    }
    return load;
}

VersionLoad fromFile(const QString &path)
{
    if (modelFileFormat(path) != ModelFileFormat::Unknown || !QFileInfo(path).isFile()) {
        ModelLoadResult result = loadModelFile(path);
        return {std::move(result.model), std::move(result.problems)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, QStringLiteral("cannot be read: ") + file.errorString());
    const QByteArray bytes = file.readAll();
    if (looksLikeSqlite(bytes))
        return fromLintel(path, -1, path);
    return fromYamlBytes(bytes, path);
}

VersionLoad fromGit(const QString &argument, const QString &directory)
{
    QProcess git;
    if (!directory.isEmpty())
        git.setWorkingDirectory(directory);
    git.start(QStringLiteral("git"), {QStringLiteral("show"), argument});
    if (!git.waitForStarted())
        return failure(argument, QStringLiteral("cannot run git: ") + git.errorString());
    git.closeWriteChannel();
    if (!git.waitForFinished(-1) || git.exitStatus() != QProcess::NormalExit)
        return failure(argument, QStringLiteral("git show did not finish"));
    if (git.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(git.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        return failure(argument, QStringLiteral("not found in git: ") + why);
    }
    const QByteArray bytes = git.readAllStandardOutput();
    if (!looksLikeSqlite(bytes))
        return fromYamlBytes(bytes, argument);
    // SQLite reads files, not bytes: the revision goes through a private copy.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("side.lintel"));
    QFile out(copy);
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return failure(argument, QStringLiteral("cannot make a temporary copy"));
    out.close();
    return fromLintel(copy, -1, argument);
}

bool isWindowsDrivePath(const QString &argument)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return drive.match(argument).hasMatch();
}

}  // namespace

VersionLoad loadModelVersion(const QString &argument, const QString &gitDirectory)
{
    static const QRegularExpression revision(QStringLiteral("^(.+)@(\\d+)$"));
    const QRegularExpressionMatch numbered = revision.match(argument);
    if (QFileInfo::exists(argument) || argument.isEmpty() || isWindowsDrivePath(argument))
        return fromFile(argument);
    if (numbered.hasMatch() && QFileInfo(numbered.captured(1)).isFile())
        return fromLintel(numbered.captured(1), numbered.captured(2).toInt(), argument);
    if (argument.contains(u':'))
        return fromGit(argument, gitDirectory);
    return fromFile(argument);
}

}  // namespace lintel
