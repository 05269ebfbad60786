// The element's connection handles: where they are, when they show, and
// the hover that reveals them (views/canvas/connecthandles.h draws them).
#include "views/canvas/elementitem.h"

#include "views/canvas/connecthandles.h"
#include "views/canvas/elementpainter.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>

namespace lintel::canvas {

QPointF ElementItem::connectHandleCentre(int side) const
{
    return connecthandles::centres(elementExtent(m_style.shape, bodyRect()), viewZoom())[std::size_t(side & 3)];
}

bool ElementItem::showsConnectHandles() const
{
    return (m_hovered || isSelected()) && !isExporting();
}

bool ElementItem::isOnConnectHandle(QPointF itemPos) const
{
    return connecthandles::hit(elementExtent(m_style.shape, bodyRect()), viewZoom(), itemPos);
}

void ElementItem::zoomChanged()
{
    if (showsConnectHandles())
        prepareGeometryChange();
}

QVariant ElementItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedChange)
        prepareGeometryChange();  // the handles come or go with the selection
    return CanvasItem::itemChange(change, value);
}

void ElementItem::setConnectTarget(bool on)
{
    if (m_connectTarget == on)
        return;
    m_connectTarget = on;
    update();
}

void ElementItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    prepareGeometryChange();  // the handles show: a larger bounding rectangle
    m_hovered = true;  // contains() now takes the handles too
}

void ElementItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (isOnConnectHandle(event->pos()))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
}

void ElementItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    prepareGeometryChange();
    m_hovered = false;
    unsetCursor();
}

}  // namespace lintel::canvas
