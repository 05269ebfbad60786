#pragma once
// Writes a JSON tree as block-style YAML. OpenAPI documents are built as
// ordered JSON (easy to assemble and to inspect in tests) and written as YAML
// because that is what people read and diff.
#include <nlohmann/json.hpp>

#include <QByteArray>

namespace lintel::openapi {

// Every string that YAML could read as something else (a number, a boolean,
// null, a comment, a flow collection, text with ": ") is double-quoted, so
// the document reads back exactly as built: "1.0" stays a string.
QByteArray toYaml(const nlohmann::ordered_json &document);

}  // namespace lintel::openapi
