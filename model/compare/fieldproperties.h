#pragma once
// Lintel fields as text properties, for formats that keep free key/value
// properties on their objects but have no slot for a Lintel field (a
// Structurizr element has no "replicas", a relationship no "encrypted").
// An exporter writes the fields it has no slot for with these keys; the
// importer of the same format reads them back onto the object, so a model
// survives the round trip.
//
//   lintel.security.authentication = mTLS
//   lintel.data[] = orders, customers        (a list: the key ends in "[]")
//
// A value is one line: backslash, newline and (in lists) comma are escaped
// with a backslash, so any text fits in a property.
#include "model/compare/flatfields.h"

#include <QString>
#include <utility>
#include <vector>

namespace lintel {

using TextProperties = std::vector<std::pair<QString, QString>>;

inline bool isFieldPropertyKey(const QString &key) { return key.startsWith(QStringLiteral("lintel.")); }

// One property per field of `fields` (scalars and lists of scalars; a
// mapping-valued `x-` key has no text form and is left out, its path
// returned in `skipped`).
TextProperties fieldsAsProperties(const FlatFields &fields, QStringList *skipped = nullptr);

// Sets every field named by a `lintel.` property in `fields` (replacing the
// field when it is there). Other properties are ignored.
void applyFieldProperties(FlatFields &fields, const TextProperties &properties);

}  // namespace lintel
