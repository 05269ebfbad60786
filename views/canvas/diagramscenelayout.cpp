// Geometry the scene derives from positions: where new elements go, how
// parallel flows fan out, how big each zone is.
#include "views/canvas/diagramscene.h"

#include "views/canvas/elementitem.h"
#include "views/canvas/elementpainter.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/zoneitem.h"

#include <algorithm>
#include <utility>

namespace lintel::canvas {

namespace {

QPair<QString, QString> pairKey(const FlowItem *flow)
{
    return flow->fromId() < flow->toId() ? qMakePair(flow->fromId(), flow->toId())
                                         : qMakePair(flow->toId(), flow->fromId());
}

// What a zone must enclose of a member: the body with its decorations and
// the badges that straddle its edges.
QRectF memberExtent(const ElementItem *item)
{
    return elementExtent(item->nodeShape(), ElementItem::bodyRect()).adjusted(-10, -10, 10, 10).translated(item->pos());
}

}  // namespace

void DiagramScene::placeNewElements(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    const QHash<QString, QPointF> saved = savedPositions(view());
    const QSet<QString> fresh(ids.begin(), ids.end());
    QRectF occupied;
    for (const ElementItem *item : std::as_const(m_elements))
        if (!fresh.contains(item->id()))
            occupied |= QRectF(item->pos(), QSizeF(1, 1));
    QStringList unplaced;
    for (const QString &id : ids) {
        auto it = saved.constFind(id);
        if (it == saved.constEnd()) {
            unplaced << id;
            continue;
        }
        m_elements.value(id)->setPos(*it);
        occupied |= QRectF(*it, QSizeF(1, 1));
    }
    const QHash<QString, QPointF> placement =
        initialPlacement(m_document->model(), m_content, unplaced, occupied);
    for (auto it = placement.begin(); it != placement.end(); ++it)
        if (ElementItem *item = m_elements.value(it.key()))
            item->setPos(*it);
}

// Elements with a saved position go there; the others stay where they are.
void DiagramScene::moveToSavedPositions(const QStringList &ids)
{
    const QHash<QString, QPointF> saved = savedPositions(view());
    QList<ElementItem *> moved;
    for (const QString &id : ids) {
        ElementItem *item = m_elements.value(id);
        auto it = saved.constFind(id);
        if (!item || it == saved.constEnd() || item->pos() == *it)
            continue;
        item->setPos(*it);
        moved << item;
    }
    if (!moved.isEmpty())
        elementItemsMoved(moved);
    // Empty zones are anchored at a saved position of their own.
    QSet<QString> zones;
    for (const QString &id : ids)
        if (m_zones.contains(id))
            zones.insert(id);
    if (!zones.isEmpty())
        updateZoneRects(zones);
}

void DiagramScene::markLanesStale(const FlowItem *flow)
{
    m_staleLanes.insert(pairKey(flow));
}

void DiagramScene::updateStaleLanes()
{
    const QSet<QPair<QString, QString>> stale = std::exchange(m_staleLanes, {});
    for (const auto &[a, b] : stale)
        updateLanes(a, b);
}

void DiagramScene::updateLanes(const QString &a, const QString &b)
{
    QList<FlowItem *> pair;
    for (FlowItem *flow : m_flowsByElement.value(a))
        if ((flow->fromId() == a && flow->toId() == b) || (flow->fromId() == b && flow->toId() == a))
            pair << flow;
    // Sorted by id: the same model always fans out the same way.
    std::sort(pair.begin(), pair.end(), [](const FlowItem *x, const FlowItem *y) { return x->id() < y->id(); });
    const double middle = (double(pair.size()) - 1) / 2;
    const bool loop = a == b;
    for (qsizetype i = 0; i < pair.size(); ++i) {
        FlowItem *flow = pair[i];
        flow->setEnds(m_elements.value(flow->fromId()), m_elements.value(flow->toId()),
                      loop ? double(i) : double(i) - middle);
        flow->updateGeometry();
    }
}

void DiagramScene::updateFlowsOf(const QList<ElementItem *> &items)
{
    QSet<FlowItem *> flows;
    for (const ElementItem *item : items)
        for (FlowItem *flow : m_flowsByElement.value(item->id()))
            flows.insert(flow);
    for (FlowItem *flow : std::as_const(flows))
        flow->updateGeometry();
}

void DiagramScene::elementItemsMoved(const QList<ElementItem *> &items)
{
    updateFlowsOf(items);
    QRectF moved;
    QSet<QString> zones;
    for (const ElementItem *item : items) {
        moved |= item->sceneBoundingRect();
        if (m_zones.contains(item->zoneId()))
            zones.insert(item->zoneId());
    }
    if (!m_zonesFrozen && !zones.isEmpty())
        updateZoneRects(zones);
    growSceneRect(moved);
}

void DiagramScene::setZoneGeometryFrozen(bool frozen)
{
    m_zonesFrozen = frozen;
    if (!frozen)
        updateAllZoneRects();
}

void DiagramScene::rebuildZoneMembership()
{
    m_membersByZone.clear();
    for (ElementItem *item : std::as_const(m_elements))
        if (m_zones.contains(item->zoneId()))
            m_membersByZone[item->zoneId()] << item;
}

QRectF DiagramScene::zoneRectFor(const QString &zoneId, const QHash<QString, QPointF> &anchors) const
{
    QRectF inner;
    for (const ElementItem *item : m_membersByZone.value(zoneId))
        inner |= memberExtent(item);
    for (const QString &child : m_content.zones)
        if (m_content.zoneParent.value(child) == zoneId)
            if (const ZoneItem *zone = m_zones.value(child))
                inner |= zone->rect();
    if (inner.isNull()) {
        // Nothing inside yet: the zone sits where it was dropped.
        const QPointF anchor = anchors.value(zoneId);
        return {anchor.x() - kEmptyZoneSize.width() / 2, anchor.y() - kEmptyZoneSize.height() / 2,
                kEmptyZoneSize.width(), kEmptyZoneSize.height()};
    }
    return inner.adjusted(-kZonePadding, -kZonePadding - kZoneHeader, kZonePadding, kZonePadding);
}

void DiagramScene::updateZoneRects(const QSet<QString> &zones)
{
    // A zone's size depends on its sub-zones: recompute ancestors too,
    // deepest first.
    QSet<QString> all;
    for (const QString &zone : zones)
        for (QString at = zone; !at.isEmpty() && !all.contains(at); at = m_content.zoneParent.value(at))
            all.insert(at);
    QList<ZoneItem *> ordered;
    for (const QString &id : std::as_const(all))
        if (ZoneItem *zone = m_zones.value(id))
            ordered << zone;
    std::sort(ordered.begin(), ordered.end(), [](const ZoneItem *a, const ZoneItem *b) {
        return a->depth() != b->depth() ? a->depth() > b->depth() : a->id() < b->id();
    });
    const QHash<QString, QPointF> anchors = savedPositions(view());
    for (ZoneItem *zone : std::as_const(ordered))
        zone->setRect(zoneRectFor(zone->id(), anchors));
    markSiblingOverlaps();
}

void DiagramScene::markSiblingOverlaps()
{
    // Few zones per view: comparing every pair is cheap.
    for (ZoneItem *zone : std::as_const(m_zones)) {
        QList<QRectF> overlaps;
        const QString parent = m_content.zoneParent.value(zone->id());
        for (const ZoneItem *other : std::as_const(m_zones))
            if (other != zone && m_content.zoneParent.value(other->id()) == parent
                && zone->rect().intersects(other->rect()))
                overlaps << zone->rect().intersected(other->rect());
        zone->setSiblingOverlaps(overlaps);
    }
}

void DiagramScene::updateAllZoneRects()
{
    updateZoneRects(QSet<QString>(m_content.zones.begin(), m_content.zones.end()));
}

void DiagramScene::growSceneRect(const QRectF &rect)
{
    // Generous margins so there is room to drag things out and to scroll
    // past the edge; the rect only grows, or the view would jump.
    const QRectF wanted = rect.adjusted(-600, -600, 600, 600);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
}

}  // namespace lintel::canvas
