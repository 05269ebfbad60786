#pragma once
// Puts the validator's findings on the canvas: each finding marks the first
// of its targets that the view shows, and each marked item lists its open
// findings most severe first; accepted risks are counted apart and drawn
// muted with a tick. Messages name objects by name (findingnames.h). Kept across edits and
// rebuilds: apply() again after the set of items changed.
#include "model/document/collections.h"
#include "model/rules/finding.h"
#include "model/types.h"

#include <vector>

namespace lintel::canvas {

struct SceneItems;

class FindingMarker {
public:
    explicit FindingMarker(const SceneItems &items) : m_items(items) {}

    // `names`: the model whose names the messages show (may be nullptr).
    void setFindings(const Findings &findings, const Model *names);
    // Clears the old marks and marks the items shown now.
    void apply();

private:
    const SceneItems &m_items;
    Findings m_findings;
    const Model *m_names = nullptr;
    std::vector<ObjectRef> m_marked;  // items currently showing findings
};

}  // namespace lintel::canvas
