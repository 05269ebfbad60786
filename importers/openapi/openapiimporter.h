#pragma once
// OpenAPI 3.0 and 3.1 (YAML or JSON) and Swagger 2.0 -> one API contract.
#include "importers/importer.h"

namespace lintel {

class OpenApiImporter : public Importer {
public:
    QString id() const override { return QStringLiteral("openapi"); }
    QString description() const override;
    ImportResult read(const ImportRequest &request) const override;
};

// The contract alone, for callers that compare rather than merge (drift):
// the same reading as the importer. Errors are in `errors`.
std::optional<Api> readOpenApiContract(const ImportRequest &request, Diagnostics &errors, QStringList &notes);

}  // namespace lintel
