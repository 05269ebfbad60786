// bench_rules [SIZE] [RUNS]: times validate() on a synthetic model (default
// L: 5,000 elements, 20,000 flows, 1,000 APIs, 200 decisions; seeded, so
// every run sees the same model), then each stage on its own: building the
// ModelIndex and every rule's check. The target is validate() under 100 ms
// for L in a Release build.
#include "bench/benchclock.h"
#include "bench/generator.h"
#include "model/index/modelindex.h"
#include "model/rules/builtinrules.h"
#include "model/rules/validator.h"

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>
#include <algorithm>

using namespace lintel;

namespace {

// The index builds each part on first use; ask one question of every part so
// that all of it is built, as a whole validation does.
void buildEveryPart(const ModelIndex &index)
{
    (void)index.findRef(QStringLiteral("no such id"));  // every collection's ids
    if (!index.model().flows.empty())
        (void)index.isSync(0);  // flow ends and facts
    (void)index.zoneTree();
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
    const bench::Timing total = bench::medianTiming(runs, [&] { findings = validate(model, options); }, true);

    QMap<QString, int> perRule;
    for (const Finding &f : findings)
        ++perRule[f.rule];

    bench::printTableHeader(QStringLiteral("Rules, size %1: %2 elements, %3 flows, %4 APIs, %5 decisions; "
                                           "median of %6 runs after a warm-up")
                                .arg(sizeName.toUpper())
                                .arg(model.elements.size())
                                .arg(model.flows.size())
                                .arg(model.apis.size())
                                .arg(model.decisions.size())
                                .arg(runs));
    bench::printRow(QStringLiteral("**validate() total**"), total,
                    QStringLiteral("%1 findings; target < 100 ms for L").arg(findings.size()));
    bench::printRow(QStringLiteral("build ModelIndex"),
                    bench::medianTiming(runs, [&] {
                        ModelIndex index(model);
                        buildEveryPart(index);
                    }, true));

    // Each rule alone, on a shared index, as the engine runs it (without
    // completing findings: fingerprints, risks and sorting are the rest of
    // the total).
    const ModelIndex index(model);
    buildEveryPart(index);
    for (const RulePtr &rule : builtinRules()) {
        RuleContext context{model, index, options.asOf, {}, {}};
        for (const RuleParam &p : rule->parameters())
            context.params.insert(p.name, p.defaultValue);
        const bench::Timing ruleTime = bench::medianTiming(runs, [&] {
            FindingSink sink;
            rule->check(context, sink);
        }, true);
        bench::printRow(rule->id(), ruleTime, QStringLiteral("%1 findings").arg(perRule.value(rule->id())));
    }
    return 0;
}
