// lintel-cli: checks, converts, inspects and exports architecture models
// without the editor, for CI pipelines and scripts. This file only dispatches; each
// command lives in its own file.
#include "app/cli/command.h"
#include "app/cli/standardoutput.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <iostream>
#include <memory>
#include <sstream>
#include <vector>

namespace lintel::cli {

#define LINTEL_CLI_COMMAND(setup) Command setup(CLI::App &parent);
#include "app/cli/commandlist.h"
#undef LINTEL_CLI_COMMAND

static constexpr CommandSetup kCommands[] = {
#define LINTEL_CLI_COMMAND(setup) &setup,
#include "app/cli/commandlist.h"
#undef LINTEL_CLI_COMMAND
};

static const char kFooter[] = R"(Exit status:
  0  success (validate: no unsuppressed finding at or above --fail-on)
  1  validate found findings at or above --fail-on (transition: such findings
     of the transition rules); export: an exporter failed;
     diff: the versions differ (or, with --fail-on, the change introduces
     such findings); merge: conflicts were recorded
  2  usage error, a model that cannot be loaded, or a file or standard output
     that cannot be written

Run 'lintel-cli COMMAND --help' for the options of a command.)";

// CI containers often run without a login session, so Qt warns on every
// GUI start that XDG_RUNTIME_DIR is unset. lintel-cli never uses that folder;
// the warning would only bury the messages a user needs, so it is dropped.
// Every other Qt message goes through unchanged.
static QtMessageHandler g_qtMessageHandler = nullptr;

static void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_qtMessageHandler(type, context, message);
}

// Qt wants an application object for files, text codecs and (exporters)
// fonts. A GUI one needs a platform plugin: default to offscreen so CI
// machines without a display work.
static std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool gui)
{
    if (!gui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_qtMessageHandler = qInstallMessageHandler(dropRuntimeDirWarning);
    return std::make_unique<QGuiApplication>(argc, argv);
}

static int run(int argc, char **argv)
{
    CLI::App app{"Checks, converts, inspects and exports Lintel architecture models.", "lintel-cli"};
    app.set_version_flag("--version", std::string("lintel-cli ") + LINTEL_VERSION);
    app.require_subcommand(1);
    app.footer(kFooter);

    std::vector<Command> commands;
    for (CommandSetup setup : kCommands)
        commands.push_back(setup(app));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        // Help, the version, or the error with a pointer to --help. What
        // CLI11 means for stdout goes through writeStdout, checked as all is.
        std::ostringstream out;
        const int status = app.exit(e, out, std::cerr);
        writeStdout(out.str());
        return status == 0 ? kExitOk : kExitError;
    }
    for (const Command &command : commands) {
        if (command.app->parsed()) {
            const auto application = makeApplication(argc, argv, command.needsGuiApplication);
            return command.run();
        }
    }
    return kExitError;  // unreachable: require_subcommand(1)
}

}  // namespace lintel::cli

int main(int argc, char **argv)
{
    lintel::cli::treatBrokenPipeAsWriteError();
    // Every path out of run(), --help included, has its stdout checked here.
    return lintel::cli::finishStdout(lintel::cli::run(argc, argv));
}
