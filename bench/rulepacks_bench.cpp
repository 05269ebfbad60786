// bench_rulepacks [SIZE] [RUNS] [--pack-only|--cpp-only]: the built-in rules that
// tests/data/rules/builtin-as-pack.yaml writes again as a pack, timed both
// ways on the same synthetic model (default L) and the same ModelIndex: the
// C++ rules' checks against the pack rules' checks (target: the pack within
// 3x). Then the expression rules of resources/rules/examples.yaml and a
// JavaScript twin of one condition rule, separately. --pack-only and
// --cpp-only run one side alone RUNS times and print nothing: for a
// profiler, e.g. valgrind --tool=callgrind --toggle-collect='*timeChecks*'.
#include "bench/benchclock.h"
#include "bench/generator.h"
#include "model/index/modelindex.h"
#include "model/rules/builtinrules.h"
#include "model/rules/packs/packloader.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextStream>
#include <algorithm>

using namespace lintel;

namespace {

QString sourcePath(const QString &relative) { return QStringLiteral(LINTEL_SOURCE_DIR "/") + relative; }

packs::LoadedPacks loadOrDie(const QString &relative)
{
    packs::LoadedPacks loaded = packs::loadRulePacks({{sourcePath(relative), {}, {}}});
    if (!loaded.problems.empty())
        qFatal("%s", qPrintable(loaded.problems.front().toString()));
    return loaded;
}

bench::Timing timeChecks(int runs, const std::vector<const Rule *> &rules, RuleContext &context, int *found)
{
    return bench::medianTiming(runs, [&] {
        int n = 0;
        for (const Rule *rule : rules) {
            FindingSink sink;
            rule->check(context, sink);
            n += int(sink.items().size());
        }
        *found = n;
    }, true);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString sizeName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("L");
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 7;
    bench::ModelSize size;
    if (!bench::sizeByName(sizeName, &size)) {
        QTextStream(stdout) << "usage: bench_rulepacks [S|M|L|XL] [RUNS] [--pack-only|--cpp-only]\n";
        return 2;
    }
    const Model model = bench::generateModel(size, 42);
    const ModelIndex index(model);
    (void)index.findRef(QStringLiteral("no such id"));  // build every part before timing
    if (!model.flows.empty())
        (void)index.isSync(0);
    (void)index.zoneTree();
    RuleContext context{model, index, QDate(2026, 6, 1), {}, {}};

    const packs::LoadedPacks asPack = loadOrDie(QStringLiteral("tests/data/rules/builtin-as-pack.yaml"));
    const auto packRules = asPack.rules();
    QSet<QString> mapped;
    std::vector<const Rule *> packed, builtin;
    for (const auto &rule : packRules) {
        packed.push_back(rule.get());
        mapped.insert(rule->id() == QLatin1String("pack-public-element-without-rate-limit")
                          ? QStringLiteral("public-api-without-rate-limit")
                          : rule->id().mid(5));
    }
    for (const RulePtr &rule : builtinRules())
        if (mapped.contains(rule->id()))
            builtin.push_back(rule.get());

    const QByteArray oneSide = argc > 3 ? QByteArray(argv[3]) : QByteArray();
    if (oneSide == "--pack-only" || oneSide == "--cpp-only") {
        int found = 0;
        timeChecks(runs, oneSide == "--pack-only" ? packed : builtin, context, &found);
        return found > 0 ? 0 : 1;
    }

    bench::printTableHeader(QStringLiteral("Rule packs, size %1: %2 elements, %3 flows, %4 APIs; median of %5 runs "
                                           "after a warm-up, checks only, one shared ModelIndex")
                                .arg(sizeName.toUpper())
                                .arg(model.elements.size())
                                .arg(model.flows.size())
                                .arg(model.apis.size())
                                .arg(runs));
    int builtinFound = 0, packFound = 0;
    const bench::Timing cpp = timeChecks(runs, builtin, context, &builtinFound);
    const bench::Timing pack = timeChecks(runs, packed, context, &packFound);
    bench::printRow(QStringLiteral("%1 built-in rules (C++)").arg(builtin.size()), cpp,
                    QStringLiteral("%1 findings").arg(builtinFound));
    bench::printRow(QStringLiteral("the same as %1 pack rules").arg(packed.size()), pack,
                    QStringLiteral("%1 findings; %2x the C++ CPU time; target within 3x")
                        .arg(packFound)
                        .arg(cpp.cpuMs > 0 ? pack.cpuMs / cpp.cpuMs : 0.0, 0, 'f', 1));

    // Each pair on its own, to see where a pack costs most.
    for (const Rule *rule : packed) {
        int found = 0;
        const bench::Timing t = timeChecks(runs, {rule}, context, &found);
        bench::printRow(rule->id(), t, QStringLiteral("%1 findings").arg(found));
    }
    for (const Rule *rule : builtin) {
        int found = 0;
        const bench::Timing t = timeChecks(runs, {rule}, context, &found);
        bench::printRow(rule->id(), t, QStringLiteral("%1 findings").arg(found));
    }

    // Expression rules: each on its own.
    const packs::LoadedPacks examples = loadOrDie(QStringLiteral("resources/rules/examples.yaml"));
    for (const auto &rule : examples.rules()) {
        const auto *p = static_cast<const packs::PackRule *>(rule.get());
        if (p->definition().expression.isEmpty())
            continue;
        int found = 0;
        const bench::Timing t = timeChecks(runs, {rule.get()}, context, &found);
        bench::printRow(QStringLiteral("expression rule %1").arg(rule->id()), t,
                        QStringLiteral("%1 findings").arg(found));
    }

    // One condition rule and its JavaScript twin: what an evaluation costs.
    const QByteArray twins = R"(rules:
  - id: crossing-encrypted-by-condition
    severity: error
    title: t
    description: d
    for: flows
    where: {crosses-boundary: true}
    require: {encrypted: true}
    message: "{id}"
  - id: crossing-encrypted-by-expression
    severity: error
    title: t
    description: d
    for: flows
    where: {crosses-boundary: true}
    expression: it.encrypted
    message: "{id}"
)";
    Diagnostics problems;
    packs::RulePack twinPack = packs::readRulePack(twins, QStringLiteral("twins.yaml"), problems);
    for (const packs::PackRuleDefinition &d : twinPack.rules) {
        const packs::PackRule rule(d);
        int found = 0;
        const bench::Timing t = timeChecks(runs, {&rule}, context, &found);
        bench::printRow(d.info.id, t, QStringLiteral("%1 findings").arg(found));
    }
    return 0;
}
