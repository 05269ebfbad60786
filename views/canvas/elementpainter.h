#pragma once
// How each element kind is drawn: one outline per NodeShape (from the shared
// diagram style) plus its decorations (cylinder rim, person head, screen
// stand). The canvas items and the palette icons both paint through here, so
// what you drag from the palette is what lands on the canvas.
#include "model/style/diagramstyle.h"

#include <QIcon>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace lintel::canvas {

// The filled silhouette of `shape` for a body rectangle. Used to paint,
// to hit-test and to end flow arrows on the border.
QPainterPath elementOutline(NodeShape shape, const QRectF &body);

// Everything a shape paints, decorations included (a person's head sits
// above the body, a screen's stand below it).
QRectF elementExtent(NodeShape shape, const QRectF &body);

// Where the labels go inside the body: clear of heads, rims and tabs.
QRectF elementTextArea(NodeShape shape, const QRectF &body);

// Fills and strokes the shape. `detailed` adds rims, tabs and double
// borders; far zoomed out they are invisible, so the caller skips them.
void paintElementShape(QPainter *painter, NodeShape shape, const QRectF &body, const QColor &fill,
                       const QColor &stroke, double strokeWidth, bool detailed);

// A palette icon for `kind`, painted by paintElementShape.
QIcon elementKindIcon(ElementKind kind, int size = 32);
// A palette icon for a trust zone (a dashed, labelled container).
QIcon zoneIcon(int size = 32);

}  // namespace lintel::canvas
