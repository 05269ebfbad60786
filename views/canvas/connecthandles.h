#pragma once
// The four "+" handles around a hovered or selected element (right, below,
// left, above): press one and drag onto another element to draw a flow.
// They keep a fixed size on screen, so they stay easy to hit when zoomed
// far out, where a handle sized in scene units would shrink to a few
// pixels. Sizes are in scene units for a given zoom (1 = 100 %).
#include <QPointF>
#include <QRectF>
#include <array>

class QPainter;

namespace lintel::canvas {

namespace connecthandles {

// On screen: a 16 px disc at any zoom (the pointer must hit it in a hurry,
// in front of an audience); at 100 % and above, 9 scene units.
inline constexpr double kScreenRadius = 8;
inline constexpr double kSceneRadius = 9;

double radius(double zoom);
// Centres around `extent` (the element's drawn outline, item coordinates).
std::array<QPointF, 4> centres(const QRectF &extent, double zoom);
// How far handles reach beyond `extent`, for the bounding rectangle.
double reach(double zoom);
bool hit(const QRectF &extent, double zoom, QPointF itemPos);
void paint(QPainter *painter, const QRectF &extent, double zoom);

}  // namespace connecthandles

}  // namespace lintel::canvas
