#include "views/canvas/connecthandles.h"

#include <QPainter>
#include <algorithm>

namespace lintel::canvas::connecthandles {

namespace {

const QColor kHandle(0x1a, 0x73, 0xe8);

double safeZoom(double zoom)
{
    return std::max(zoom, 1e-3);
}

// From the outline to a handle's rim, in screen pixels: a small gap, so the
// handle reads as attached but a click on the border still hits the body.
constexpr double kScreenGap = 5;

}  // namespace

double radius(double zoom)
{
    return std::max(kSceneRadius, kScreenRadius / safeZoom(zoom));
}

std::array<QPointF, 4> centres(const QRectF &extent, double zoom)
{
    const double offset = radius(zoom) + kScreenGap / safeZoom(zoom);
    const QPointF c = extent.center();
    return {QPointF(extent.right() + offset, c.y()), QPointF(c.x(), extent.bottom() + offset),
            QPointF(extent.left() - offset, c.y()), QPointF(c.x(), extent.top() - offset)};
}

double reach(double zoom)
{
    return 2 * radius(zoom) + kScreenGap / safeZoom(zoom) + 2;
}

bool hit(const QRectF &extent, double zoom, QPointF itemPos)
{
    // A little more than what is drawn: the edge of a disc is a near miss.
    const double r = radius(zoom) * 1.25;
    for (const QPointF &c : centres(extent, zoom)) {
        const QPointF d = itemPos - c;
        if (d.x() * d.x() + d.y() * d.y() <= r * r)
            return true;
    }
    return false;
}

void paint(QPainter *painter, const QRectF &extent, double zoom)
{
    const double r = radius(zoom);
    const double arm = r * 0.45;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen rim(Qt::white, 1.5);
    rim.setCosmetic(true);
    QPen cross(Qt::white, 2, Qt::SolidLine, Qt::RoundCap);
    cross.setCosmetic(true);
    for (const QPointF &c : centres(extent, zoom)) {
        painter->setPen(rim);
        painter->setBrush(kHandle);
        painter->drawEllipse(c, r, r);
        painter->setPen(cross);
        painter->drawLine(c + QPointF(-arm, 0), c + QPointF(arm, 0));
        painter->drawLine(c + QPointF(0, -arm), c + QPointF(0, arm));
    }
    painter->restore();
}

}  // namespace lintel::canvas::connecthandles
