#pragma once
// Writes a JSON object as block-style YAML. OpenAPI documents are built as
// ordered JSON (easy to assemble and to inspect in tests) and written as YAML
// because that is what people read and diff.
#include <nlohmann/json.hpp>

#include <QByteArray>

namespace lintel::openapi {

// Through the model's YamlTextWriter, so a string is quoted by the same rules
// as in a model file (ADR 0022), and the document reads back exactly as built:
// "1.0" stays a string, a description keeps its lines. Dates are quoted too,
// because some of the tools that read OpenAPI take 2024-05-01 for a date.
QByteArray jsonAsYaml(const nlohmann::ordered_json &object);

}  // namespace lintel::openapi
