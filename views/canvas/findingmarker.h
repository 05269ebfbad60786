#pragma once
// Puts the validator's findings on the canvas: each finding marks the first
// of its targets that the view shows (accepted risks are left out), and each
// marked item lists its findings most severe first. Kept across edits and
// rebuilds: apply() again after the set of items changed.
#include "model/document/collections.h"
#include "model/rules/finding.h"

#include <vector>

namespace lintel::canvas {

struct SceneItems;

class FindingMarker {
public:
    explicit FindingMarker(const SceneItems &items) : m_items(items) {}

    void setFindings(const Findings &findings);
    // Clears the old marks and marks the items shown now.
    void apply();

private:
    const SceneItems &m_items;
    Findings m_findings;
    std::vector<ObjectRef> m_marked;  // items currently showing findings
};

}  // namespace lintel::canvas
