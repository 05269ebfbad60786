#pragma once
// Building the OTM 0.2.0 document for a model (otmdocument.cpp), apart from
// writing it, so tests can look at the JSON itself.
#include "model/types.h"

#include <QStringList>
#include <nlohmann/json.hpp>

namespace lintel::otm {

struct OtmBuild {
    nlohmann::ordered_json document;
    QStringList notes;  // what OTM could not say as the model does
};

OtmBuild buildOtmDocument(const Model &model);

// The file name inside the export folder: "otm/<system id>.otm.json".
QString otmDocumentPath(const Model &model);

// OTM's 0-100 scores for Lintel's levels: the middle of the range the
// importer reads back as the same level.
int trustRatingFor(Trust trust);
int confidentialityFor(Classification classification);

}  // namespace lintel::otm
