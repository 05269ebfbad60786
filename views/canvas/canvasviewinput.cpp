// CanvasView's mouse, keyboard-nudge and drag-and-drop handling. Clicking
// items to select them is QGraphicsView's own; the rubber band, moving,
// connecting and panning are done here (each move or connect ends in
// exactly one command).
#include "views/canvas/canvasview.h"

#include "views/canvas/bandselecttool.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasedits.h"
#include "views/canvas/connecttool.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/movetool.h"
#include "views/canvas/palette.h"
#include "views/canvas/zoneitem.h"
#include "views/selectionmodel.h"

#include <QApplication>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <cmath>

namespace lintel::canvas {

namespace {

// QGraphicsView selects additively with Ctrl only; people expect Shift too.
QMouseEvent shiftAsControl(const QMouseEvent *event)
{
    Qt::KeyboardModifiers modifiers = event->modifiers();
    if (modifiers & Qt::ShiftModifier)
        modifiers = (modifiers & ~Qt::ShiftModifier) | Qt::ControlModifier;
    return QMouseEvent(event->type(), event->position(), event->scenePosition(), event->globalPosition(),
                       event->button(), event->buttons(), modifiers, event->pointingDevice());
}

}  // namespace

QPointF CanvasView::snapPoint(QPointF p) const
{
    if (!m_snap)
        return p;
    return {std::round(p.x() / kGridSize) * kGridSize, std::round(p.y() / kGridSize) * kGridSize};
}

bool CanvasView::startPan(QMouseEvent *event)
{
    const bool pan = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (!pan)
        return false;
    m_panning = true;
    m_fitted = false;
    m_panLast = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
    return true;
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (startPan(event))
        return;
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    if (connectPress(event, scenePos) || handlePress(event, scenePos))
        return;
    QGraphicsItem *pressed = nullptr;
    for (QGraphicsItem *item : m_scene->items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        if (item->type() == ElementItem::Type) {
            auto *element = static_cast<ElementItem *>(item);
            const bool onHandle = element->isOnConnectHandle(element->mapFromScene(scenePos));
            const bool onBody = element->shape().contains(element->mapFromScene(scenePos));
            if (onHandle || (onBody && (event->modifiers() & Qt::AltModifier))) {
                m_connect->begin(element->id(), scenePos);
                event->accept();
                return;
            }
        }
        if (item->type() >= QGraphicsItem::UserType && item->contains(item->mapFromScene(scenePos))) {
            pressed = item;
            break;
        }
    }
    const bool additive = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    if (!pressed) {
        // Empty canvas or a zone's inside: a rubber band (a plain click
        // clears the selection).
        m_band->begin(m_pressPos, scenePos, additive);
        event->accept();
        return;
    }
    if (additive) {
        QMouseEvent toggle = shiftAsControl(event);
        QGraphicsView::mousePressEvent(&toggle);
        return;  // toggling selection, not moving
    }
    QGraphicsView::mousePressEvent(event);
    if (pressed)
        startMove(pressed, scenePos);
}

void CanvasView::startMove(QGraphicsItem *pressed, QPointF scenePos)
{
    if (pressed->type() != ElementItem::Type && pressed->type() != ZoneItem::Type)
        return;  // flows follow their ends
    if (!pressed->isSelected())
        return;
    QStringList elements, zones;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        const auto *canvasItem = static_cast<CanvasItem *>(item);
        if (item->type() == ElementItem::Type) {
            elements << canvasItem->id();
        } else if (item->type() == ZoneItem::Type) {
            zones << canvasItem->id();
            elements << m_scene->zoneMembers(canvasItem->id(), true);
        }
    }
    const QString anchor = pressed->type() == ElementItem::Type ? static_cast<CanvasItem *>(pressed)->id() : QString();
    m_move->begin(elements, zones, anchor, scenePos);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (m_connect->isActive()) {
        m_connect->update(mapToScene(pos));
        return;
    }
    if (m_band->isActive()) {
        m_band->update(pos, mapToScene(pos));
        return;
    }
    if (m_move->isActive() && (event->buttons() & Qt::LeftButton)) {
        if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_move->update(mapToScene(pos), m_snap);
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        return;
    }
    if (m_connect->isActive() && event->button() == Qt::LeftButton) {
        connectRelease(mapToScene(event->position().toPoint()));
        return;
    }
    if (m_band->isActive() && event->button() == Qt::LeftButton) {
        m_band->finish();
        return;
    }
    QMouseEvent additive = shiftAsControl(event);
    QGraphicsView::mouseReleaseEvent(&additive);
    if (event->button() == Qt::LeftButton)
        m_move->finish();
}

void CanvasView::nudge(QPointF delta)
{
    const View *view = m_scene->view();
    if (!view)
        return;
    QStringList ids;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == ElementItem::Type)
            ids << static_cast<ElementItem *>(item)->id();
        else if (item->type() == ZoneItem::Type)
            ids << m_scene->zoneMembers(static_cast<ZoneItem *>(item)->id(), true);
    }
    ids.removeDuplicates();
    ids.sort();  // same elements, same order: consecutive nudges merge
    std::vector<std::pair<QString, QPointF>> centres;
    for (const QString &id : std::as_const(ids))
        centres.emplace_back(id, m_scene->elementItem(id)->pos());
    nudgeElements(m_scene->document(), view->id, centres, delta);
}

void CanvasView::cancelTools()
{
    m_move->cancel();
    m_connect->cancel();
    m_band->cancel();
    m_panning = false;
    m_clickConnect = false;
}

void CanvasView::setDropHighlight(const QString &zoneId)
{
    if (zoneId == m_dropHighlight)
        return;
    if (ZoneItem *old = m_scene->zoneItem(m_dropHighlight))
        old->setDropTarget(false);
    m_dropHighlight = zoneId;
    if (ZoneItem *zone = m_scene->zoneItem(zoneId))
        zone->setDropTarget(true);
}

void CanvasView::addAt(const QString &paletteEntry, QPointF scenePos)
{
    addEntryAt(paletteEntry, scenePos);
}

void CanvasView::addEntryAt(const QString &entry, QPointF scenePos)
{
    const QString zone = m_scene->zoneAt(scenePos);
    const QPointF at = snapPoint(scenePos);
    Document *document = m_scene->document();
    ObjectRef added;
    if (entry == kPaletteZoneEntry)
        added = {Collection::Zones, addZone(document, m_scene->viewId(), at, zone)};
    else if (const auto kind = paletteKind(entry))
        added = {Collection::Elements, addElement(document, m_scene->viewId(), *kind, at, zone)};
    else
        return;
    // Selected, so the inspector opens it ready for a name.
    if (SelectionModel *selection = m_scene->selectionModel()) {
        selection->select({added});
    } else if (QGraphicsItem *item = m_scene->itemFor(added)) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kPaletteMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(kPaletteMimeType))) {
        QGraphicsView::dragMoveEvent(event);
        return;
    }
    setDropHighlight(m_scene->zoneAt(mapToScene(event->position().toPoint())));
    event->acceptProposedAction();
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight({});
    QGraphicsView::dragLeaveEvent(event);
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(kPaletteMimeType))) {
        QGraphicsView::dropEvent(event);
        return;
    }
    setDropHighlight({});
    const QString entry = QString::fromUtf8(event->mimeData()->data(QLatin1String(kPaletteMimeType)));
    addEntryAt(entry, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

}  // namespace lintel::canvas
