// lintel-cli drift MODEL (--api ID SPEC | --all DIR) [--format text|json|sarif]:
// compares API contracts of the model with the provider's OpenAPI
// documents. Exit 0 when nothing drifted, 1 when something did, 2 when the
// model or a document could not be read.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/driftreport.h"
#include "importers/drift/driftfolder.h"

#include <memory>

namespace lintel::cli {

namespace {

struct DriftArguments {
    std::string model;
    std::string api;
    std::string spec;
    std::string all;
    std::string format = "text";
};

std::optional<Api> readSpec(const QString &path)
{
    Diagnostics errors;
    std::optional<Api> api = readContractDocument(path, errors);
    printDiagnostics(errors);
    return api;
}

int runDrift(const DriftArguments &args)
{
    const QString modelPath = fromArgument(args.model);
    const std::optional<Model> model = loadModelOrReport(modelPath);
    if (!model)
        return kExitError;
    std::vector<DriftPair> pairs;
    if (!args.all.empty()) {
        const FolderDrift folder = driftAgainstFolder(*model, fromArgument(args.all));
        printDiagnostics(folder.errors);
        for (const QString &note : folder.notes)
            printError(note);
        if (!folder.errors.empty())
            return kExitError;
        for (const DocumentDrift &d : folder.matched)
            pairs.push_back({d.apiId, d.document, d.drifts});
    } else {
        const QString id = fromArgument(args.api);
        const auto contract = std::find_if(model->apis.begin(), model->apis.end(), [&](const Api &a) { return a.id == id; });
        if (contract == model->apis.end()) {
            printError(Diagnostic{modelPath, 0, 0, QStringLiteral("has no API contract \"%1\"").arg(id)}.toString());
            return kExitError;
        }
        const QString specPath = fromArgument(args.spec);
        const std::optional<Api> spec = readSpec(specPath);
        if (!spec)
            return kExitError;
        pairs.push_back({contract->id, specPath, compareContracts(*contract, *spec)});
    }
    const bool written = args.format == "json"    ? writeDriftJson(pairs, modelPath)
                         : args.format == "sarif" ? writeDriftSarif(pairs, modelPath)
                                                  : writeDriftText(pairs, modelPath);
    if (!written)
        return kExitError;
    const bool drifted = std::any_of(pairs.begin(), pairs.end(), [](const DriftPair &p) { return !p.drifts.empty(); });
    return drifted ? kExitFindings : kExitOk;
}

}  // namespace

Command setupDriftCommand(CLI::App &parent)
{
    auto args = std::make_shared<DriftArguments>();
    CLI::App *cmd = parent.add_subcommand(
        "drift", "Compare API contracts of a model with OpenAPI documents (exit 1 when they differ)");
    cmd->add_option("MODEL", args->model, "The model: .yaml, .yml or .lintel (latest revision)")->required();
    auto *api = cmd->add_option("--api", args->api, "The contract to compare (its id), with SPEC");
    auto *spec = cmd->add_option("SPEC", args->spec, "The OpenAPI document to compare --api with");
    auto *all = cmd->add_option("--all", args->all,
                                "A folder of OpenAPI documents, each compared with the contract imported from it "
                                "(x-source) or named like its title");
    api->needs(spec);
    spec->needs(api);
    all->excludes(api);
    all->excludes(spec);
    cmd->add_option("--format", args->format, "text (default), json or sarif")
        ->check(CLI::IsMember({"text", "json", "sarif"}));
    cmd->callback([cmd] {
        if (cmd->count("--all") == 0 && cmd->count("--api") == 0)
            throw CLI::RequiredError("--api ID SPEC or --all DIR");
    });
    return {cmd, [args] { return runDrift(*args); }};
}

}  // namespace lintel::cli
