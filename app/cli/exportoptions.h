#pragma once
// Turning `lintel-cli export` command-line options into each exporter's
// option map. Exporters declare their options (Exporter::options()); every
// declared option becomes a long option (`--format svg,png`), and any of
// them can also be given generically as `--option [KIND.]NAME[=VALUE]`.
#include "exporters/exporter.h"

#include <CLI/CLI.hpp>
#include <QMap>
#include <QString>
#include <map>
#include <string>
#include <vector>

namespace lintel::cli {

// Option names the export command uses itself; an exporter option with one
// of these names is reachable only through --option.
bool isReservedExportOptionName(const QString &name);

// One declared option and the exporters that declare it (for `export all`,
// where several exporters may share a name such as `view`).
struct DeclaredExportOption {
    ExportOption option;
    QStringList exporterIds;
};

// The options the given exporters declare, each name once, in declaration order.
std::vector<DeclaredExportOption> declaredExportOptions(const std::vector<Exporter *> &exporters);

// A value option whose values form a comma-separated list may be repeated
// (`--format svg --format png`); any other value option may be given once.
bool isListOption(const ExportOption &option);

// What the user typed: the long options CLI11 parsed, by option name, and the
// raw `--option` arguments.
struct TypedExportOptions {
    std::map<QString, const CLI::Option *> named;
    std::vector<std::string> generic;
};

// The option map for each exporter, by exporter id. On a usage error (an
// option no chosen exporter declares, a value missing or given to a flag)
// returns false with `error` set.
bool resolveExportOptions(const std::vector<Exporter *> &exporters, const TypedExportOptions &typed,
                          std::map<QString, QMap<QString, QString>> &byExporter, QString *error);

}  // namespace lintel::cli
