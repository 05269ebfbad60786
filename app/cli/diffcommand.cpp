// lintel-cli diff OLD NEW: what changed between two versions of a model,
// and which findings the change introduced and resolved.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/diffreport.h"
#include "app/cli/modelsides.h"
#include "app/cli/sarifreport.h"
#include "app/cli/standardoutput.h"

#include <memory>

namespace lintel::cli {

namespace {

struct DiffArguments {
    std::string oldSide, newSide;
    std::string format = "text";
    std::string failOn;
    std::string asOf;
    bool layout = false;
};

const char kHelp[] = R"(Each side is one of:
  FILE       a .yaml/.yml model or a .lintel document (its latest revision)
  FILE@N     revision N of a .lintel document, as `lintel-cli revisions` lists it
  REV:PATH   a file in git, read with `git show REV:PATH` (e.g. main:model.yaml)

Objects are matched by id; reordering is no change; an object whose id
changed but whose content did not is reported as renamed. A view's moved
elements are counted ("3 elements moved"); --layout lists them.

Output (--format):
  text      for a terminal
  markdown  a pull-request comment: verdict, counts, introduced findings,
            changes by object
  json      the shape described in docs/diff-format.md
  sarif     NEW's findings, each with baselineState new or unchanged, and
            OLD's findings that are gone as absent (SARIF 2.1.0)

Exit status:
  0  the two sides are the same model    (with --fail-on: no introduced
  1  they differ                          finding at or above it / some)
  2  a side could not be read, or the command line is wrong)";

int exitStatus(const DiffReport &report, const std::string &failOn)
{
    if (failOn.empty())
        return report.diff.isEmpty() ? kExitOk : kExitFindings;
    if (failOn == "never")
        return kExitOk;
    const auto threshold = parseEnum<Severity>(std::string_view(failOn));
    return threshold && report.risk.introducedAtLeast(*threshold) > 0 ? kExitFindings : kExitOk;
}

int runDiff(const DiffArguments &args)
{
    const std::vector<std::optional<ModelSide>> sides =
        loadSidesOrReport({fromArgument(args.oldSide), fromArgument(args.newSide)});
    const std::optional<ModelSide> &oldSide = sides[0], &newSide = sides[1];
    if (!oldSide || !newSide)
        return kExitError;
    const QDate asOf = args.asOf.empty()
        ? QDate::currentDate()
        : QDate::fromString(QString::fromStdString(args.asOf), QStringLiteral("yyyy-MM-dd"));
    Findings oldFindings, newFindings;
    const DiffReport report = compareSides(*oldSide, *newSide, asOf, &oldFindings, &newFindings);

    if (args.format == "sarif") {
        SarifBaseline baseline{baselineStates(newFindings, oldFindings),
                               report.risk.resolved, oldSide->label};
        writeFindingsSarif(newFindings, newSide->label, &baseline);
    } else if (args.format == "json") {
        writeJsonAt(diffJson(report), 0) && writeStdout(std::string_view("\n"));
    } else if (args.format == "markdown") {
        writeStdout(diffMarkdown(report, args.layout).toUtf8());
    } else {
        writeStdout(diffText(report, args.layout).toUtf8());
    }
    return exitStatus(report, args.failOn);
}

}  // namespace

Command setupDiffCommand(CLI::App &parent)
{
    auto args = std::make_shared<DiffArguments>();
    CLI::App *cmd = parent.add_subcommand("diff", "Compare two versions of a model: changes and risk delta");
    cmd->add_option("OLD", args->oldSide, "The old side: FILE, FILE@N or REV:PATH")->required();
    cmd->add_option("NEW", args->newSide, "The new side: FILE, FILE@N or REV:PATH")->required();
    cmd->add_option("--format", args->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "markdown", "sarif"}))
        ->capture_default_str();
    cmd->add_option("--fail-on", args->failOn,
                    "Exit with 1 only when the change introduces a finding at least this severe")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}));
    cmd->add_flag("--layout", args->layout, "List each moved element of a view");
    cmd->add_option("--as-of", args->asOf, "Judge sunsets and accepted-risk expiry as of this day (default: today)")
        ->check(isoDateValidator());
    cmd->footer(kHelp);
    return {cmd, [args] { return runDiff(*args); }};
}

}  // namespace lintel::cli
