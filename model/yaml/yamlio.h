#pragma once
// The YAML form of a model: the git-friendly, hand-editable format.
#include "model/diagnostic.h"
#include "model/types.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace lintel {

struct YamlLoadResult {
    std::optional<Model> model;  // empty when any problem was found
    Diagnostics problems;        // every problem, not only the first
    bool ok() const { return model.has_value(); }
};

// Parses `bytes`; `fileName` is only used in diagnostics. Never throws.
YamlLoadResult readYaml(const QByteArray &bytes, const QString &fileName);
YamlLoadResult readYamlFile(const QString &path);

// Canonical text: the same model always gives the same bytes.
QByteArray writeYaml(const Model &model);
// Atomic: a temporary file renamed over `path`; on failure the old file is
// untouched and `error` says why.
bool writeYamlFile(const Model &model, const QString &path, QString *error);

}  // namespace lintel
