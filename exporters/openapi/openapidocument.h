#pragma once
// Builds an OpenAPI 3.1 document from one REST contract of the model. The
// model describes contracts loosely (free-text types, paths typed by hand),
// so the builder repairs what it must to stay valid and says so in `notes`.
#include "model/index/modelindex.h"
#include "model/types.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

namespace lintel::openapi {

struct BuildResult {
    nlohmann::ordered_json document;
    QStringList notes;  // things the reader of the export should know
};

// `index`: of the model the contract belongs to (its provider and team are
// looked up there).
BuildResult buildDocument(const ModelIndex &index, const Api &api);

// `openapi/<id>.openapi.yaml`, with characters a file name should not hold
// replaced.
QString documentPath(const Api &api);

}  // namespace lintel::openapi
