#include "views/canvas/zonelayout.h"

#include "views/canvas/canvasconstants.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/elementpainter.h"
#include "views/canvas/sceneitems.h"
#include "views/canvas/zoneitem.h"

#include <algorithm>

namespace lintel::canvas {

QRectF zoneMemberExtent(NodeShape shape, QPointF centre)
{
    return elementExtent(shape, ElementItem::bodyRect()).adjusted(-10, -10, 10, 10).translated(centre);
}

namespace {

QRectF memberExtent(const ElementItem *item)
{
    return zoneMemberExtent(item->nodeShape(), item->pos());
}

}  // namespace

void ZoneLayout::rebuildMembership()
{
    m_membersByZone.clear();
    for (ElementItem *item : std::as_const(m_items.elements))
        if (m_items.zones.contains(item->zoneId()))
            m_membersByZone[item->zoneId()] << item;
}

void ZoneLayout::forgetElement(const ElementItem *item)
{
    for (auto &members : m_membersByZone)
        members.removeAll(item);
}

void ZoneLayout::renameZone(const QString &oldId, const QString &newId)
{
    if (m_membersByZone.contains(oldId))
        m_membersByZone.insert(newId, m_membersByZone.take(oldId));
}

QRectF ZoneLayout::rectFor(const QString &zoneId, const QHash<QString, QPointF> &anchors) const
{
    const SceneContent &content = m_items.content;
    QRectF inner;
    for (const ElementItem *item : m_membersByZone.value(zoneId))
        inner |= memberExtent(item);
    for (const QString &child : content.zones)
        if (content.zoneParent.value(child) == zoneId)
            if (const ZoneItem *zone = m_items.zones.value(child))
                inner |= zone->rect();
    if (inner.isNull()) {
        // Nothing inside yet: the zone sits where it was dropped.
        const QPointF anchor = anchors.value(zoneId);
        return {anchor.x() - kEmptyZoneSize.width() / 2, anchor.y() - kEmptyZoneSize.height() / 2,
                kEmptyZoneSize.width(), kEmptyZoneSize.height()};
    }
    return inner.adjusted(-kZonePadding, -kZonePadding - kZoneHeader, kZonePadding, kZonePadding);
}

void ZoneLayout::resize(const QSet<QString> &zones, const QHash<QString, QPointF> &anchors)
{
    // A zone's size depends on its sub-zones: recompute ancestors too,
    // deepest first.
    QSet<QString> all;
    for (const QString &zone : zones)
        for (QString at = zone; !at.isEmpty() && !all.contains(at); at = m_items.content.zoneParent.value(at))
            all.insert(at);
    QList<ZoneItem *> ordered;
    for (const QString &id : std::as_const(all))
        if (ZoneItem *zone = m_items.zones.value(id))
            ordered << zone;
    std::sort(ordered.begin(), ordered.end(), [](const ZoneItem *a, const ZoneItem *b) {
        return a->depth() != b->depth() ? a->depth() > b->depth() : a->id() < b->id();
    });
    for (ZoneItem *zone : std::as_const(ordered))
        zone->setRect(rectFor(zone->id(), anchors));
    markSiblingOverlaps();
}

void ZoneLayout::resizeAll(const QHash<QString, QPointF> &anchors)
{
    resize(QSet<QString>(m_items.content.zones.begin(), m_items.content.zones.end()), anchors);
}

void ZoneLayout::markSiblingOverlaps() const
{
    // Few zones per view: comparing every pair is cheap.
    for (ZoneItem *zone : std::as_const(m_items.zones)) {
        QList<QRectF> overlaps;
        const QString parent = m_items.content.zoneParent.value(zone->id());
        for (const ZoneItem *other : std::as_const(m_items.zones))
            if (other != zone && m_items.content.zoneParent.value(other->id()) == parent
                && zone->rect().intersects(other->rect()))
                overlaps << zone->rect().intersected(other->rect());
        zone->setSiblingOverlaps(overlaps);
    }
}

QString ZoneLayout::zoneAt(QPointF scenePos) const
{
    const ZoneItem *best = nullptr;
    for (const ZoneItem *zone : m_items.zones) {
        if (!zone->rect().contains(scenePos))
            continue;
        if (!best || zone->depth() > best->depth()
            || (zone->depth() == best->depth() && zone->rect().width() * zone->rect().height()
                                                      < best->rect().width() * best->rect().height()))
            best = zone;
    }
    return best ? best->id() : QString();
}

QStringList ZoneLayout::members(const QString &zoneId, bool recursive) const
{
    QStringList out;
    for (const ElementItem *item : m_membersByZone.value(zoneId))
        out << item->id();
    if (recursive)
        for (const QString &child : m_items.content.zones)
            if (m_items.content.zoneParent.value(child) == zoneId)
                out << members(child, true);
    return out;
}

}  // namespace lintel::canvas
