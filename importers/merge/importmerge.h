#pragma once
// Merging an importer's fragment into a model, the same way for every
// format (ADR 0030):
//
// - an imported object whose x-source (format, document, id) matches an
//   object of the model updates that object, keeping its id and the fields
//   the source leaves empty; otherwise it is added (with a fresh id when the
//   user already has one of that name);
// - objects without x-source are the user's and are never touched;
// - objects of the same source that the fragment no longer has are removed
//   with `prune`, and only reported otherwise.
//
// Operations of an imported API are merged the same way inside it, so
// operations the user added to an imported contract stay.
#include "model/types.h"

#include <QString>
#include <vector>

namespace lintel {

struct ImportChange {
    enum class Kind { Added, Changed, Removed, Vanished };  // Vanished: gone from the source, kept (no prune)
    Kind kind = Kind::Added;
    QString what;  // "api", "operation", "element", ...
    QString id;    // "swagger-petstore", or "swagger-petstore/list-pets" for an operation
};

struct ImportReport {
    std::vector<ImportChange> changes;
    int unchanged = 0;
    int count(ImportChange::Kind kind) const;
};

struct MergeOptions {
    bool prune = false;
};

ImportReport mergeImport(Model &model, const Model &fragment, const MergeOptions &options);

QString changeKindName(ImportChange::Kind kind);  // "added", "changed", ...

}  // namespace lintel
