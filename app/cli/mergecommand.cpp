// lintel-cli merge BASE OURS THEIRS -o OUT: the three-way semantic merge,
// also git's merge driver after `lintel-cli git-setup`.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/modelsides.h"
#include "model/compare/flatfields.h"
#include "model/compare/modelmerge.h"
#include "model/io/modelfile.h"
#include "model/yaml/yamlio.h"

#include <memory>

namespace lintel::cli {

namespace {

struct MergeArguments {
    std::string base, ours, theirs, output;
};

const char kHelp[] = R"(BASE, OURS and THEIRS are each FILE, FILE@N or REV:PATH (see `diff --help`).
Objects are matched by id and each field merged on its own; lists of ids
are merged as sets; a view's positions element by element.

A conflict (a field changed to different values on both sides, or an object
deleted on one side and changed on the other) keeps OURS' value and is
listed under the top-level `x-lintel-conflicts` key, which the rule
merge-conflict reports until it is resolved. Each conflict is also printed
on stderr.

OUT is written atomically and may be OURS itself (as git's merge driver
does). A .lintel OUT gets a new revision; any other name gets canonical
YAML, so the same inputs always give the same bytes.

Exit status:
  0  merged without conflict
  1  merged, with conflicts recorded in OUT
  2  an input could not be read, OUT could not be written, or the command
     line is wrong)";

bool save(const Model &model, const QString &path, QString *error)
{
    if (modelFileFormat(path) == ModelFileFormat::Lintel)
        return saveModelFile(model, path, QStringLiteral("merge"), error);
    return writeYamlFile(model, path, error);  // git's temporary files have no .yaml name
}

int runMerge(const MergeArguments &args)
{
    const std::vector<std::optional<ModelSide>> sides =
        loadSidesOrReport({fromArgument(args.base), fromArgument(args.ours), fromArgument(args.theirs)});
    const std::optional<ModelSide> &base = sides[0], &ours = sides[1], &theirs = sides[2];
    if (!base || !ours || !theirs)
        return kExitError;
    const MergeResult merged = mergeModelsRecordingConflicts(base->model, ours->model, theirs->model);
    const QString out = fromArgument(args.output);
    QString error;
    if (!save(merged.model, out, &error)) {
        printError(error);
        return kExitError;
    }
    for (const MergeConflict &c : merged.conflicts)
        printError(QStringLiteral("%1: conflict in %2 %3%4: kept ours (%5), theirs was %6")
                       .arg(out, c.section, c.id, c.field.isEmpty() ? QString() : u' ' + c.field,
                            valueText(c.ours), valueText(c.theirs)));
    if (!merged.isClean())
        printError(QStringLiteral("%1: %2 conflicts recorded under x-lintel-conflicts").arg(out).arg(merged.conflicts.size()));
    return merged.isClean() ? kExitOk : kExitFindings;
}

}  // namespace

Command setupMergeCommand(CLI::App &parent)
{
    auto args = std::make_shared<MergeArguments>();
    CLI::App *cmd = parent.add_subcommand("merge", "Merge two versions of a model made from a common base");
    cmd->add_option("BASE", args->base, "The common ancestor")->required();
    cmd->add_option("OURS", args->ours, "Our version (wins conflicts, recorded)")->required();
    cmd->add_option("THEIRS", args->theirs, "Their version")->required();
    cmd->add_option("-o,--output", args->output, "Where to write the merged model")->required();
    cmd->footer(kHelp);
    return {cmd, [args] { return runMerge(*args); }};
}

}  // namespace lintel::cli
