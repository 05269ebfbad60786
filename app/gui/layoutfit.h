#pragma once
// Auto-layout takes its arrangement from the diagram exporter's Graphviz
// layout (zones as nested clusters, see ADR 0025), but the canvas draws
// zones its own way: each is the rectangle around its members' extents plus
// padding and a title bar, which is more room than Graphviz's cluster
// margins. Applied as is, two sibling clusters 20 px apart in Graphviz
// became zone rectangles that overlapped on the canvas. This spreads the
// Graphviz positions evenly (same arrangement, larger gaps) just enough that
// the canvas's rectangles keep apart the way the clusters did.
#include "model/style/diagramscope.h"

#include <QHash>
#include <QPointF>
#include <QRectF>

namespace lintel {

// The rectangle the canvas draws for every shown zone that holds something,
// for elements at `positions` (centres), nested like the zones.
QHash<QString, QRectF> canvasZoneRects(const DiagramScope &scope, const QHash<QString, QPointF> &positions);

// What is wrong with `positions` on the canvas: two zones that overlap
// without one being inside the other, a zone over an element it does not
// hold, or two element bodies that overlap. Empty when nothing is.
QString canvasLayoutConflict(const DiagramScope &scope, const QHash<QString, QPointF> &positions);

struct FittedLayout {
    QHash<QString, QPointF> positions;
    double spread = 1;  // how much the Graphviz positions were spread
    QString conflict;   // what still overlaps at the largest spread tried
};

// The smallest spread of `graphvizPositions` (about their top-left corner)
// without conflicts, up to 6 times; positions rounded to whole pixels.
FittedLayout fitToCanvas(const DiagramScope &scope, const QHash<QString, QPointF> &graphvizPositions);

}  // namespace lintel
