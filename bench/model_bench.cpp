// bench_model [S|M|L|XL] [RUNS]: the model core on a synthetic model of that
// size (seeded, so every run sees the same model): YAML save and load,
// validation, .lintel save and load, and .lintel load + validate (what
// `lintel-cli validate x.lintel` does apart from printing). Each stage runs
// RUNS times (default 5; 1 for XL) and the median is printed. Both loads
// are checked to give back the model that was saved.
//
// Peak memory is not measured here, where several copies of the model are
// alive at once: bench/run.sh measures it on real lintel-cli runs.
#include "bench/benchclock.h"
#include "bench/generator.h"
#include "model/io/modelfile.h"
#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lintel;
using bench::medianTiming;
using bench::printRow;

namespace {

QString sameOrNot(bool same)
{
    return same ? QStringLiteral("gives back the same model") : QStringLiteral("**DIFFERENT model**");
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    bench::SizeAndRuns chosen;
    if (!bench::sizeAndRuns(args, &chosen)) {
        out << "usage: bench_model [S|M|L|XL] [RUNS]\n";
        return 2;
    }
    const QString &sizeName = chosen.sizeName;
    const bench::ModelSize &size = chosen.size;
    const int runs = chosen.runs;

    Model model;
    const bench::Timing generate = bench::timeOnce([&] { model = bench::generateModel(size); });
    QTemporaryDir dir;
    const QString yamlPath = dir.filePath(QStringLiteral("model.yaml"));
    QString error;
    bool ok = true;

    bench::printTableHeader(QStringLiteral("Model core, size %1: %2 elements, %3 flows, %4 APIs, %5 decisions; "
                                           "median of %6 runs")
                                .arg(sizeName)
                                .arg(model.elements.size())
                                .arg(model.flows.size())
                                .arg(model.apis.size())
                                .arg(model.decisions.size())
                                .arg(runs));
    printRow(QStringLiteral("generate (not a product path)"), generate);

    const bench::Timing saveYaml = medianTiming(runs, [&] { ok &= writeYamlFile(model, yamlPath, &error); });
    printRow(QStringLiteral("save YAML"), saveYaml, QStringLiteral("%1 KiB").arg(QFile(yamlPath).size() / 1024));
    YamlLoadResult fromYaml;
    const bench::Timing loadYaml = medianTiming(runs, [&] { fromYaml = readYamlFile(yamlPath); });
    printRow(QStringLiteral("load YAML"), loadYaml, sameOrNot(fromYaml.ok() && *fromYaml.model == model));
    ok &= fromYaml.ok() && *fromYaml.model == model;

    ValidationOptions options;
    options.asOf = QDate(2026, 6, 1);
    Findings findings;
    const bench::Timing validation = medianTiming(runs, [&] { findings = validate(model, options); }, true);
    printRow(QStringLiteral("validate (all rules)"), validation,
             QStringLiteral("%1 findings; target < 100 ms for L").arg(findings.size()));

    // A new document each run: saving onto an existing one appends a revision.
    int saves = 0;
    QString lintelPath;
    const bench::Timing saveLintel = medianTiming(runs, [&] {
        lintelPath = dir.filePath(QStringLiteral("model-%1.lintel").arg(++saves));
        ok &= saveModelFile(model, lintelPath, QStringLiteral("bench"), &error);
    });
    printRow(QStringLiteral("save .lintel (new document)"), saveLintel,
             QStringLiteral("%1 KiB").arg(QFile(lintelPath).size() / 1024));
    const bench::Timing addRevision = medianTiming(runs, [&] {
        ok &= saveModelFile(model, lintelPath, QStringLiteral("bench revision"), &error);
    });
    printRow(QStringLiteral("save .lintel (append a revision)"), addRevision);

    ModelLoadResult fromLintel;
    const bench::Timing loadLintel = medianTiming(runs, [&] { fromLintel = loadModelFile(lintelPath); });
    printRow(QStringLiteral("load .lintel (latest revision)"), loadLintel,
             sameOrNot(fromLintel.ok() && *fromLintel.model == model));
    ok &= fromLintel.ok() && *fromLintel.model == model;

    const bench::Timing loadAndValidate = medianTiming(runs, [&] {
        const ModelLoadResult loaded = loadModelFile(lintelPath);
        if (loaded.ok())
            findings = validate(*loaded.model, options);
    });
    printRow(QStringLiteral("load .lintel + validate"), loadAndValidate, QStringLiteral("target < 500 ms for L"));

    if (!error.isEmpty())
        out << "\nerror: " << error << "\n";
    return ok ? 0 : 1;
}
