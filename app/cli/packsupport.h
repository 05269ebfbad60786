#pragma once
// Rule packs for the commands that run rules: the model's own packs
// (`rules.packs`) plus those given with --rules, loaded with their problems
// printed to stderr as FILE:LINE:COLUMN: message.
#include "model/rules/packs/packloader.h"

#include <optional>
#include <string>
#include <vector>

namespace lintel::cli {

// Nothing when any pack has a problem (the command then exits 2).
std::optional<packs::LoadedPacks> loadPacksOrReport(const Model *model, const QString &modelPath,
                                                    const std::vector<std::string> &extraPacks);

}  // namespace lintel::cli
