#pragma once
// Parts of a foreign document kept verbatim under an `x-` key (OTM threats,
// Threagile risk tracking, ...): a DocumentTree node copied into the
// YamlValue the model carries through load and save untouched.
#include "importers/documenttree.h"
#include "model/yamlvalue.h"

namespace lintel {

// A copy of `n` and everything under it; Null for kNoNode or a null node.
YamlValue documentValue(const DocumentTree &doc, NodeIndex n);

// Small builders for values an importer assembles itself.
YamlValue textValue(const QString &text);
YamlValue listValue(const QStringList &texts);
void setEntry(YamlValue &mapping, const QString &key, YamlValue value);

// Sets (or replaces) an `x-` key of an object's extras.
void setExtra(Extras &extras, const QString &key, YamlValue value);

}  // namespace lintel
