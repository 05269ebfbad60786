// lintel-cli git-diff: what git runs for files `git-setup` marked.
//
// As diff.lintel.command git passes PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
// NEW-HEX NEW-MODE (and two more for a rename); this prints the semantic
// diff, as `diff` does in text. As diff.lintel.textconv (--textconv FILE) it
// prints the model as canonical YAML, so `git log -p` compares models
// rather than formatting.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/diffreport.h"
#include "app/cli/modelsides.h"
#include "app/cli/standardoutput.h"
#include "model/yaml/yamlio.h"

#include <memory>

namespace lintel::cli {

namespace {

struct GitDiffArguments {
    std::vector<std::string> arguments;
    bool textconv = false;
};

// git names a missing side /dev/null (the file was added or deleted).
std::optional<ModelSide> sideOrEmpty(const QString &file, const QString &label)
{
    if (file == QLatin1String("/dev/null"))
        return ModelSide{Model{}, label};
    std::optional<ModelSide> side = loadSideOrReport(file);
    if (side)
        side->label = label;
    return side;
}

int runGitDiff(const GitDiffArguments &args)
{
    if (args.textconv) {
        if (args.arguments.size() != 1) {
            printError(QStringLiteral("git-diff --textconv takes one FILE"));
            return kExitError;
        }
        const std::optional<ModelSide> side = loadSideOrReport(fromArgument(args.arguments[0]));
        if (!side)
            return kExitError;
        writeStdout(writeYaml(side->model));
        return kExitOk;
    }
    if (args.arguments.size() != 7 && args.arguments.size() != 9) {
        printError(QStringLiteral("git-diff takes git's 7 or 9 external-diff arguments; see --help"));
        return kExitError;
    }
    const QString path = fromArgument(args.arguments[0]);
    const QString newPath = args.arguments.size() == 9 ? fromArgument(args.arguments[7]) : path;
    const auto oldSide = sideOrEmpty(fromArgument(args.arguments[1]), QStringLiteral("a/") + path);
    const auto newSide = sideOrEmpty(fromArgument(args.arguments[4]), QStringLiteral("b/") + newPath);
    if (!oldSide || !newSide)
        return kExitError;
    const DiffReport report = compareSides(*oldSide, *newSide, QDate::currentDate());
    writeStdout(QStringLiteral("lintel diff a/%1 b/%2\n").arg(path, newPath).toUtf8());
    writeStdout(diffText(report, false).toUtf8());
    return kExitOk;  // git treats any other status as a failed diff program
}

}  // namespace

Command setupGitDiffCommand(CLI::App &parent)
{
    auto args = std::make_shared<GitDiffArguments>();
    CLI::App *cmd = parent.add_subcommand("git-diff", "git's diff driver for Lintel models (set up by git-setup)");
    cmd->add_option("ARGS", args->arguments, "What git passes")->required();
    cmd->add_flag("--textconv", args->textconv, "Print FILE as canonical YAML");
    cmd->footer("Exit status: 0, or 2 when a side cannot be read.");
    return {cmd, [args] { return runGitDiff(*args); }};
}

}  // namespace lintel::cli
