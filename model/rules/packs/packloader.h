#pragma once
// Loading rule packs: reading each YAML file into compiled rules and tests,
// and checking rule ids across packs and against the built-in rules.
// Problems are FILE:LINE:COLUMN diagnostics; a pack with any problem
// contributes no rules, so a half-understood rule never runs.
#include "model/diagnostic.h"
#include "model/rules/packs/rulepack.h"
#include "model/types.h"

#include <QString>
#include <memory>
#include <vector>

namespace lintel::packs {

// A pack to load, and who asked for it (for "missing pack file" messages).
struct PackSource {
    QString path;       // as it will be opened
    QString citedIn;    // the model file naming it, or empty (command line)
    SourceLoc citedAt;  // where in that file
};

struct LoadedPacks {
    std::vector<RulePack> packs;  // only the packs without problems
    Diagnostics problems;

    // The rules of every loaded pack, for ValidationOptions::packRules.
    std::vector<std::shared_ptr<const Rule>> rules() const;
};

// One pack from YAML text; `file` names it in diagnostics.
RulePack readRulePack(const QByteArray &bytes, const QString &file, Diagnostics &problems);

// Every pack in `sources`, in order, ids checked across all of them.
LoadedPacks loadRulePacks(const std::vector<PackSource> &sources);

// The packs a model names in `rules.packs`, relative to the model's folder.
std::vector<PackSource> packSourcesOf(const Model &model, const QString &modelPath);

}  // namespace lintel::packs
