#pragma once
// Where a flow's arrow runs: from border to border of its two elements,
// curved apart when several flows join the same pair, as a loop when an
// element talks to itself. Pure geometry, so it is cheap to test and to run
// for 20,000 flows.
#include "model/style/diagramstyle.h"

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <vector>

namespace lintel::canvas {

struct FlowRoute {
    QPainterPath path;    // the line, start at the source border
    QPointF tip;          // where the arrow head touches the target
    QPointF tipDirection; // unit vector the arrow points in
    QPointF labelAnchor;  // the middle of the line
};

// `fromCentre`/`toCentre` are element centres; both bodies have the canvas'
// element size. `lane` spreads parallel flows: 0 is straight, ±1, ±2 bend
// further to one side (of the from→to direction).
FlowRoute routeFlow(QPointF fromCentre, NodeShape fromShape, QPointF toCentre, NodeShape toShape,
                    double lane);

// The `index`th flow from an element to itself: loops over its top-right
// corner, each one larger than the last.
FlowRoute routeSelfLoop(QPointF centre, int index);

// Where the ray from the element's centre in `direction` leaves its outline.
QPointF borderPoint(QPointF centre, NodeShape shape, QPointF direction);

// The part of a polyline inside a rectangle, for drawing only what shows:
// on a large diagram most of a long flow lies off screen, and stroking (and
// dashing) its whole length is what made frames slow. `startDistance` is how
// far along the whole line the run starts, to keep dash patterns in phase.
struct VisibleRun {
    QPolygonF points;
    double startDistance = 0;
};
std::vector<VisibleRun> clipPolyline(const QPolygonF &line, const QRectF &rect);

// Whether `point` lies within `radius` of the polyline: hit-testing a flow
// under the pointer without building and intersecting its stroked outline
// (thousands of long flows' bounding boxes contain any given point).
bool polylineNear(const QPolygonF &line, QPointF point, double radius);

// A filled arrow head with its tip on `tip`, pointing along `direction`.
QPolygonF arrowHead(QPointF tip, QPointF direction, double size);

}  // namespace lintel::canvas
