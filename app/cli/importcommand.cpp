// lintel-cli import FORMAT SOURCE (-o MODEL | --into MODEL) [--prune]
// [--provider ELEMENT]: reads a document in another format and creates a
// model from it, or updates a model in place with only what the import
// owns (importers/merge/importmerge.h). One sub-command per importer in the
// registry. Nothing is written when the source is malformed or when the
// result would not load again.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/standardoutput.h"
#include "importers/importer.h"
#include "importers/merge/importmerge.h"
#include "importers/sourcetag.h"
#include "model/io/modelfile.h"
#include "model/yaml/yamlio.h"

#include <QFile>
#include <algorithm>
#include <QFileInfo>
#include <memory>
#include <vector>

namespace lintel::cli {

namespace {

struct ImportArguments {
    const Importer *importer = nullptr;
    std::string source;
    std::string output;
    std::string into;
    std::string provider;
    std::string message;
    bool prune = false;
};

std::optional<QByteArray> readSource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(Diagnostic{path, 0, 0, QStringLiteral("cannot be read: %1").arg(file.errorString())}.toString());
        return std::nullopt;
    }
    return file.readAll();
}

// --provider: the imported contracts are provided by this element, created
// as a service (owned by the import) unless the user has it. Without
// --provider a re-import keeps the provider it created before, so that
// element is not reported as gone from the source.
void tieToProvider(Model &fragment, const Model &target, QString provider)
{
    if (fragment.apis.empty())
        return;
    const std::optional<SourceTag> apiTag = sourceTagOf(fragment.apis.front().extras);
    const auto ownedByThisSource = [&](const Element &e) {
        const auto tag = sourceTagOf(e.extras);
        return tag && apiTag && tag->sameSourceAs(*apiTag) && tag->id == u"provider";
    };
    if (provider.isEmpty()) {
        for (const Element &e : target.elements)
            if (ownedByThisSource(e))
                provider = e.id;
        if (provider.isEmpty())
            return;
    }
    for (Api &api : fragment.apis)
        api.provider = provider;
    const auto existing = std::find_if(target.elements.begin(), target.elements.end(),
                                       [&](const Element &e) { return e.id == provider; });
    if (existing != target.elements.end() && !ownedByThisSource(*existing))
        return;  // the user's element: referred to, never taken over
    Element service;
    service.id = provider;
    service.name = provider;
    service.kind = ElementKind::Service;
    SourceTag tag = apiTag.value_or(SourceTag{});
    tag.id = QStringLiteral("provider");
    setSourceTag(service.extras, tag);
    fragment.elements.push_back(std::move(service));
}

void printReport(const ImportReport &report, const QString &target)
{
    QByteArray out;
    for (const ImportChange &change : report.changes)
        out += QStringLiteral("%1 %2 %3\n").arg(changeKindName(change.kind), change.what, change.id).toUtf8();
    out += QStringLiteral("%1: %2 added, %3 changed, %4 removed, %5 unchanged")
               .arg(target)
               .arg(report.count(ImportChange::Kind::Added))
               .arg(report.count(ImportChange::Kind::Changed))
               .arg(report.count(ImportChange::Kind::Removed))
               .arg(report.unchanged)
               .toUtf8();
    if (const int vanished = report.count(ImportChange::Kind::Vanished))
        out += QStringLiteral(", %1 gone from the source but kept (--prune removes them)").arg(vanished).toUtf8();
    writeStdout(out + '\n');
}

int runImport(const ImportArguments &args)
{
    const QString sourcePath = fromArgument(args.source);
    const bool into = !args.into.empty();
    const QString target = fromArgument(into ? args.into : args.output);
    if (modelFileFormat(target) == ModelFileFormat::Unknown) {
        printError(Diagnostic{target, 0, 0, QStringLiteral("unsupported file type (expected .yaml, .yml or .lintel)")}.toString());
        return kExitError;
    }
    if (!into && QFileInfo::exists(target)) {
        printError(Diagnostic{target, 0, 0, QStringLiteral("already exists; use --into to update it")}.toString());
        return kExitError;
    }
    const std::optional<QByteArray> bytes = readSource(sourcePath);
    if (!bytes)
        return kExitError;
    ImportResult imported = args.importer->read({*bytes, sourcePath});
    if (!imported.ok()) {
        printDiagnostics(imported.errors);
        return kExitError;
    }
    for (const QString &note : imported.notes)
        printError(note);

    Model model;
    if (into) {
        std::optional<Model> loaded = loadModelOrReport(target);
        if (!loaded)
            return kExitError;
        model = std::move(*loaded);
    } else {
        model.system.name = QStringLiteral("Imported from %1").arg(QFileInfo(sourcePath).fileName());
    }
    tieToProvider(imported.fragment, model, fromArgument(args.provider));
    const ImportReport report = mergeImport(model, imported.fragment, MergeOptions{args.prune});

    // What is written must load again: check the canonical text first.
    const YamlLoadResult check = readYaml(writeYaml(model), target);
    if (!check.ok()) {
        printError(QStringLiteral("%1: the import would leave the model with load errors; nothing was written:").arg(target));
        printDiagnostics(check.problems);
        return kExitError;
    }
    const QString message = args.message.empty()
        ? QStringLiteral("Imported %1 (%2)").arg(QFileInfo(sourcePath).fileName(), args.importer->id())
        : QString::fromStdString(args.message);
    QString error;
    if (!saveModelFile(model, target, message, &error)) {
        printError(error);
        return kExitError;
    }
    printReport(report, target);
    return kExitOk;
}

}  // namespace

Command setupImportCommand(CLI::App &parent)
{
    CLI::App *cmd = parent.add_subcommand("import", "Create or update a model from a document in another format");
    cmd->require_subcommand(1);
    auto chosen = std::make_shared<std::vector<std::shared_ptr<ImportArguments>>>();
    for (const auto &importer : importers()) {
        auto args = std::make_shared<ImportArguments>();
        args->importer = importer.get();
        CLI::App *sub = cmd->add_subcommand(importer->id().toStdString(), importer->description().toStdString());
        sub->add_option("SOURCE", args->source, "The document to import")->required();
        auto *out = sub->add_option("-o,--output", args->output, "Create a new model (.yaml, .yml or .lintel); it must not exist");
        auto *into = sub->add_option("--into", args->into,
                                     "Update this model in place: YAML is rewritten atomically, a .lintel gains a revision");
        out->excludes(into);
        into->excludes(out);
        sub->add_flag("--prune", args->prune, "Remove objects of this source that the document no longer has");
        sub->add_option("--provider", args->provider,
                        "The element providing the imported API contracts (created as a service when absent)");
        sub->add_option("-m,--message", args->message, "Revision message when the model is a .lintel");
        sub->callback([sub] {
            if (sub->count("--output") + sub->count("--into") == 0)
                throw CLI::RequiredError("-o MODEL or --into MODEL");
        });
        chosen->push_back(args);
    }
    return {cmd, [cmd, chosen] {
                for (const auto &args : *chosen)
                    if (cmd->got_subcommand(args->importer->id().toStdString()))
                        return runImport(*args);
                return kExitError;
            }};
}

}  // namespace lintel::cli
