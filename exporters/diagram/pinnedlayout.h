#pragma once
// Helpers for drawing a view at the positions the editor saved (neato with
// pinned nodes). Graphviz boxes are larger than the editor's and neato does
// not reserve room for zone titles, so both are corrected here.
#include "exporters/diagram/dotgraph.h"

namespace lintel {

// After a first layout (node and label sizes known): how much the saved
// positions must be spread so no two boxes overlap and every flow has room
// for its label. 1 when they already fit; at most 4.
double pinnedSpread(const DotGraph &graph);

// After layout: sets every zone's box to enclose its elements and inner
// zones with a margin, plus room on top for its title, and puts the title
// there. neato sizes clusters tightly, ignores titles and draws no nested
// clusters (all zones are top-level clusters here, nested by this).
void fitZoneBoxes(const DotGraph &graph);

// After fitZoneBoxes: empty when the zone boxes tell the truth, else what is
// wrong, e.g. "the box of zone 'Internal' would cover 'Mobile app'". Saved
// positions that interleave the elements of different zones give boxes that
// cover foreign elements or each other, and a reader would take the element
// to be inside the wrong trust zone.
QString pinnedZoneConflict(const DotGraph &graph);

}  // namespace lintel
