#pragma once
// `export handover --drift DIR`: the model's contracts compared with the
// OpenAPI documents in DIR, matched as `drift --all DIR` matches them. Done
// here rather than in the exporter because reading OpenAPI documents is the
// importers' job, and exporters do not use importers (ADR 0004).
#include "exporters/contractchecks.h"
#include "model/types.h"

#include <optional>

namespace lintel::cli {

// nullopt when a document cannot be read (its problems printed as
// FILE:LINE:COL); documents matching no contract are noted on stderr.
std::optional<ContractChecks> checkContractsAgainstFolder(const Model &model, const QString &folder);

}  // namespace lintel::cli
