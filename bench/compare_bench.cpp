// bench_compare [S|M|L|XL] [RUNS]: the semantic diff and the three-way merge
// on a synthetic model of that size (docs/performance.md, "Diff and merge").
// OURS edits 1 % of the elements and flows (and moves elements in a view);
// THEIRS edits another 1 %. Stages are what `lintel-cli diff` and `merge`
// do apart from printing: load the sides (in parallel, as the CLI does),
// compare or merge, validate both sides for the risk delta, write the merge.
// The merge is checked to hold both sides' edits.
#include "bench/benchclock.h"
#include "bench/generator.h"
#include "model/compare/modeldiff.h"
#include "model/compare/modelmerge.h"
#include "model/compare/riskdelta.h"
#include "model/io/modelfile.h"
#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <thread>

using namespace lintel;
using bench::medianTiming;
using bench::printRow;

namespace {

// Every 100th element and flow from `offset`: 1 % of them.
Model edited(Model model, int offset)
{
    for (std::size_t i = std::size_t(offset); i < model.elements.size(); i += 100) {
        model.elements[i].technology += QStringLiteral(" (upgraded)");
        model.elements[i].security.auditLog = true;
    }
    for (std::size_t i = std::size_t(offset); i < model.flows.size(); i += 100) {
        model.flows[i].encrypted = true;
        model.flows[i].resilience.timeout = QStringLiteral("2s");
    }
    if (!model.views.empty())
        for (std::size_t i = std::size_t(offset) % 7; i < model.views.front().positions.size(); i += 50)
            model.views.front().positions[i].second.x += 40;
    return model;
}

std::vector<Model> loadInParallel(const QStringList &paths)
{
    std::vector<Model> models(std::size_t(paths.size()));
    std::vector<std::thread> workers;
    for (qsizetype i = 0; i < paths.size(); ++i)
        workers.emplace_back([&, i] {
            ModelLoadResult r = loadModelFile(paths[i]);
            if (r.model)
                models[std::size_t(i)] = std::move(*r.model);
        });
    for (std::thread &w : workers)
        w.join();
    return models;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::SizeAndRuns chosen;
    if (!bench::sizeAndRuns(app.arguments(), &chosen)) {
        out << "usage: bench_compare [S|M|L|XL] [RUNS]\n";
        return 2;
    }
    const Model base = bench::generateModel(chosen.size);
    const Model ours = edited(base, 0), theirs = edited(base, 50);
    QTemporaryDir dir;
    QString error;
    bool ok = true;
    QStringList yaml, lintel;
    for (const auto &[name, model] : {std::pair{"base", &base}, {"ours", &ours}, {"theirs", &theirs}}) {
        yaml << dir.filePath(QLatin1String(name) + QStringLiteral(".yaml"));
        lintel << dir.filePath(QLatin1String(name) + QStringLiteral(".lintel"));
        ok &= writeYamlFile(*model, yaml.back(), &error) && saveModelFile(*model, lintel.back(), QStringLiteral("bench"), &error);
    }
    ValidationOptions options;
    options.asOf = QDate(2026, 6, 1);

    bench::printTableHeader(QStringLiteral("Diff and merge, size %1: %2 elements, %3 flows, 1 % edited per side; "
                                           "median of %4 runs")
                                .arg(chosen.sizeName)
                                .arg(base.elements.size())
                                .arg(base.flows.size())
                                .arg(chosen.runs));

    ModelDiff diff;
    const bench::Timing diffOnly = medianTiming(chosen.runs, [&] { diff = diffModels(base, ours); }, true);
    printRow(QStringLiteral("diffModels (loaded)"), diffOnly, QStringLiteral("%1 objects changed").arg(diff.changes.size()));

    RiskDelta delta;
    const bench::Timing riskOnly = medianTiming(chosen.runs, [&] {
        delta = riskDelta(base, validate(base, options), ours, validate(ours, options), options.asOf);
    });
    printRow(QStringLiteral("risk delta: validate both + match (loaded)"), riskOnly,
             QStringLiteral("%1 introduced, %2 resolved").arg(delta.introduced.size()).arg(delta.resolved.size()));

    for (const auto &[label, files, target] : {std::tuple{"YAML", yaml, "< 1.5 s"}, {".lintel", lintel, "< 0.5 s"}}) {
        const QStringList sidePaths{files[0], files[1]};  // a lambda may not capture a structured binding (C++20, clang 14)
        const bench::Timing whole = medianTiming(chosen.runs, [&] {
            const std::vector<Model> sides = loadInParallel(sidePaths);
            diff = diffModels(sides[0], sides[1]);
            delta = riskDelta(sides[0], validate(sides[0], options), sides[1], validate(sides[1], options), options.asOf);
        });
        printRow(QStringLiteral("diff from %1: load both, diff, risk delta").arg(QLatin1String(label)), whole,
                 QStringLiteral("target %1").arg(QLatin1String(target)));
    }

    MergeResult merged;
    const bench::Timing mergeOnly = medianTiming(chosen.runs, [&] { merged = mergeModels(base, ours, theirs); }, true);
    const bool bothEdits = diffModels(merged.model, edited(ours, 50)).isEmpty();
    ok &= bothEdits && merged.isClean();
    printRow(QStringLiteral("mergeModels (loaded)"), mergeOnly,
             bothEdits ? QStringLiteral("clean, holds both sides' edits") : QStringLiteral("**WRONG merge**"));
    const QString outPath = dir.filePath(QStringLiteral("merged.yaml"));
    const bench::Timing mergeWhole = medianTiming(chosen.runs, [&] {
        const std::vector<Model> sides = loadInParallel(yaml);
        merged = mergeModelsRecordingConflicts(sides[0], sides[1], sides[2]);
        ok &= writeYamlFile(merged.model, outPath, &error);
    });
    printRow(QStringLiteral("merge from YAML: load three, merge, write YAML"), mergeWhole, QStringLiteral("target < 2.5 s"));

    if (!error.isEmpty())
        out << "\nerror: " << error << "\n";
    return ok ? 0 : 1;
}
