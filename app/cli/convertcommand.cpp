// lintel-cli convert IN OUT: between YAML and .lintel, by extension. Into an
// existing .lintel it adds a revision; YAML to YAML rewrites canonically.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "model/io/modelfile.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"

#include <QFileInfo>
#include <memory>

namespace lintel::cli {

namespace {

struct ConvertArguments {
    std::string input;
    std::string output;
    std::string message;
    std::string author;
};

int runConvert(const ConvertArguments &args)
{
    const QString in = fromArgument(args.input);
    const QString out = fromArgument(args.output);
    for (const QString &path : {in, out}) {
        if (modelFileFormat(path) == ModelFileFormat::Unknown) {
            printError(Diagnostic{path, 0, 0,
                                  QStringLiteral("unsupported file type (expected .yaml, .yml or .lintel)")}
                           .toString());
            return kExitError;
        }
    }
    const std::optional<Model> model = loadModelOrReport(in);
    if (!model)
        return kExitError;

    if (modelFileFormat(out) == ModelFileFormat::Yaml) {
        QString error;
        if (!writeYamlFile(*model, out, &error)) {
            printError(error);
            return kExitError;
        }
        return kExitOk;
    }
    const QString author = args.author.empty() ? defaultAuthor() : QString::fromStdString(args.author);
    const QString message = args.message.empty()
        ? QStringLiteral("Converted from %1").arg(QFileInfo(in).fileName())
        : QString::fromStdString(args.message);
    Diagnostic error;
    if (saveRevision(out, *model, author, message, &error) == 0) {
        printError(error.toString());
        return kExitError;
    }
    return kExitOk;
}

}  // namespace

Command setupConvertCommand(CLI::App &parent)
{
    auto args = std::make_shared<ConvertArguments>();
    CLI::App *cmd = parent.add_subcommand(
        "convert", "Convert between YAML and .lintel (an existing .lintel gains a revision)");
    cmd->add_option("IN", args->input, "The model to read: .yaml, .yml or .lintel (latest revision)")
        ->required();
    cmd->add_option("OUT", args->output,
                    "Where to write: .yaml/.yml (replaced, canonical form) or .lintel "
                    "(created, or a revision is added)")
        ->required();
    cmd->add_option("-m,--message", args->message,
                    "Revision message for .lintel output (default: \"Converted from IN\")");
    cmd->add_option("--author", args->author, "Revision author for .lintel output (default: $USER)");
    return {cmd, [args] { return runConvert(*args); }};
}

}  // namespace lintel::cli
