// lintel-cli transition MODEL: where the model's transition stands, for a
// status meeting or a CI gate on the transition rules' findings.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/packsupport.h"
#include "app/cli/transitionreport.h"
#include "model/rules/validator.h"

#include <memory>

namespace lintel::cli {

namespace {

struct TransitionArguments {
    std::string model;
    std::string format = "text";
    std::string failOn = "error";
    std::string asOf;
    std::vector<std::string> packs;
};

const char kHelp[] = R"(Output (--format):
  text   The phases against their plan with the as-of day marked, the
         ownership stage per element and per team (with a bar: one digit per
         element, most advanced first, '.' for no stage), knowledge transfer
         and definition of done with the open items, each leaving team's exit
         checklist, and the transition rules' findings.
  json   The same as one object; its shape is in docs/transition-report.md.

Only the transition rules count for --fail-on: rules whose id starts with
"handover-" or "transition-", built in or from a rule pack. A model without
a transition says so and exits 0.

Exit status:
  0  no unsuppressed transition finding at or above --fail-on
  1  at least one unsuppressed transition finding at or above --fail-on
  2  the model or a rule pack could not be loaded (its problems are printed
     on stderr as FILE:LINE:COLUMN: message), the command line is wrong, or
     stdout could not be written)";

bool isTransitionRule(const QString &id)
{
    return id.startsWith(QLatin1String("handover-")) || id.startsWith(QLatin1String("transition-"));
}

bool failsAt(const Findings &findings, const std::string &failOn)
{
    if (failOn == "never")
        return false;
    const auto threshold = parseEnum<Severity>(std::string_view(failOn));
    for (const Finding &f : findings)
        if (!f.suppressed && threshold && int(f.severity) <= int(*threshold))  // most severe first
            return true;
    return false;
}

int runTransition(const TransitionArguments &args)
{
    const QString path = fromArgument(args.model);
    const std::optional<Model> model = loadModelOrReport(path);
    if (!model)
        return kExitError;
    const auto loaded = loadPacksOrReport(&*model, path, args.packs);
    if (!loaded)
        return kExitError;

    ValidationOptions options;
    options.sourceFile = path;
    options.packRules = loaded->rules();
    if (!args.asOf.empty())
        options.asOf = QDate::fromString(QString::fromStdString(args.asOf), QStringLiteral("yyyy-MM-dd"));
    Findings findings = validate(*model, options);
    std::erase_if(findings, [](const Finding &f) { return !isTransitionRule(f.rule); });

    const bool present = transition::hasTransition(*model);
    std::optional<transition::TransitionSummary> summary;
    if (present)
        summary = transition::summarizeTransition(*model, options.asOf);

    // A failed write is reported by main(), which then exits 2.
    if (args.format == "json")
        writeTransitionJson(summary ? &*summary : nullptr, findings, path, options.asOf);
    else if (summary)
        writeTransitionText(*summary, findings, path);
    else
        printError(QStringLiteral("%1: the model has no transition").arg(path));
    return failsAt(findings, args.failOn) ? kExitFindings : kExitOk;
}

}  // namespace

Command setupTransitionCommand(CLI::App &parent)
{
    auto args = std::make_shared<TransitionArguments>();
    CLI::App *cmd = parent.add_subcommand("transition", "Summarise the model's transition: phases, stages, exit");
    cmd->add_option("MODEL", args->model, "The model: .yaml, .yml or .lintel (latest revision)")->required();
    cmd->add_option("--format", args->format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd->add_option("--fail-on", args->failOn,
                    "Exit with 1 when an unsuppressed transition finding is at least this severe")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}))
        ->capture_default_str();
    cmd->add_option("--as-of", args->asOf, "Judge the phases and rules as of this day (default: today)")
        ->check(isoDateValidator());
    cmd->add_option("--rules", args->packs, "A rule pack to run as well as the model's own (repeatable)");
    cmd->footer(kHelp);
    return {cmd, [args] { return runTransition(*args); }};
}

}  // namespace lintel::cli
