#pragma once
// Checks on the raw bytes before YAML parsing, so an empty, binary or
// non-UTF-8 file gets a clear message instead of a confusing syntax error.
#include "model/diagnostic.h"

#include <QByteArray>
#include <optional>

namespace lintel::yaml {

std::optional<Diagnostic> checkModelText(const QByteArray &bytes, const QString &fileName);

}  // namespace lintel::yaml
