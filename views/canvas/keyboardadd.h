#pragma once
// Adding without hunting: a palette double-click, the Add menu or the
// command bar puts the new element next to the selection (or under the
// pointer), in the selection's zone, on free ground; selects it; and opens
// its name for typing in place.
#include "model/document/collections.h"

#include <QPointF>
#include <optional>

namespace lintel::canvas {

class CanvasView;

// The zone a new element joins: the selected element's zone, or the
// selected zone itself; "" when nothing (or something else) is selected.
QString zoneForNew(const CanvasView *view);

// The centre for a new element in `zoneId` on `view` (see freespot.h):
// near `pointer` (scene coordinates) when given, else next to the selection.
QPointF placeForNew(const CanvasView *view, const QString &zoneId, std::optional<QPointF> pointer = {});

// Adds a palette entry ("service", ..., "zone") that way and opens the name
// editor on it. Returns the new object, or an empty ref when nothing was
// added (an unknown entry, a read-only document).
ObjectRef addAndName(CanvasView *view, const QString &paletteEntry, std::optional<QPointF> pointer = {});

}  // namespace lintel::canvas
