#pragma once
// The few fonts the canvas draws with, sized in pixels so a diagram looks the
// same at every screen DPI and in exported PNGs. Created once: building
// QFonts and metrics per item would dominate opening a large model.
#include <QFont>
#include <QFontMetricsF>

namespace lintel::canvas {

enum class CanvasFont { Name, Kind, Detail, Badge, FlowLabel, ZoneTitle, ZoneTrust };

const QFont &canvasFont(CanvasFont which);
const QFontMetricsF &canvasFontMetrics(CanvasFont which);

}  // namespace lintel::canvas
