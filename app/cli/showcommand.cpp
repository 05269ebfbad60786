// lintel-cli show FILE.lintel [--revision N] [-o OUT.yaml]: one revision of a
// document as YAML, to look at the model as it was then.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/standardoutput.h"
#include "model/io/modelfile.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"

#include <memory>

namespace lintel::cli {

namespace {

struct ShowArguments {
    std::string file;
    int revision = 0;  // 0: the latest
    std::string output;
};

int runShow(const ShowArguments &args)
{
    const QString path = fromArgument(args.file);
    const QString out = fromArgument(args.output);
    if (!out.isEmpty() && modelFileFormat(out) != ModelFileFormat::Yaml) {
        printError(Diagnostic{out, 0, 0, QStringLiteral("show writes YAML: use a .yaml or .yml name "
                                                        "(or 'convert' to make a .lintel)")}
                       .toString());
        return kExitError;
    }
    Diagnostic error;
    const auto document = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    std::optional<Model> model;
    if (document)
        model = args.revision > 0 ? document->loadRevision(args.revision, &error)
                                  : document->loadLatest(&error);
    if (!model) {
        printError(error.toString());
        return kExitError;
    }
    if (out.isEmpty()) {
        writeStdout(writeYaml(*model));  // checked in main()
        return kExitOk;
    }
    QString writeError;
    if (!writeYamlFile(*model, out, &writeError)) {
        printError(writeError);
        return kExitError;
    }
    return kExitOk;
}

}  // namespace

Command setupShowCommand(CLI::App &parent)
{
    auto args = std::make_shared<ShowArguments>();
    CLI::App *cmd = parent.add_subcommand("show", "Print or save one revision of a .lintel document as YAML");
    cmd->add_option("FILE", args->file, "The .lintel document")->required();
    cmd->add_option("-r,--revision", args->revision, "Revision number (default: the latest)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("-o,--output", args->output, "Write the YAML to this file instead of stdout");
    return {cmd, [args] { return runShow(*args); }};
}

}  // namespace lintel::cli
