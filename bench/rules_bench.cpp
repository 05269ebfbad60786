// bench_rules [SIZE] [RUNS]: times validate() on a synthetic model (default
// L: 5,000 elements, 20,000 flows, 1,000 APIs, 200 decisions; seeded, so
// every run sees the same model), then each stage on its own: building the
// ModelIndex and every rule's check. The target is validate() under 100 ms
// for L in a Release build.
#include "bench/generator.h"
#include "model/rules/builtinrules.h"
#include "model/rules/modelindex.h"
#include "model/rules/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace lintel;

namespace {

// Median of `runs` timed calls, after one untimed warm-up call.
double medianMs(int runs, const std::function<void()> &stage)
{
    stage();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        stage();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString sizeName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("L");
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 11;
    bench::ModelSize size;
    if (!bench::sizeByName(sizeName, &size)) {
        out << "usage: bench_rules [S|M|L|XL] [RUNS]\n";
        return 2;
    }
    const Model model = bench::generateModel(size, 42);
    ValidationOptions options;
    options.asOf = QDate(2026, 6, 1);

    Findings findings;
    const double totalMs = medianMs(runs, [&] { findings = validate(model, options); });

    QMap<QString, int> perRule;
    for (const Finding &f : findings)
        ++perRule[f.rule];

    out << "size " << sizeName << ": " << model.elements.size() << " elements, " << model.flows.size() << " flows, "
        << model.apis.size() << " APIs, " << model.decisions.size() << " decisions; " << findings.size()
        << " findings; median of " << runs << " runs\n\n";
    out << "| stage | median ms | findings |\n| --- | ---: | ---: |\n";
    out << "| **validate() total** | **" << ms(totalMs) << "** | " << findings.size() << " |\n";
    out << "| build ModelIndex | " << ms(medianMs(runs, [&] { ModelIndex index(model); })) << " | |\n";

    // Each rule alone, on a shared index, as the engine runs it (without
    // completing findings: fingerprints, risks and sorting are the rest of
    // the total).
    const ModelIndex index(model);
    for (const RulePtr &rule : builtinRules()) {
        RuleContext context{model, index, options.asOf, {}, {}};
        for (const RuleParam &p : rule->parameters())
            context.params.insert(p.name, p.defaultValue);
        const double ruleMs = medianMs(runs, [&] {
            FindingSink sink;
            rule->check(context, sink);
        });
        out << "| " << rule->id() << " | " << ms(ruleMs) << " | " << perRule.value(rule->id()) << " |\n";
    }
    return 0;
}
