// lintel-cli validate MODEL: runs the rules and reports findings as
// compiler-style text, JSON or SARIF, with an exit status CI can gate on.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/findingreports.h"
#include "app/cli/modelsides.h"
#include "app/cli/packsupport.h"
#include "app/cli/sarifreport.h"
#include "app/cli/standardoutput.h"
#include "model/rules/validator.h"

#include <memory>

namespace lintel::cli {

namespace {

struct ValidateArguments {
    std::string model;
    std::string format = "text";
    std::string failOn = "error";
    std::string asOf;
    std::string baseline;
    std::vector<std::string> packs;
    bool explain = false;
};

const char kHelp[] = R"(Output (--format):
  text   One unsuppressed finding a line on stdout, like a compiler:
           FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]
         or FILE: SEVERITY: MESSAGE [RULE] when the finding has no location
         (models read from .lintel carry none). Findings covered by an
         accepted risk are not printed; a summary line on stderr counts them.
  json   {"findings": [{"rule", "severity", "targets", "message", "file",
         "line", "column", "fingerprint", "suppressed"}], "summary": {"error",
         "warning", "info", "suppressed"}} on stdout. Every finding is listed;
         line and column are 0 when unknown. Summary counts by severity leave
         out suppressed findings, which are counted apart. Findings of pack
         rules also have "explanation": the lines --explain prints.
  sarif  SARIF 2.1.0 on stdout for code scanning; suppressed findings carry a
         suppression. Paths are relative to the working directory.

With --baseline OLD (FILE, FILE@N or REV:PATH, as for `diff`), findings OLD
also has are marked unchanged (text: a trailing (unchanged); json and
sarif: "baselineState") and do not count for --fail-on; SARIF also lists
OLD's findings that are gone, as absent.

Exit status:
  0  no unsuppressed finding at or above --fail-on
  1  at least one unsuppressed finding at or above --fail-on
  2  the model or a rule pack could not be loaded (its problems are printed on stderr as
     FILE:LINE:COLUMN: message), the command line is wrong, or stdout could
     not be written (a full disk, a closed pipe))";

std::vector<SarifExtension> packRulesForSarif(const packs::LoadedPacks &loaded)
{
    std::vector<SarifExtension> out;
    for (const packs::RulePack &pack : loaded.packs) {
        SarifExtension e{pack.file, {}};
        for (const packs::PackRuleDefinition &d : pack.rules)
            e.rules.push_back(d.info);
        out.push_back(std::move(e));
    }
    return out;
}

// `states` (with a baseline): findings the baseline had do not count.
bool failsAt(const Findings &findings, const std::string &failOn, const std::vector<BaselineState> &states)
{
    if (failOn == "never")
        return false;
    const auto threshold = parseEnum<Severity>(std::string_view(failOn));
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        const bool known = !states.empty() && states[i] == BaselineState::Unchanged;
        if (!f.suppressed && !known && threshold && int(f.severity) <= int(*threshold))  // most severe first
            return true;
    }
    return false;
}

int runValidate(const ValidateArguments &args)
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
    const Findings findings = validate(*model, options);

    std::vector<BaselineState> states;  // empty: no baseline
    std::optional<SarifBaseline> sarifBaseline;
    if (!args.baseline.empty()) {
        const std::optional<ModelSide> old = loadSideOrReport(fromArgument(args.baseline));
        if (!old)
            return kExitError;
        ValidationOptions oldOptions = options;
        oldOptions.sourceFile = old->label;
        const Findings oldFindings = validate(old->model, oldOptions);
        states = baselineStates(findings, oldFindings);
        const QSet<QString> now = countedFingerprints(findings);
        sarifBaseline = SarifBaseline{states, {}, old->label};
        for (const Finding &f : oldFindings)
            if (!f.suppressed && !now.contains(f.fingerprint))
                sarifBaseline->absent.push_back(f);
    }

    // A failed write stops the report; main() says why and exits 2.
    if (args.format == "json") {
        writeFindingsJson(findings, path, states.empty() ? nullptr : &states);
    } else if (args.format == "sarif") {
        writeFindingsSarif(findings, path, sarifBaseline ? &*sarifBaseline : nullptr, packRulesForSarif(*loaded));
    } else {
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const Finding &f = findings[i];
            if (f.suppressed)
                continue;
            const bool unchanged = !states.empty() && states[i] == BaselineState::Unchanged;
            QByteArray text = (findingLine(f, path) + (unchanged ? QStringLiteral(" (unchanged)") : QString())).toUtf8()
                              + '\n';
            if (args.explain)
                for (const QString &line : f.explanation)
                    text += "    " + line.toUtf8() + '\n';
            if (!writeStdout(text))
                break;
        }
        printError(summaryLine(countFindings(findings), path));
    }
    return failsAt(findings, args.failOn, states) ? kExitFindings : kExitOk;
}

}  // namespace

Command setupValidateCommand(CLI::App &parent)
{
    auto args = std::make_shared<ValidateArguments>();
    CLI::App *cmd = parent.add_subcommand("validate", "Check a model against the rules");
    cmd->add_option("MODEL", args->model, "The model: .yaml, .yml or .lintel (latest revision)")
        ->required();
    cmd->add_option("--format", args->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "sarif"}))
        ->capture_default_str();
    cmd->add_option("--fail-on", args->failOn,
                    "Exit with 1 when an unsuppressed finding is at least this severe")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}))
        ->capture_default_str();
    cmd->add_option("--as-of", args->asOf,
                    "Judge API sunsets and accepted-risk expiry as of this day (default: today)")
        ->check(isoDateValidator());
    cmd->add_option("--baseline", args->baseline,
                    "An older version (FILE, FILE@N or REV:PATH): its findings are unchanged, not new");
    cmd->add_option("--rules", args->packs, "A rule pack to run as well as the model's own (repeatable)");
    cmd->add_flag("--explain", args->explain, "Under each pack finding, print which conditions decided it");
    cmd->footer(kHelp);
    return {cmd, [args] { return runValidate(*args); }};
}

}  // namespace lintel::cli
