// lintel-cli rules: the rule catalogue, for finding ids to disable or accept.
//   rules                   built-in rules: ID  SEVERITY  TITLE
//   rules list [--rules P]  built-in and pack rules with their origin
//   rules test PACK...      run the packs' tests (docs/rule-packs.md)
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/packsupport.h"
#include "app/cli/standardoutput.h"
#include "model/rules/packs/packtests.h"
#include "model/rules/validator.h"

#include <memory>

namespace lintel::cli {

namespace {

struct RulesArguments {
    std::vector<std::string> packs;  // rules list --rules, rules test PACK...
    std::string model;               // rules list --model: its packs too
};

struct ListedRule {
    RuleInfo info;
    QString origin;
};

int printRules(const std::vector<ListedRule> &rules, bool withOrigin)
{
    qsizetype idWidth = 0, originWidth = 0;
    for (const ListedRule &rule : rules) {
        idWidth = std::max(idWidth, rule.info.id.size());
        originWidth = std::max(originWidth, rule.origin.size());
    }
    for (const ListedRule &rule : rules) {
        QString line = QStringLiteral("%1  %2  ").arg(rule.info.id, -int(idWidth)).arg(enumName(rule.info.defaultSeverity), -7);
        if (withOrigin)
            line += QStringLiteral("%1  ").arg(rule.origin, -int(originWidth));
        line += rule.info.title + u'\n';
        if (!writeStdout(line.toUtf8()))
            break;  // main() reports the failed write
    }
    return kExitOk;
}

std::vector<ListedRule> builtinListed()
{
    std::vector<ListedRule> out;
    for (const RuleInfo &rule : ruleCatalogue())
        out.push_back({rule, QStringLiteral("built-in")});
    return out;
}

int runList(const RulesArguments &args)
{
    std::optional<Model> model;
    const QString modelPath = fromArgument(args.model);
    if (!args.model.empty() && !(model = loadModelOrReport(modelPath)))
        return kExitError;
    const auto loaded = loadPacksOrReport(model ? &*model : nullptr, modelPath, args.packs);
    if (!loaded)
        return kExitError;
    std::vector<ListedRule> rules = builtinListed();
    for (const packs::RulePack &pack : loaded->packs)
        for (const packs::PackRuleDefinition &d : pack.rules)
            rules.push_back({d.info, QStringLiteral("%1:%2").arg(d.file).arg(d.loc.line)});
    return printRules(rules, true);
}

int runTest(const RulesArguments &args)
{
    const auto loaded = loadPacksOrReport(nullptr, {}, args.packs);
    if (!loaded)
        return kExitError;
    const packs::PackTestReport report = packs::runPackTests(*loaded);
    int failed = 0;
    for (const packs::PackTestResult &r : report.results) {
        QString line = QStringLiteral("%1 %2:%3:%4: %5\n")
                           .arg(r.passed() ? QStringLiteral("PASS") : QStringLiteral("FAIL"), r.file)
                           .arg(r.loc.line)
                           .arg(r.loc.column)
                           .arg(r.name);
        for (const QString &failure : r.failures)
            line += QStringLiteral("     %1\n").arg(failure);
        failed += r.passed() ? 0 : 1;
        if (!writeStdout(line.toUtf8()))
            return kExitError;
    }
    for (const packs::UntestedRule &u : report.untested) {
        const QString line = QStringLiteral("UNTESTED %1:%2:%3: rule %4 has no test expecting or ruling out its findings\n")
                                 .arg(u.file)
                                 .arg(u.loc.line)
                                 .arg(u.loc.column)
                                 .arg(u.rule);
        if (!writeStdout(line.toUtf8()))
            return kExitError;
    }
    printError(QStringLiteral("%1 tests, %2 failed, %3 rules without a test")
                   .arg(report.results.size())
                   .arg(failed)
                   .arg(report.untested.size()));
    return failed > 0 || !report.untested.empty() ? kExitFindings : kExitOk;
}

}  // namespace

Command setupRulesCommand(CLI::App &parent)
{
    auto args = std::make_shared<RulesArguments>();
    CLI::App *cmd = parent.add_subcommand("rules", "List the rules; list pack rules; run the tests of rule packs");
    cmd->footer("Without a subcommand: the built-in rules, one a line, columns separated by spaces:\n"
                "ID  SEVERITY  TITLE (ids and severities contain no spaces, so `awk '{print $1}'`\n"
                "gives the ids).");
    cmd->require_subcommand(0, 1);

    CLI::App *list = cmd->add_subcommand("list", "Built-in and pack rules: ID  SEVERITY  ORIGIN  TITLE");
    list->add_option("--rules", args->packs, "A rule pack to list as well (repeatable)");
    list->add_option("--model", args->model, "List the packs this model names in rules.packs as well");
    list->footer("ORIGIN is `built-in` or FILE:LINE of the rule in its pack.\n"
                 "Exit status: 0, or 2 when a pack or the model cannot be loaded.");

    CLI::App *test = cmd->add_subcommand("test", "Run the tests: sections of rule packs, one line a test");
    test->add_option("PACK", args->packs, "Rule pack files")->required();
    test->footer("Each test prints PASS or FAIL with its place and name, and why it failed.\n"
                 "A pack rule that no test expects or rules out prints UNTESTED.\n"
                 "Exit status: 0 all passed; 1 a test failed or a rule has no test;\n"
                 "2 a pack could not be loaded (its problems as FILE:LINE:COLUMN: message).");

    return {cmd, [cmd, list, test, args] {
                if (list->parsed())
                    return runList(*args);
                if (test->parsed())
                    return runTest(*args);
                Q_UNUSED(cmd);
                return printRules(builtinListed(), false);
            }};
}

}  // namespace lintel::cli
