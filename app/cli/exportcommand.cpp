// lintel-cli export KIND MODEL -o DIR: runs one exporter (or `all` of them)
// from the registry in exporters/exporter.h. The sub-commands and their
// options are built from the registry, so a new exporter needs no change here.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/exportoptions.h"
#include "app/cli/handoverdrift.h"
#include "app/cli/packsupport.h"
#include "app/cli/standardoutput.h"
#include "exporters/exporter.h"
#include "model/rules/validator.h"

#include <QDir>
#include <QFileInfo>
#include <memory>

namespace lintel::cli {

namespace {

// What one `export KIND` (or `export all`) sub-command was given.
struct ExportArguments {
    CLI::App *command = nullptr;  // `export KIND` or `export all`
    std::vector<Exporter *> exporters;
    std::string model;
    std::string output;
    std::string asOf;
    TypedExportOptions options;
};

// Passes every file on to the output folder and prints its path as soon as
// it is written, so a failure later still leaves a record of what exists.
// A stdout that fails does not stop the export: the files are whole and in
// place, and main() reports the lost list with exit 2 (ADR 0016).
class PrintingSink final : public OutputSink {
public:
    explicit PrintingSink(const QString &folder) : m_folder(folder) {}
    bool write(const QString &relativePath, const Writer &writer, QString *error) override
    {
        if (!m_folder.write(relativePath, writer, error)) {
            m_writeFailed = true;
            return false;
        }
        if (writeStdout(QDir::cleanPath(QDir(m_folder.folder()).filePath(relativePath)).toUtf8() + '\n'))
            flushStdout();
        return true;
    }
    // A file could not be written (full disk, no permission...): exit 2,
    // as for any failed write, rather than 1 for an exporter's own failure.
    bool writeFailed() const { return m_writeFailed; }
private:
    FolderSink m_folder;
    bool m_writeFailed = false;
};

const char kOptionHelp[] =
    "Every exporter option can also be given as --option NAME=VALUE (a flag as\n"
    "--option NAME); with 'export all', --option KIND.NAME=VALUE sets it for one\n"
    "exporter only. Options that take a LIST may be repeated or comma-separated.";

const char kExitHelp[] = R"(Output: each file written, one path a line on stdout; exporter notes on stderr.

Exit status:
  0  every file was written
  1  an exporter failed (its message is on stderr)
  2  usage error, a file could not be written, the model could not be
     loaded (its problems are printed on stderr as FILE:LINE:COLUMN: message),
     or stdout could not be written (the files are still written))";

QDate asOfDate(const std::string &asOf)
{
    return asOf.empty() ? QDate::currentDate()
                        : QDate::fromString(QString::fromStdString(asOf), QStringLiteral("yyyy-MM-dd"));
}

bool outputFolderUsable(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists() || info.isDir())
        return true;
    printError(Diagnostic{folder, 0, 0, QStringLiteral("exists and is not a folder")}.toString());
    return false;
}

int runExport(const ExportArguments &args)
{
    std::map<QString, QMap<QString, QString>> options;
    QString usageError;
    if (!resolveExportOptions(args.exporters, args.options, options, &usageError)) {
        printError(usageError);
        return kExitError;
    }
    const QString folder = fromArgument(args.output);
    if (!outputFolderUsable(folder))
        return kExitError;
    const QString path = fromArgument(args.model);
    const std::optional<Model> model = loadModelOrReport(path);
    if (!model)
        return kExitError;

    // Findings are part of what gets documented, so a model with findings
    // still exports; they are judged as of the same day as `validate` would.
    // The model's own rule packs run too: their findings and rules are part
    // of the handover pack. A broken pack stops the export like a broken model.
    const auto packs = loadPacksOrReport(&*model, path, {});
    if (!packs)
        return kExitError;
    ValidationOptions validation;
    validation.sourceFile = path;
    validation.asOf = asOfDate(args.asOf);
    validation.packRules = packs->rules();
    std::vector<RuleInfo> packRules;
    for (const auto &rule : validation.packRules)
        packRules.push_back(rule->info());
    const Findings findings = validate(*model, validation);

    // `handover --drift DIR` (or `all --option handover.drift=DIR`).
    std::optional<ContractChecks> contractChecks;
    for (Exporter *exporter : args.exporters) {
        const QString driftFolder = options[exporter->id()].value(QStringLiteral("drift"));
        if (driftFolder.isEmpty() || contractChecks)
            continue;
        contractChecks = checkContractsAgainstFolder(*model, driftFolder);
        if (!contractChecks)
            return kExitError;
    }

    PrintingSink sink(folder);
    bool failed = false;
    for (Exporter *exporter : args.exporters) {
        const ExportContext context{*model, findings, options[exporter->id()], path, validation.asOf, {}, nullptr,
                                    packRules, contractChecks ? &*contractChecks : nullptr};
        QStringList messages;
        QString error;
        const bool ok = exporter->run(context, sink, messages, &error);
        const QString prefix = exporter->id() + QStringLiteral(": ");
        for (const QString &message : messages)  // some exporters name themselves already
            printError(message.startsWith(prefix) ? message : prefix + message);
        if (!ok) {
            printError(QStringLiteral("%1: error: %2")
                           .arg(exporter->id(), error.isEmpty() ? QStringLiteral("export failed") : error));
            failed = true;
        }
    }
    if (sink.writeFailed())
        return kExitError;
    return failed ? kExitFindings : kExitOk;
}

QString exporterIds()
{
    QStringList ids;
    for (const auto &exporter : exporters())
        ids << exporter->id();
    return ids.join(QStringLiteral(", ")) + QStringLiteral(" or all");
}

// Runs the `export` sub-command that was chosen, or explains what is wrong
// with the command line (exit 2).
int runExportCommand(CLI::App &exportCommand,
                     const std::vector<std::shared_ptr<ExportArguments>> &subcommands)
{
    const std::vector<std::string> extras = exportCommand.remaining();
    for (const auto &args : subcommands) {
        if (!args->command->parsed())
            continue;
        if (!extras.empty()) {
            printError(QStringLiteral("export %1: unexpected argument '%2'\nRun with --help for more information.")
                           .arg(QString::fromStdString(args->command->get_name()), fromArgument(extras.front())));
            return kExitError;
        }
        return runExport(*args);
    }
    printError(extras.empty() ? QStringLiteral("export: name what to export: %1").arg(exporterIds())
                              : QStringLiteral("export: unknown exporter '%1' (use %2)")
                                    .arg(fromArgument(extras.front()), exporterIds()));
    printError(QStringLiteral("Run 'lintel-cli export --help' for more information."));
    return kExitError;
}

QString optionHelp(const DeclaredExportOption &declared, bool namesExporters)
{
    QString help = declared.option.help;
    if (!declared.option.defaultValue.isEmpty())
        help += QStringLiteral(" (default: %1)").arg(declared.option.defaultValue);
    if (namesExporters)
        help += QStringLiteral(" [%1]").arg(declared.exporterIds.join(QStringLiteral(", ")));
    return help;
}

// Declares one long option per exporter option on `cmd`.
void addExporterOptions(CLI::App *cmd, ExportArguments &args, bool namesExporters)
{
    for (const DeclaredExportOption &declared : declaredExportOptions(args.exporters)) {
        const ExportOption &option = declared.option;
        if (isReservedExportOptionName(option.name))
            continue;  // still reachable with --option
        const std::string name = "--" + option.name.toStdString();
        const std::string help = optionHelp(declared, namesExporters).toStdString();
        CLI::Option *added = nullptr;
        if (option.valueName.isEmpty()) {
            added = cmd->add_flag(name, help);
        } else {
            added = cmd->add_option(name, help)->type_name(option.valueName.toStdString());
            if (isListOption(option))
                added->delimiter(',')->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        }
        args.options.named[option.name] = added;
    }
}

void addExportSubcommand(CLI::App *parent, const std::string &name, const std::string &description,
                         std::vector<Exporter *> exporters, std::vector<std::shared_ptr<ExportArguments>> &all)
{
    auto args = std::make_shared<ExportArguments>();
    args->exporters = std::move(exporters);
    CLI::App *cmd = parent->add_subcommand(name, description);
    args->command = cmd;
    cmd->add_option("MODEL", args->model, "The model: .yaml, .yml or .lintel (latest revision)")->required();
    cmd->add_option("-o,--output", args->output, "The folder to write into (created when missing)")
        ->required()
        ->type_name("DIR");
    cmd->add_option("--as-of", args->asOf,
                    "Judge findings (API sunsets, accepted-risk expiry) as of this day (default: today)")
        ->check(isoDateValidator());
    cmd->add_option("--option", args->options.generic,
                    args->exporters.size() > 1 ? "Set an exporter option: [KIND.]NAME[=VALUE] (repeatable)"
                                               : "Set an exporter option: NAME[=VALUE] (repeatable)")
        ->type_name("NAME=VALUE");
    addExporterOptions(cmd, *args, args->exporters.size() > 1);
    cmd->footer(std::string(kOptionHelp) + "\n\n" + kExitHelp);
    all.push_back(args);
}

// The `export --help` footer: every exporter with its options, so one help
// page shows everything that can be exported and how.
std::string exportersHelp()
{
    QString text = QStringLiteral("Exporters (KIND) and their options:\n");
    for (const auto &exporter : exporters()) {
        text += QStringLiteral("  %1: %2\n").arg(exporter->id(), exporter->description());
        for (const ExportOption &o : exporter->options()) {
            const QString usage = o.valueName.isEmpty() ? QStringLiteral("--%1").arg(o.name)
                                                        : QStringLiteral("--%1 %2").arg(o.name, o.valueName);
            text += QStringLiteral("      %1  %2%3\n")
                        .arg(usage, o.help,
                             o.defaultValue.isEmpty() ? QString()
                                                      : QStringLiteral(" (default: %1)").arg(o.defaultValue));
        }
    }
    return (text + u'\n' + QLatin1String(kOptionHelp) + u'\n'
            + QStringLiteral("Run 'lintel-cli export KIND --help' for the options of one exporter."))
        .toStdString();
}

}  // namespace

Command setupExportCommand(CLI::App &parent)
{
    CLI::App *cmd = parent.add_subcommand("export", "Write diagrams, ADRs, OpenAPI stubs or the handover pack");
    cmd->footer(exportersHelp());

    auto chosen = std::make_shared<std::vector<std::shared_ptr<ExportArguments>>>();
    std::vector<Exporter *> everyExporter;
    for (const auto &exporter : exporters()) {
        everyExporter.push_back(exporter.get());
        addExportSubcommand(cmd, exporter->id().toStdString(), exporter->title().toStdString(),
                            {exporter.get()}, *chosen);
    }
    addExportSubcommand(cmd, "all", "Run every exporter into the same folder", everyExporter, *chosen);
    // Not require_subcommand(1): CLI11 would then answer an unknown KIND with
    // a bare "A subcommand is required". Extras are collected and turned into
    // clearer usage errors by runExportCommand. Set after the sub-commands
    // were added, which would otherwise inherit it and accept anything.
    cmd->allow_extras();

    // Drawing PNG and PDF needs fonts, hence a QGuiApplication (offscreen
    // when there is no display; main.cpp takes care of that).
    Command command{cmd, [cmd, chosen] { return runExportCommand(*cmd, *chosen); }};
    command.needsGuiApplication = true;
    return command;
}

}  // namespace lintel::cli
