#pragma once
// Small icons for the panels, drawn in code from the shared diagram style
// (model/style) so a datastore in the outline has the canvas's colours.
#include "model/document/collections.h"
#include "model/enums.h"

#include <QIcon>
#include <optional>

namespace lintel {

QIcon elementIcon(ElementKind kind);
QIcon zoneIcon(std::optional<Trust> trust);
// Icon for a whole collection (category rows, headers).
QIcon collectionIcon(Collection collection);
// The icon of one object: elements by kind, zones by trust.
QIcon objectIcon(const Model &model, const ObjectRef &ref);
QIcon severityIcon(Severity severity);

}  // namespace lintel
