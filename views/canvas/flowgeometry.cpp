#include "views/canvas/flowgeometry.h"

#include "views/canvas/canvasconstants.h"
#include "views/canvas/elementpainter.h"

#include <QLineF>
#include <QRectF>
#include <QPolygonF>
#include <algorithm>
#include <array>
#include <cmath>

namespace lintel::canvas {

namespace {

constexpr double kLaneSpacing = 34;  // how far apart parallel flows bow at their middle

QPointF unit(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length < 1e-9 ? QPointF(1, 0) : v / length;
}

// The body outline of each shape around (0, 0), flattened once: every body
// has the same size, so 20,000 flows share nine polygons.
const QPolygonF &outlinePolygon(NodeShape shape)
{
    static const auto polygons = [] {
        std::array<QPolygonF, 9> out;
        const QRectF body(-kElementSize.width() / 2, -kElementSize.height() / 2, kElementSize.width(),
                          kElementSize.height());
        for (std::size_t i = 0; i < out.size(); ++i) {
            const auto s = NodeShape(i);
            // Heads and stands are decoration: arrows end on the body.
            QPainterPath path;
            if (s == NodeShape::Actor || s == NodeShape::Screen)
                path.addRoundedRect(body, 6, 6);
            else
                path = elementOutline(s, body);
            out[i] = path.toFillPolygon();
        }
        return out;
    }();
    return polygons[std::size_t(shape)];
}

// Liang-Barsky: the parameter range [t0, t1] of a→b inside `rect`.
bool clipSegment(QPointF a, QPointF b, const QRectF &rect, double *t0, double *t1)
{
    const QPointF d = b - a;
    const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
    double low = 0, high = 1;
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] < 0)
                return false;  // parallel to this edge and outside it
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0)
            low = std::max(low, t);
        else
            high = std::min(high, t);
    }
    if (low > high)
        return false;
    *t0 = low;
    *t1 = high;
    return true;
}

}  // namespace

std::vector<VisibleRun> clipPolyline(const QPolygonF &line, const QRectF &rect)
{
    std::vector<VisibleRun> runs;
    double travelled = 0;
    bool continues = false;  // the last run reached the end of the previous segment
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i], b = line[i + 1];
        const double length = QLineF(a, b).length();
        double t0 = 0, t1 = 0;
        if (clipSegment(a, b, rect, &t0, &t1)) {
            const QPointF from = a + (b - a) * t0, to = a + (b - a) * t1;
            if (continues && t0 == 0)
                runs.back().points << to;
            else
                runs.push_back({QPolygonF({from, to}), travelled + t0 * length});
            continues = t1 == 1;
        } else {
            continues = false;
        }
        travelled += length;
    }
    return runs;
}

QPointF borderPoint(QPointF centre, NodeShape shape, QPointF direction)
{
    const QPolygonF &polygon = outlinePolygon(shape);
    const QPointF d = unit(direction);
    // The ray is long enough to leave any body; take the nearest crossing.
    const QLineF ray(QPointF(0, 0), d * (kElementSize.width() + kElementSize.height()));
    double best = -1;
    QPointF hit;
    for (qsizetype i = 0; i + 1 < polygon.size(); ++i) {
        QPointF p;
        if (ray.intersects(QLineF(polygon[i], polygon[i + 1]), &p) == QLineF::BoundedIntersection) {
            const double distance = QLineF(QPointF(0, 0), p).length();
            if (best < 0 || distance < best) {
                best = distance;
                hit = p;
            }
        }
    }
    if (best < 0)  // degenerate direction: fall back to the body's half width
        hit = d * kElementSize.width() / 2;
    return centre + hit;
}

FlowRoute routeFlow(QPointF fromCentre, NodeShape fromShape, QPointF toCentre, NodeShape toShape, double lane)
{
    FlowRoute route;
    const QPointF along = toCentre - fromCentre;
    if (std::hypot(along.x(), along.y()) < 1) {
        // Two elements on the same spot (an unplaced pair): a short stub.
        route.path.moveTo(fromCentre);
        route.path.lineTo(fromCentre + QPointF(1, 0));
        route.tip = fromCentre + QPointF(1, 0);
        route.tipDirection = QPointF(1, 0);
        route.labelAnchor = fromCentre;
        return route;
    }
    const QPointF normal = unit(QPointF(-along.y(), along.x()));
    const QPointF control = (fromCentre + toCentre) / 2 + normal * (lane * kLaneSpacing * 2);
    const QPointF start = borderPoint(fromCentre, fromShape, lane == 0 ? along : control - fromCentre);
    const QPointF end = borderPoint(toCentre, toShape, lane == 0 ? -along : control - toCentre);
    route.path.moveTo(start);
    if (lane == 0) {
        route.path.lineTo(end);
        route.tipDirection = unit(end - start);
        route.labelAnchor = (start + end) / 2;
    } else {
        route.path.quadTo(control, end);
        route.tipDirection = unit(end - control);
        route.labelAnchor = 0.25 * start + 0.5 * control + 0.25 * end;
    }
    route.tip = end;
    return route;
}

FlowRoute routeSelfLoop(QPointF centre, int index)
{
    const QRectF body(centre.x() - kElementSize.width() / 2, centre.y() - kElementSize.height() / 2,
                      kElementSize.width(), kElementSize.height());
    const double grow = 22.0 * index;
    const QPointF start(body.right() - 34 - grow * 0.5, body.top());
    const QPointF end(body.right(), body.top() + 26 + grow * 0.3);
    const QPointF c1 = start + QPointF(0, -46 - grow);
    const QPointF c2 = end + QPointF(46 + grow, 0);
    FlowRoute route;
    route.path.moveTo(start);
    route.path.cubicTo(c1, c2, end);
    route.tip = end;
    route.tipDirection = unit(end - c2);
    route.labelAnchor = 0.125 * start + 0.375 * c1 + 0.375 * c2 + 0.125 * end;
    return route;
}

QPolygonF arrowHead(QPointF tip, QPointF direction, double size)
{
    const QPointF d = unit(direction);
    const QPointF n(-d.y(), d.x());
    const QPointF base = tip - d * size;
    return QPolygonF({tip, base + n * (size * 0.45), base - n * (size * 0.45)});
}

bool polylineNear(const QPolygonF &line, QPointF point, double radius)
{
    const double limit = radius * radius;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1];
        const QPointF ab = line[i] - a;
        const double length2 = QPointF::dotProduct(ab, ab);
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - a, ab) / length2, 0.0, 1.0) : 0;
        const QPointF offset = point - (a + t * ab);
        if (QPointF::dotProduct(offset, offset) <= limit)
            return true;
    }
    return false;
}

}  // namespace lintel::canvas
