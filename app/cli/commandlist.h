// Every lintel-cli command, in the order --help lists them. To add one,
// write <name>command.cpp defining `Command setupNameCommand(CLI::App &parent)`
// (see command.h), add the file to CMakeLists.txt and add one line here.
// No include guard: main.cpp includes this list twice with different macros.
LINTEL_CLI_COMMAND(setupValidateCommand)
LINTEL_CLI_COMMAND(setupTransitionCommand)
LINTEL_CLI_COMMAND(setupConvertCommand)
LINTEL_CLI_COMMAND(setupRevisionsCommand)
LINTEL_CLI_COMMAND(setupShowCommand)
LINTEL_CLI_COMMAND(setupRulesCommand)
LINTEL_CLI_COMMAND(setupExportCommand)
LINTEL_CLI_COMMAND(setupImportCommand)
LINTEL_CLI_COMMAND(setupDriftCommand)
LINTEL_CLI_COMMAND(setupDiffCommand)
LINTEL_CLI_COMMAND(setupMergeCommand)
LINTEL_CLI_COMMAND(setupGitSetupCommand)
LINTEL_CLI_COMMAND(setupGitDiffCommand)
