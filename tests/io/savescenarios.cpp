#include "tests/io/savescenarios.h"

#include "exporters/exporter.h"
#include "exporters/outputsink.h"
#include "model/io/modelfile.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"
#include "tests/support/exampledata.h"
#include "tests/support/exportrun.h"
#include "tests/support/fullmodel.h"

#include <QDirIterator>
#include <QFile>

namespace savetest {

using namespace lintel;

namespace {

const Model &newModel()
{
    static const Model model = test::fullModel();
    return model;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeOld(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot prepare %s", qPrintable(path));
}

void oldYaml(const QDir &dir)
{
    writeOld(dir.filePath(QStringLiteral("model.yaml")), writeYaml(Model{}) + "# the user's old model\n");
}

bool isNewYaml(const QDir &dir, const QString &relative)
{
    return relative == u"model.yaml" && readAll(dir.filePath(relative)) == writeYaml(newModel());
}

bool isNewLintel(const QDir &dir, const QString &relative)
{
    Diagnostic error;
    const auto file = LintelFile::open(dir.filePath(relative), LintelFile::Access::ReadOnly, &error);
    const std::optional<Model> loaded = file ? file->loadLatest(&error) : std::nullopt;
    return relative == u"model.lintel" && loaded && *loaded == newModel();
}

// The ADR export of the example shop, in memory: what FolderSink must write.
const test::ExportRun &adrReference()
{
    static const test::ExportRun run = [] {
        const test::LoadedModel *shop = test::loadModel(QStringLiteral("resources/examples/shop.yaml"));
        return test::runExporter(QStringLiteral("adr"), shop->model, shop->findings, {}, shop->path, {});
    }();
    return run;
}

bool exportAdrs(const QDir &dir, QString *error)
{
    const test::LoadedModel *shop = test::loadModel(QStringLiteral("resources/examples/shop.yaml"));
    FolderSink sink(dir.path());
    QStringList messages;
    const ExportContext context{shop->model, shop->findings, {}, shop->path, test::frozenDate(), {}, nullptr};
    return findExporter(QStringLiteral("adr"))->run(context, sink, messages, error);
}

// An earlier export: every file there but README.md, with older text, so
// the export replaces some files and creates one.
void oldAdrs(const QDir &dir)
{
    for (const auto &[relative, bytes] : adrReference().files.files()) {
        if (relative.endsWith(u"README.md"))
            continue;
        dir.mkpath(QFileInfo(relative).path());
        writeOld(dir.filePath(relative), "old " + relative.toUtf8() + '\n');
    }
}

bool isNewAdr(const QDir &dir, const QString &relative)
{
    const auto &files = adrReference().files.files();
    const auto it = files.find(relative);
    return it != files.end() && readAll(dir.filePath(relative)) == it->second;
}

// 200 KiB in pieces of many sizes, never checking write(): the save path
// must notice failures by itself and join every piece in order.
QByteArray bigContent()
{
    QByteArray bytes;
    for (int i = 0; bytes.size() < 200 * 1024; ++i)
        bytes += QByteArray::number(i) + ' ';
    return bytes;
}

bool writeCarelessly(const QDir &dir, QString *error)
{
    FolderSink sink(dir.path());
    return sink.write(QStringLiteral("big/content.txt"), [](QIODevice &out, QString *) {
        const QByteArray bytes = bigContent();
        qsizetype at = 0;
        for (qsizetype piece = 1; at < bytes.size(); piece = piece * 3 % 70001 + 1) {
            const qsizetype n = std::min(piece, bytes.size() - at);
            out.write(bytes.constData() + at, n);
            at += n;
        }
        return true;
    }, error);
}

}  // namespace

const std::vector<SaveScenario> &saveScenarios()
{
    static const std::vector<SaveScenario> scenarios{
        {QStringLiteral("writeYamlFile over an old model"), oldYaml,
         [](const QDir &dir, QString *error) {
             return writeYamlFile(newModel(), dir.filePath(QStringLiteral("model.yaml")), error);
         },
         isNewYaml},
        {QStringLiteral("writeYamlFile, new file"), [](const QDir &) {},
         [](const QDir &dir, QString *error) {
             return writeYamlFile(newModel(), dir.filePath(QStringLiteral("model.yaml")), error);
         },
         isNewYaml},
        {QStringLiteral("saveModelFile YAML over an old model"), oldYaml,
         [](const QDir &dir, QString *error) {
             return saveModelFile(newModel(), dir.filePath(QStringLiteral("model.yaml")), {}, error);
         },
         isNewYaml},
        {QStringLiteral("LintelFile::create"), [](const QDir &) {},
         [](const QDir &dir, QString *error) {
             Diagnostic why;
             const bool ok = LintelFile::create(dir.filePath(QStringLiteral("model.lintel")), newModel(),
                                                QStringLiteral("ana"), QStringLiteral("first"), &why);
             *error = why.toString();
             return ok;
         },
         isNewLintel},
        {QStringLiteral("saveModelFile, new .lintel"), [](const QDir &) {},
         [](const QDir &dir, QString *error) {
             return saveModelFile(newModel(), dir.filePath(QStringLiteral("model.lintel")),
                                  QStringLiteral("first"), error);
         },
         isNewLintel},
        {QStringLiteral("FolderSink, ADR export over an old one"), oldAdrs, exportAdrs, isNewAdr},
        {QStringLiteral("FolderSink, careless writer"), [](const QDir &) {}, writeCarelessly,
         [](const QDir &dir, const QString &relative) {
             return relative == u"big/content.txt" && readAll(dir.filePath(relative)) == bigContent();
         }},
    };
    return scenarios;
}

const SaveScenario *findScenario(const QString &name)
{
    for (const SaveScenario &s : saveScenarios())
        if (s.name == name)
            return &s;
    return nullptr;
}

QMap<QString, QByteArray> snapshot(const QDir &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(dir.relativeFilePath(path), readAll(path));
    }
    return files;
}

}  // namespace savetest
