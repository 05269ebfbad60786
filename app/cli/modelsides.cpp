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
#include <thread>

namespace lintel::cli {

namespace {

// Every .lintel document is an SQLite database: its header says so.
bool looksLikeSqlite(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

// What went wrong, collected rather than printed: sides load in parallel and
// their problems are printed afterwards, in argument order.
using Problems = QStringList;

std::optional<Model> reportFailure(Problems &problems, const QString &label, const QString &message)
{
    problems << Diagnostic{label, 0, 0, message}.toString();
    return std::nullopt;
}

std::optional<Model> fromYamlBytes(Problems &problems, const QByteArray &bytes, const QString &label)
{
    YamlLoadResult result = readYaml(bytes, label);
    for (const Diagnostic &d : result.problems)
        problems << d.toString();
    return std::move(result.model);
}

// `revision` -1: the latest.
std::optional<Model> fromLintel(Problems &problems, const QString &path, int revision, const QString &label)
{
    Diagnostic error;
    auto document = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    std::optional<Model> model;
    if (document)
        model = revision >= 0 ? document->loadRevision(revision, &error) : document->loadLatest(&error);
    if (!model) {
        if (error.file == path && path != label)
            error.file = label;
        problems << error.toString();
    }
    return model;
}

std::optional<Model> fromFile(Problems &problems, const QString &path)
{
    if (modelFileFormat(path) != ModelFileFormat::Unknown || !QFileInfo(path).isFile()) {
        ModelLoadResult result = loadModelFile(path);
        for (const Diagnostic &d : result.problems)
            problems << d.toString();
        if (!result.ok() && result.problems.empty())
            problems << Diagnostic{path, 0, 0, QStringLiteral("cannot be loaded")}.toString();
        return std::move(result.model);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reportFailure(problems, path, QStringLiteral("cannot be read: ") + file.errorString());
    const QByteArray bytes = file.readAll();
    if (looksLikeSqlite(bytes))
        return fromLintel(problems, path, -1, path);
    return fromYamlBytes(problems, bytes, path);
}

std::optional<Model> fromGit(Problems &problems, const QString &argument)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("show"), argument});
    if (!git.waitForStarted())
        return reportFailure(problems, argument, QStringLiteral("cannot run git: ") + git.errorString());
    git.closeWriteChannel();
    if (!git.waitForFinished(-1) || git.exitStatus() != QProcess::NormalExit)
        return reportFailure(problems, argument, QStringLiteral("git show did not finish"));
    if (git.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(git.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        return reportFailure(problems, argument, QStringLiteral("not found in git: ") + why);
    }
    const QByteArray bytes = git.readAllStandardOutput();
    if (!looksLikeSqlite(bytes))
        return fromYamlBytes(problems, bytes, argument);
    // SQLite reads files, not bytes: the revision goes through a private copy.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("side.lintel"));
    QFile out(copy);
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return reportFailure(problems, argument, QStringLiteral("cannot make a temporary copy"));
    out.close();
    return fromLintel(problems, copy, -1, argument);
}

bool isWindowsDrivePath(const QString &argument)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return drive.match(argument).hasMatch();
}

}  // namespace

namespace {

std::optional<ModelSide> loadSide(Problems &problems, const QString &argument)
{
    std::optional<Model> model;
    static const QRegularExpression revision(QStringLiteral("^(.+)@(\\d+)$"));
    const QRegularExpressionMatch numbered = revision.match(argument);
    if (QFileInfo::exists(argument) || argument.isEmpty() || isWindowsDrivePath(argument))
        model = fromFile(problems, argument);
    else if (numbered.hasMatch() && QFileInfo(numbered.captured(1)).isFile())
        model = fromLintel(problems, numbered.captured(1), numbered.captured(2).toInt(), argument);
    else if (argument.contains(u':'))
        model = fromGit(problems, argument);
    else
        model = fromFile(problems, argument);
    if (!model)
        return std::nullopt;
    return ModelSide{std::move(*model), argument};
}

}  // namespace

std::optional<ModelSide> loadSideOrReport(const QString &argument)
{
    Problems problems;
    std::optional<ModelSide> side = loadSide(problems, argument);
    for (const QString &line : problems)
        printError(line);
    return side;
}

std::vector<std::optional<ModelSide>> loadSidesOrReport(const QStringList &arguments)
{
    std::vector<Problems> problems(std::size_t(arguments.size()));
    std::vector<std::optional<ModelSide>> sides(std::size_t(arguments.size()));
    std::vector<std::thread> workers;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        workers.emplace_back([&, i] { sides[std::size_t(i)] = loadSide(problems[std::size_t(i)], arguments[i]); });
    if (!arguments.isEmpty())
        sides[0] = loadSide(problems[0], arguments[0]);
    for (std::thread &w : workers)
        w.join();
    for (const Problems &list : problems)
        for (const QString &line : list)
            printError(line);
    return sides;
}

}  // namespace lintel::cli
