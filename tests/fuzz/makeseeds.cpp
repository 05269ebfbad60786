// Writes the binary seed corpora from YAML models: a .lintel document per
// model (corpus/lintel) and the snapshot body and whole blob of each
// (corpus/snapshot). Run by hand when the formats change:
//   build-fuzz/tests/fuzz/fuzz_makeseeds tests/fuzz/corpus MODEL.yaml...
#include "model/storage/binarycodec.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"
#include "tests/fuzz/snapshotenvelope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace {

using namespace lintel;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size())
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
    return false;
}

bool writeSeeds(const QString &outDir, const QString &name, const Model &model)
{
    const QByteArray blob = encodeModel(model);
    if (!writeFile(outDir + QStringLiteral("/snapshot/%1.body").arg(name), fuzz::snapshotBody(blob))
        || !writeFile(outDir + QStringLiteral("/snapshot/%1.blob").arg(name), blob))
        return false;
    const QString document = outDir + QStringLiteral("/lintel/%1.lintel").arg(name);
    QFile::remove(document);
    Diagnostic error;
    if (!LintelFile::create(document, model, QStringLiteral("fuzz"), QStringLiteral("seed"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CORPUS-DIR MODEL.yaml...\n", argv[0]);
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outDir + QStringLiteral("/snapshot"));
    QDir().mkpath(outDir + QStringLiteral("/lintel"));
    bool ok = writeSeeds(outDir, QStringLiteral("empty"), Model{});
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const YamlLoadResult loaded = readYamlFile(path);
        if (!loaded.ok()) {
            std::fprintf(stderr, "%s: does not load, skipped\n", argv[i]);
            continue;
        }
        ok = writeSeeds(outDir, QFileInfo(path).completeBaseName(), *loaded.model) && ok;
    }
    return ok ? 0 : 1;
}
