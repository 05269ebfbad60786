// CanvasView's opening view and zone focus (ADR 0023): what a diagram shows
// first, fitting a zone, and double-click to zoom into a zone and back.
#include "views/canvas/canvasview.h"

#include "views/canvas/diagramscene.h"
#include "views/canvas/openingview.h"
#include "views/canvas/zoneitem.h"

#include <QMouseEvent>

namespace lintel::canvas {

void CanvasView::fitArea(const QRectF &area, double maxZoom)
{
    setZoom(std::min(zoomToShow(area, viewport()->size()), maxZoom));
    centerOn(area.center());
}

void CanvasView::zoomToReadable()
{
    // Larger minimum text (presentation mode) needs a closer view to keep
    // as many letters of each name.
    const double readable = kReadableZoom * std::max(1.0, m_scene->minimumLabelPixels() / kMinLabelPixels);
    const QRectF area = openingArea(*m_scene, viewport()->size(), readable);
    if (area.isEmpty())
        return;
    fitArea(area, 1.0);
    m_fitted = true;
    m_fitReadably = true;
}

void CanvasView::showZone(const QString &zoneId)
{
    if (const ZoneItem *zone = m_scene->zoneItem(zoneId))
        fitArea(zone->rect(), 1.0);
}

void CanvasView::focusZone(const QString &zoneId)
{
    if (!m_scene->zoneItem(zoneId))
        return;
    // Nested focus (a sub-zone of the focused one) returns to the first view.
    if (!m_beforeZoneFocus)
        m_beforeZoneFocus = SavedView{transform(), mapToScene(viewport()->rect().center())};
    showZone(zoneId);
}

bool CanvasView::leaveZoneFocus()
{
    if (!m_beforeZoneFocus)
        return false;
    const SavedView before = *m_beforeZoneFocus;
    m_beforeZoneFocus.reset();
    setZoom(before.transform.m11());
    centerOn(before.centre);
    return true;
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Only on a zone's own area: elements and flows keep their double-click.
    const QPoint at = event->position().toPoint();
    const QGraphicsItem *item = itemAt(at);
    const QString zone = m_scene->zoneAt(mapToScene(at));
    if (event->button() == Qt::LeftButton && (!item || item->type() == ZoneItem::Type) && !zone.isEmpty()) {
        focusZone(item ? static_cast<const ZoneItem *>(item)->id() : zone);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

}  // namespace lintel::canvas
