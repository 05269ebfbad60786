#include "views/canvas/movetool.h"

#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasedits.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/zoneitem.h"

#include <cmath>

namespace lintel::canvas {

namespace {

QPointF snapped(QPointF p)
{
    return {std::round(p.x() / kGridSize) * kGridSize, std::round(p.y() / kGridSize) * kGridSize};
}

}  // namespace

void MoveTool::begin(const QStringList &elementIds, const QStringList &zoneIds, const QString &anchorId,
                     QPointF pressScenePos)
{
    m_ids.clear();
    m_starts.clear();
    m_emptyZoneStarts.clear();
    // The pressed element first: it snaps, and decides the drop zone.
    QStringList ordered = elementIds;
    if (ordered.removeAll(anchorId) > 0)
        ordered.prepend(anchorId);
    for (const QString &id : std::as_const(ordered))
        if (const ElementItem *item = m_scene->elementItem(id); item && !m_ids.contains(id)) {
            m_ids << id;
            m_starts << item->pos();
        }
    m_zones = zoneIds;
    for (const QString &id : zoneIds)
        if (const ZoneItem *zone = m_scene->zoneItem(id); zone && m_scene->zoneMembers(id, true).isEmpty())
            m_emptyZoneStarts.insert(id, zone->rect());
    if (m_ids.isEmpty() && m_emptyZoneStarts.isEmpty())
        return;
    m_active = true;
    m_draggingZones = !zoneIds.isEmpty();
    m_press = pressScenePos;
    m_delta = {};
    m_anchorStart = m_starts.isEmpty() ? QPointF() : m_starts.front();
    // Dragging elements: zones hold still so an element can leave its
    // zone. Dragging a zone: it follows its members as usual.
    m_scene->setZoneGeometryFrozen(!m_draggingZones);
}

void MoveTool::update(QPointF scenePos, bool snapToGrid)
{
    if (!m_active)
        return;
    QPointF delta = scenePos - m_press;
    if (snapToGrid)  // the pressed element lands on the grid; the rest keep their offsets
        delta = snapped(m_anchorStart + delta) - m_anchorStart;
    moveBy(delta);
    if (const ElementItem *anchor = m_ids.isEmpty() ? nullptr : m_scene->elementItem(m_ids.front());
        anchor && !m_draggingZones)
        setDropTarget(dropZoneFor(anchor));
}

void MoveTool::moveBy(QPointF delta)
{
    if (delta == m_delta)
        return;
    m_delta = delta;
    QList<ElementItem *> moved;
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        if (ElementItem *item = m_scene->elementItem(m_ids[i])) {
            item->setPos(m_starts[i] + delta);
            moved << item;
        }
    for (auto it = m_emptyZoneStarts.begin(); it != m_emptyZoneStarts.end(); ++it)
        if (ZoneItem *zone = m_scene->zoneItem(it.key()))
            zone->setRect(it.value().translated(delta));
    m_scene->elementItemsMoved(moved);
}

// The zone an element joins when dropped here: the innermost zone under its
// centre if that is another zone than its own. Dropped on open canvas it
// keeps its zone (the zone grows): leaving a zone is done in the inspector,
// so a slightly too wide drag never silently moves a service to the internet.
QString MoveTool::dropZoneFor(const ElementItem *item) const
{
    const QString zone = m_scene->zoneAt(item->pos());
    return zone.isEmpty() || zone == item->zoneId() ? QString() : zone;
}

void MoveTool::setDropTarget(const QString &zoneId)
{
    if (zoneId == m_dropTarget)
        return;
    if (ZoneItem *old = m_scene->zoneItem(m_dropTarget))
        old->setDropTarget(false);
    m_dropTarget = zoneId;
    if (ZoneItem *zone = m_scene->zoneItem(zoneId))
        zone->setDropTarget(true);
}

void MoveTool::finish()
{
    if (!m_active)
        return;
    const QPointF delta = m_delta;
    if (delta.isNull()) {
        end();
        return;
    }
    Document *document = m_scene->document();
    const View *view = m_scene->view();
    if (!view) {  // the whole model has nowhere to keep positions
        cancel();
        return;
    }
    std::vector<MoveElementsCommand::Move> moves;
    QHash<QString, QString> newZones;
    for (const QString &id : std::as_const(m_ids)) {
        const ElementItem *item = m_scene->elementItem(id);
        if (!item)
            continue;
        std::optional<Position> from;
        if (const Position *p = findIn(view->positions, item->id()))
            from = *p;
        moves.push_back({item->id(), from, {item->pos().x(), item->pos().y()}});
        if (!m_draggingZones)
            if (const QString zone = dropZoneFor(item); !zone.isEmpty())
                newZones.insert(item->id(), zone);
    }
    // Dragged zones carry their anchors (where they sit while empty).
    for (const QString &zone : std::as_const(m_zones))
        if (const Position *p = findIn(view->positions, zone))
            moves.push_back({zone, *p, {p->x + delta.x(), p->y + delta.y()}});
    const QString viewId = view->id;
    end();
    commitDrag(document, viewId, std::move(moves), newZones);
}

void MoveTool::cancel()
{
    if (!m_active)
        return;
    moveBy({});
    end();
}

void MoveTool::end()
{
    setDropTarget({});
    m_active = false;
    m_scene->setZoneGeometryFrozen(false);
    m_ids.clear();
    m_starts.clear();
    m_emptyZoneStarts.clear();
}

}  // namespace lintel::canvas
