// CanvasView's connect mode and context menu requests. Connect mode is for
// people who cannot or would rather not drag: click the source, click the
// target, and the mode stays on for the next flow until Escape. The menus
// themselves are built by the application (it owns the actions); the
// canvas only says what was under the pointer.
#include "views/canvas/canvasview.h"

#include "views/canvas/connecthandles.h"
#include "views/canvas/connecttool.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/zoneitem.h"
#include "views/selectionmodel.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QMouseEvent>

namespace lintel::canvas {

namespace {

const ElementItem *elementAt(const DiagramScene *scene, QPointF scenePos)
{
    for (QGraphicsItem *item : scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (item->type() == ElementItem::Type)
            return static_cast<const ElementItem *>(item);
    return nullptr;
}

}  // namespace

void CanvasView::setConnectMode(bool on)
{
    if (on == m_connectMode)
        return;
    m_connectMode = on;
    if (!on)
        cancelTools();
    if (on)
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->unsetCursor();
    emit connectModeChanged(on);
}

void CanvasView::connectFrom(const QString &elementId)
{
    const QPointF pointer = mapToScene(viewport()->mapFromGlobal(QCursor::pos()));
    cancelTools();
    m_connect->begin(elementId, pointer);
    m_clickConnect = m_connect->isActive();
    setFocus(Qt::OtherFocusReason);
}

bool CanvasView::connectPress(QMouseEvent *event, QPointF scenePos)
{
    if (m_connect->isActive() && m_clickConnect) {
        // The second click: the flow ends on the element clicked, or
        // nowhere when the click missed every element.
        m_clickConnect = false;
        m_connect->finish(scenePos);
        event->accept();
        return true;
    }
    if (!m_connectMode)
        return false;
    event->accept();
    if (const ElementItem *source = elementAt(m_scene, scenePos)) {
        m_connect->begin(source->id(), scenePos);
        m_clickConnect = m_connect->isActive();
    }
    return true;
}

bool CanvasView::handlePress(QMouseEvent *event, QPointF scenePos)
{
    // Handles reach beyond the element's outline, so look around the
    // point; a handle hit without hovering first (a quick hand) counts too,
    // but never wins over another element's body under the pointer.
    const double reach = connecthandles::reach(zoom());
    const QRectF around(scenePos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach));
    const ElementItem *under = elementAt(m_scene, scenePos);
    for (QGraphicsItem *item : m_scene->items(around, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        if (item->type() != ElementItem::Type)
            continue;
        auto *element = static_cast<ElementItem *>(item);
        if (under && under != element && !element->showsConnectHandles())
            continue;
        if (!element->isOnConnectHandle(element->mapFromScene(scenePos)))
            continue;
        m_connect->begin(element->id(), scenePos);
        event->accept();
        return true;
    }
    return false;
}

bool CanvasView::connectRelease(QPointF scenePos)
{
    if (m_clickConnect) {
        // Released over another element: a drag in connect mode, done.
        // Released over the source: wait for the click on the target.
        m_connect->update(scenePos);
        if (!m_connect->target().isEmpty()) {
            m_clickConnect = false;
            m_connect->finish(scenePos);
        }
        return true;
    }
    m_connect->finish(scenePos);
    return true;
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    cancelTools();
    ObjectRef ref{Collection::Elements, QString()};
    for (QGraphicsItem *item : m_scene->items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        if (item->type() < QGraphicsItem::UserType || !item->contains(item->mapFromScene(scenePos)))
            continue;
        ref = static_cast<CanvasItem *>(item)->ref();
        break;
    }
    // Inside a zone but on none of its members: the zone's menu.
    if (ref.id.isEmpty()) {
        const QString zone = m_scene->zoneAt(scenePos);
        if (!zone.isEmpty())
            ref = {Collection::Zones, zone};
    }
    // The menu acts on the selection: right-clicking outside it selects
    // what was clicked, as in every editor.
    if (CanvasItem *item = ref.id.isEmpty() ? nullptr : m_scene->itemFor(ref); item && !item->isSelected()) {
        if (SelectionModel *selection = m_scene->selectionModel()) {
            selection->select({ref});
        } else {
            m_scene->clearSelection();
            item->setSelected(true);
        }
    }
    emit contextMenuRequested(ref, scenePos, event->globalPos());
    event->accept();
}

}  // namespace lintel::canvas
