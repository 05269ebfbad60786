#pragma once
// Semantic zoom (ADR 0023): zoomed out, element and zone names keep a
// minimum size on screen and are shortened with an ellipsis, instead of
// shrinking with the diagram until nobody can read them. Only the names
// grow; kind, technology and badges are left out while they would be too
// small to read.
#include "views/canvas/canvasfonts.h"

#include <QRectF>
#include <QStringList>

class QPainter;

namespace lintel::canvas {

// The smallest on-screen height, in pixels, of a name on the canvas: about
// what a projector at the back of a room still shows legibly.
inline constexpr double kMinLabelPixels = 10;
// Presentation mode's minimum: larger text for a shared screen.
inline constexpr double kPresentationLabelPixels = 14;

// How much to enlarge text in `font` at level of detail `lod` (1 = 100 %)
// so it is at least `minPixels` tall on screen; 1 when it already is.
double labelScale(CanvasFont font, double lod, double minPixels);

// `text` word-wrapped into at most `maxLines` lines no wider than `width`
// (in the font's own pixels), the last line ending in an ellipsis when the
// text goes on. A word longer than a line is cut with an ellipsis too.
QStringList fitLines(const QString &text, CanvasFont font, double width, int maxLines);

// A name as the canvas paints it at one level of detail.
struct EnlargedLabel {
    QStringList lines;
    double scale = 1;         // painter scale: > 1 when enlarged
    double screenPixels = 0;  // the font's height on screen
};

// `text` in `font` laid out in `area` (item units) at `lod`, enlarged to
// `minPixels` on screen when smaller, in as many lines (up to `maxLines`)
// as the area's height holds.
EnlargedLabel enlargedLabel(const QString &text, CanvasFont font, const QRectF &area, double lod,
                            double minPixels, int maxLines);
// Paints `label` centred in `area` (pen set by the caller).
void paintEnlargedLabel(QPainter *painter, const EnlargedLabel &label, CanvasFont font, const QRectF &area);

}  // namespace lintel::canvas
