// Shared helpers of tst_documents: loading models, running exporters,
// golden files and external validators.
#include "tests/exporters/tst_documents.h"

#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <memory>

namespace docs {

QDate frozenDate() { return QDate(2026, 6, 1); }

static QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(LINTEL_SOURCE_DIR)).filePath(relative);
}

const LoadedModel *loadModel(const QString &relativePath)
{
    static std::map<QString, std::unique_ptr<LoadedModel>> cache;
    if (auto it = cache.find(relativePath); it != cache.end())
        return it->second.get();
    const QString path = sourcePath(relativePath);
    lintel::YamlLoadResult result = lintel::readYamlFile(path);
    if (!result.ok()) {
        QStringList problems;
        for (const auto &p : result.problems)
            problems << p.message;
        qWarning("%s does not load: %s", qPrintable(path), qPrintable(problems.join(u'\n')));
        return nullptr;
    }
    auto loaded = std::make_unique<LoadedModel>();
    loaded->model = std::move(*result.model);
    lintel::ValidationOptions options;
    options.asOf = frozenDate();
    options.sourceFile = path;
    loaded->findings = lintel::validate(loaded->model, options);
    loaded->path = path;
    return cache.emplace(relativePath, std::move(loaded)).first->second.get();
}

ExportRun runExport(const QString &exporterId, const LoadedModel &loaded, const QMap<QString, QString> &options)
{
    ExportRun run;
    lintel::Exporter *exporter = lintel::findExporter(exporterId);
    if (!exporter) {
        run.error = QStringLiteral("no exporter %1").arg(exporterId);
        return run;
    }
    const lintel::ExportContext context{loaded.model, loaded.findings, options, loaded.path, frozenDate(), {}, nullptr};
    run.ok = exporter->run(context, run.files, run.messages, &run.error);
    // For looking at the output by hand: LINTEL_DOCS_OUT=/tmp/docs.
    if (const QString keep = qEnvironmentVariable("LINTEL_DOCS_OUT"); !keep.isEmpty() && !loaded.path.isEmpty()) {
        lintel::FolderSink folder(QDir(keep).filePath(QFileInfo(loaded.path).baseName()));
        for (const auto &[name, bytes] : run.files.files()) {
            QString error;
            folder.writeBytes(name, bytes, &error);
        }
    }
    return run;
}

bool matchesGolden(const QString &relativePath, const QByteArray &actual)
{
    const QString path = sourcePath(QStringLiteral("tests/data/golden/") + relativePath);
    if (qEnvironmentVariable("LINTEL_UPDATE_GOLDEN") == u"1") {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qWarning("cannot write %s", qPrintable(path));
            return false;
        }
        file.write(actual);
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("golden file %s is missing; run with LINTEL_UPDATE_GOLDEN=1", qPrintable(path));
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    // Show the first differing line: far easier to read than two blobs.
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray al = i < a.size() ? a[i] : QByteArray("<end>");
        const QByteArray el = i < e.size() ? e[i] : QByteArray("<end>");
        if (al != el) {
            qWarning("%s differs at line %lld:\n  expected: %s\n  actual:   %s\n(LINTEL_UPDATE_GOLDEN=1 "
                     "regenerates)", qPrintable(path), static_cast<long long>(i + 1), el.constData(), al.constData());
            break;
        }
    }
    return false;
}

bool goldenFolderHoldsExactly(const QString &relativeFolder, const lintel::MemorySink &sink,
                              const QString &exportFolder)
{
    QStringList written;
    for (const auto &[name, bytes] : sink.files())
        if (name.startsWith(exportFolder + u'/'))
            written << name.mid(exportFolder.size() + 1);
    written.sort();
    QDir golden(sourcePath(QStringLiteral("tests/data/golden/") + relativeFolder));
    const QStringList present = golden.entryList(QDir::Files, QDir::Name);
    if (qEnvironmentVariable("LINTEL_UPDATE_GOLDEN") == u"1") {
        for (const QString &stale : present)
            if (!written.contains(stale))
                golden.remove(stale);
        return true;
    }
    if (present == written)
        return true;
    qWarning("%s holds %s but the export wrote %s", qPrintable(golden.path()), qPrintable(present.join(u", ")),
             qPrintable(written.join(u", ")));
    return false;
}

QString writeToDisk(const lintel::MemorySink &sink, const QTemporaryDir &dir)
{
    lintel::FolderSink folder(dir.path());
    for (const auto &[name, bytes] : sink.files()) {
        QString error;
        if (!folder.writeBytes(name, bytes, &error))
            qWarning("%s", qPrintable(error));
    }
    return dir.path();
}

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
    // Keep node's update notices and colours out of the output we show.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("REDOCLY_TELEMETRY"), QStringLiteral("off"));
    env.insert(QStringLiteral("REDOCLY_SUPPRESS_UPDATE_NOTICE"), QStringLiteral("true"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(180000)) {
        result.output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

}  // namespace docs
