// lintel-cli rules: the rule catalogue, for finding ids to disable or accept.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/standardoutput.h"
#include "model/rules/validator.h"

namespace lintel::cli {

namespace {

int runRules()
{
    qsizetype idWidth = 0;
    for (const RuleInfo &rule : ruleCatalogue())
        idWidth = std::max(idWidth, rule.id.size());
    for (const RuleInfo &rule : ruleCatalogue()) {
        const QString line = QStringLiteral("%1  %2  %3\n")
                                 .arg(rule.id, -int(idWidth))
                                 .arg(enumName(rule.defaultSeverity), -7)
                                 .arg(rule.title);
        if (!writeStdout(line.toUtf8()))
            break;  // main() reports the failed write
    }
    return kExitOk;
}

}  // namespace

Command setupRulesCommand(CLI::App &parent)
{
    CLI::App *cmd = parent.add_subcommand("rules", "List the rules: id, default severity, title");
    cmd->footer("One rule a line, columns separated by spaces: ID  SEVERITY  TITLE\n"
                "(ids and severities contain no spaces, so `awk '{print $1}'` gives the ids).");
    return {cmd, [] { return runRules(); }};
}

}  // namespace lintel::cli
