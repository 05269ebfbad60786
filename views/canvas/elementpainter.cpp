#include "views/canvas/elementpainter.h"

#include <QPainter>
#include <QPixmap>

namespace lintel::canvas {

namespace {

constexpr double kCylinderCap = 16;  // height of a datastore's elliptic rim
constexpr double kQueueCap = 18;     // width of a queue's elliptic end
constexpr double kHexInset = 18;
constexpr double kHeadRadius = 15;
constexpr double kTabWidth = 14, kTabHeight = 8;

QRectF headRect(const QRectF &body)
{
    const QPointF centre(body.center().x(), body.top() - 2);
    return {centre.x() - kHeadRadius, centre.y() - kHeadRadius, 2 * kHeadRadius, 2 * kHeadRadius};
}

void addStand(QPainterPath &path, const QRectF &body)
{
    const double cx = body.center().x();
    path.addRect(QRectF(cx - 9, body.bottom(), 18, 7));
    path.addRoundedRect(QRectF(cx - 32, body.bottom() + 7, 64, 5), 2, 2);
}

}  // namespace

QPainterPath elementOutline(NodeShape shape, const QRectF &r)
{
    QPainterPath path;
    switch (shape) {
    case NodeShape::Rounded:
        path.addRoundedRect(r, 12, 12);
        break;
    case NodeShape::Box:
    case NodeShape::Component:
    case NodeShape::DoubleBox:
        path.addRoundedRect(r, 3, 3);
        break;
    case NodeShape::Hexagon: {
        const double cy = r.center().y();
        path.moveTo(r.left() + kHexInset, r.top());
        path.lineTo(r.right() - kHexInset, r.top());
        path.lineTo(r.right(), cy);
        path.lineTo(r.right() - kHexInset, r.bottom());
        path.lineTo(r.left() + kHexInset, r.bottom());
        path.lineTo(r.left(), cy);
        path.closeSubpath();
        break;
    }
    case NodeShape::Cylinder: {
        const double e = kCylinderCap;
        path.moveTo(r.left(), r.top() + e / 2);
        path.lineTo(r.left(), r.bottom() - e / 2);
        path.arcTo(QRectF(r.left(), r.bottom() - e, r.width(), e), 180, 180);
        path.lineTo(r.right(), r.top() + e / 2);
        path.arcTo(QRectF(r.left(), r.top(), r.width(), e), 0, 180);
        path.closeSubpath();
        break;
    }
    case NodeShape::Queue: {
        const double e = kQueueCap;
        path.moveTo(r.left() + e / 2, r.top());
        path.lineTo(r.right() - e / 2, r.top());
        path.arcTo(QRectF(r.right() - e, r.top(), e, r.height()), 90, -180);
        path.lineTo(r.left() + e / 2, r.bottom());
        path.arcTo(QRectF(r.left(), r.top(), e, r.height()), 270, -180);
        path.closeSubpath();
        break;
    }
    case NodeShape::Actor:
        path.addRoundedRect(r, 20, 20);
        path.addEllipse(headRect(r));
        path.setFillRule(Qt::WindingFill);
        break;
    case NodeShape::Screen:
        path.addRoundedRect(r, 6, 6);
        addStand(path, r);
        path.setFillRule(Qt::WindingFill);
        break;
    }
    return path;
}

QRectF elementExtent(NodeShape shape, const QRectF &body)
{
    switch (shape) {
    case NodeShape::Actor: return body.united(headRect(body));
    case NodeShape::Screen: return body.adjusted(0, 0, 0, 12);
    case NodeShape::Component: return body.adjusted(-kTabWidth / 2, 0, 0, 0);
    default: return body;
    }
}

QRectF elementTextArea(NodeShape shape, const QRectF &body)
{
    switch (shape) {
    case NodeShape::Cylinder: return body.adjusted(6, kCylinderCap, -6, -kCylinderCap / 2);
    case NodeShape::Queue: return body.adjusted(kQueueCap / 2 + 4, 4, -kQueueCap - 4, -4);
    case NodeShape::Hexagon: return body.adjusted(kHexInset - 2, 4, -kHexInset + 2, -4);
    case NodeShape::Actor: return body.adjusted(10, kHeadRadius - 1, -10, -4);
    case NodeShape::Component: return body.adjusted(kTabWidth / 2 + 6, 4, -6, -4);
    default: return body.adjusted(8, 4, -8, -4);
    }
}

void paintElementShape(QPainter *painter, NodeShape shape, const QRectF &r, const QColor &fill,
                       const QColor &stroke, double strokeWidth, bool detailed)
{
    QPen pen(stroke, strokeWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(fill);
    if (!detailed) {
        // Far out the silhouette is all anyone sees; a rectangle is cheaper
        // than arcs and indistinguishable at that size.
        painter->drawRect(shape == NodeShape::Actor ? r.united(headRect(r)) : r);
        return;
    }
    switch (shape) {
    case NodeShape::Actor:
        painter->drawRoundedRect(r, 20, 20);
        painter->drawEllipse(headRect(r));
        return;
    case NodeShape::Screen: {
        QPainterPath stand;
        addStand(stand, r);
        painter->drawPath(stand);
        painter->drawRoundedRect(r, 6, 6);
        // The dark bezel along the top makes it read as a display.
        painter->setPen(Qt::NoPen);
        painter->setBrush(stroke);
        QPainterPath bar;
        bar.addRoundedRect(QRectF(r.left(), r.top(), r.width(), 7), 6, 6);
        bar.addRect(QRectF(r.left(), r.top() + 4, r.width(), 3));
        bar.setFillRule(Qt::WindingFill);
        painter->drawPath(bar);
        return;
    }
    default:
        painter->drawPath(elementOutline(shape, r));
        break;
    }
    painter->setBrush(Qt::NoBrush);
    switch (shape) {
    case NodeShape::Cylinder:
        // The front edge of the top rim.
        painter->drawArc(QRectF(r.left(), r.top(), r.width(), kCylinderCap), 180 * 16, 180 * 16);
        break;
    case NodeShape::Queue:
        // The visible end of the pipe, towards the consumers.
        painter->drawArc(QRectF(r.right() - kQueueCap, r.top(), kQueueCap, r.height()), 90 * 16, 180 * 16);
        break;
    case NodeShape::Component:
        painter->setBrush(fill);
        for (double y : {r.top() + 16, r.top() + 16 + kTabHeight + 6})
            painter->drawRect(QRectF(r.left() - kTabWidth / 2, y, kTabWidth, kTabHeight));
        break;
    case NodeShape::DoubleBox: {
        QPen inner = pen;
        inner.setWidthF(strokeWidth * 0.7);
        painter->setPen(inner);
        painter->drawRoundedRect(r.adjusted(4, 4, -4, -4), 2, 2);
        break;
    }
    default:
        break;
    }
}

QIcon elementKindIcon(ElementKind kind, int size)
{
    const ElementStyle style = elementStyle(kind);
    QPixmap pixmap(size * 2, size * 2);  // 2x for crisp icons on HiDPI screens
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // Draw the canvas shape and scale it down. The body is squarer than on
    // the canvas: at 16 px a 9:4 box flattens every shape into the same bar.
    const QRectF body(-60, -45, 120, 90);
    const QRectF extent = elementExtent(style.shape, body).adjusted(-4, -4, 4, 4);
    const double scale = std::min(size / extent.width(), size / extent.height());
    painter.translate(size / 2.0, size / 2.0);
    painter.scale(scale, scale);
    painter.translate(-extent.center());
    paintElementShape(&painter, style.shape, body, style.fill, style.stroke, 2.5 / scale * 0.6, true);
    return QIcon(pixmap);
}

QIcon zoneIcon(int size)
{
    const ZoneStyle style = zoneStyle(Trust::Internal);
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r(2, 5, size - 4, size - 10);
    painter.setPen(QPen(style.border, 1.2, Qt::DashLine));
    painter.setBrush(style.fill);
    painter.drawRoundedRect(r, 3, 3);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.border);
    painter.drawRoundedRect(QRectF(r.left(), r.top(), r.width(), 5), 2, 2);
    return QIcon(pixmap);
}

}  // namespace lintel::canvas
