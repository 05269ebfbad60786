#pragma once
// Helpers every command shares: turning arguments into QStrings, writing to
// stderr, loading a model with its problems reported the same way. Stdout
// is written only through standardoutput.h.
#include "model/diagnostic.h"
#include "model/types.h"

#include <CLI/CLI.hpp>
#include <QByteArray>
#include <QString>
#include <optional>
#include <string>

namespace lintel::cli {

// A path or text from the command line (locale encoding, UTF-8 on Linux).
QString fromArgument(const std::string &argument);

// One line to stderr, with a newline added.
void printError(const QString &line);
void printDiagnostics(const Diagnostics &problems);

// Loads a YAML model or a .lintel document's latest revision. On failure
// prints every problem to stderr as `FILE:LINE:COLUMN: message` and returns
// nothing (the command then exits with kExitError).
std::optional<Model> loadModelOrReport(const QString &path);

// For --as-of and other dates: YYYY-MM-DD, and a real day.
CLI::Validator isoDateValidator();

}  // namespace lintel::cli
