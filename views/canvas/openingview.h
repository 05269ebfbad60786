#pragma once
// What a diagram shows first (ADR 0023). A model opened in a workshop must
// be readable at once, on a laptop and on a projector: everything if it
// fits at a zoom where names can be read, otherwise the zone holding the
// most elements, otherwise the busiest part of the diagram. Fit (Ctrl+0)
// still shows everything at whatever zoom that takes.
#include <QRectF>
#include <QSizeF>

namespace lintel::canvas {

class DiagramScene;

// The lowest zoom a diagram opens at: an element's body is then 90 x 40
// pixels, room for its name in two lines at the semantic-zoom minimum.
inline constexpr double kReadableZoom = 0.5;
// Space kept around what is fitted into the view, in scene units.
inline constexpr double kFitMargin = 40;

// The zoom that shows `area` (plus the margin) whole in `viewport`.
double zoomToShow(const QRectF &area, QSizeF viewport);

// The part of `scene` to fit into `viewport` first, so that it shows at
// `minZoom` or more. Empty for an empty scene.
QRectF openingArea(const DiagramScene &scene, QSizeF viewport, double minZoom);

}  // namespace lintel::canvas
