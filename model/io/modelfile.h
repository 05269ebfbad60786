#pragma once
// Opening and saving a model file whatever its format, chosen by extension:
// .yaml / .yml (the git-friendly text form) or .lintel (the desktop
// document with revisions; loading gives its latest revision). The CLI and
// the editor both go through here.
#include "model/diagnostic.h"
#include "model/types.h"

#include <QString>
#include <optional>

namespace lintel {

enum class ModelFileFormat { Unknown, Yaml, Lintel };

// By extension, case-insensitively.
ModelFileFormat modelFileFormat(const QString &path);

struct ModelLoadResult {
    std::optional<Model> model;  // empty when it could not be loaded
    Diagnostics problems;        // `FILE:LINE:COLUMN: message`, or `FILE: message`
    int revision = 0;            // the .lintel revision loaded; 0 for YAML
    bool ok() const { return model.has_value(); }
};

ModelLoadResult loadModelFile(const QString &path);

// YAML: rewrites the file canonically and atomically. .lintel: appends a
// revision by defaultAuthor() with `message`, creating the document when it
// does not exist. On failure returns false with `error` naming the file.
bool saveModelFile(const Model &model, const QString &path, const QString &message, QString *error);

}  // namespace lintel
