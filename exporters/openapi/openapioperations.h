#pragma once
// The `paths` object of an OpenAPI document: one operation per contract
// operation, grouped by path.
#include "exporters/openapi/openapischemas.h"
#include "model/types.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

namespace lintel::openapi {

struct OperationOptions {
    std::string tag;          // every operation is tagged with the contract
    bool deprecated = false;  // the whole contract is deprecated
    QString sunset;
};

// Operations the builder cannot place (no valid method, the same method and
// path twice) are left out with a note.
nlohmann::ordered_json buildPaths(const Api &api, SchemaSet &schemas, const OperationOptions &options,
                                  QStringList &notes);

// "OK" for "200", "Not Found" for "404"; a generic text for others.
QString responseDescription(const QString &status);

}  // namespace lintel::openapi
