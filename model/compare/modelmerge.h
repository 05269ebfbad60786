#pragma once
// The three-way merge of model versions: `lintel-cli merge` and the git
// merge driver.
//
// Objects are matched by id in every section and each field is merged on
// its own (field paths as in flatfields.h), so two people editing different
// fields of one object, or different elements' positions in one view, do
// not conflict. Lists of ids are merged as sets: OURS' items in OURS' order,
// less those THEIRS removed, then THEIRS' additions. An object added on
// both sides with the same content is one object; deleted on one side and
// unchanged on the other, it is deleted. Sections keep OURS' order with
// THEIRS' additions after.
//
// A conflict is one field changed to different values on both sides, or an
// object deleted on one side and changed on the other. The result then
// holds OURS' value (or OURS' deletion) and the conflict is listed.
#include "model/compare/conflicts.h"
#include "model/types.h"

#include <vector>

namespace lintel {

struct MergeResult {
    Model model;                           // conflicts not yet recorded in it
    std::vector<MergeConflict> conflicts;  // in section order, then object order
    bool isClean() const { return conflicts.empty(); }
};

MergeResult mergeModels(const Model &base, const Model &ours, const Model &theirs);

// mergeModels() with the conflicts written to the model's
// `x-lintel-conflicts` (writeConflicts), as `lintel-cli merge` saves it.
MergeResult mergeModelsRecordingConflicts(const Model &base, const Model &ours, const Model &theirs);

}  // namespace lintel
