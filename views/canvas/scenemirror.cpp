#include "views/canvas/scenemirror.h"

#include "model/index/zonetree.h"
#include "model/index/modelindex.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/flowlanes.h"
#include "views/canvas/sceneitems.h"
#include "views/canvas/zoneitem.h"
#include "views/canvas/zonelayout.h"

namespace lintel::canvas {

SceneMirror::SceneMirror(DiagramScene &scene, Document *document, const QString &viewId, SceneItems &items,
                         FlowLanes &lanes, ZoneLayout &zones)
    : m_scene(scene), m_document(document), m_viewId(viewId), m_items(items), m_lanes(lanes), m_zones(zones)
{
}

const View *SceneMirror::view() const
{
    return m_viewId.isEmpty() ? nullptr : findObject<View>(m_document->model(), m_viewId);
}

// Then lays out the lanes of the element pairs that gained or lost a flow and
// redoes the (cheap, per zone) zone rectangles. Flows elsewhere keep their
// geometry: on the L model an added element must not re-route 20,000 flows.
void SceneMirror::refreshContent()
{
    const Model &model = m_document->model();
    const View *v = view();
    SceneContent next = computeSceneContent(model, v);

    const QSet<QString> nextFlows(next.flows.begin(), next.flows.end());
    for (const QString &id : m_items.content.flows)
        if (!nextFlows.contains(id))
            removeFlowItem(id);
    for (const QString &id : m_items.content.elements)
        if (!next.elementSet.contains(id))
            removeElementItem(id);
    const QSet<QString> nextZones(next.zones.begin(), next.zones.end());
    for (const QString &id : m_items.content.zones)
        if (!nextZones.contains(id))
            removeZoneItem(id);
    m_items.content = std::move(next);

    const ModelIndex index(model);
    const ZoneTree &zoneTree = index.zoneTree();
    for (const Zone &z : model.zones)
        if (m_items.content.zoneParent.contains(z.id) && !m_items.zones.contains(z.id))
            addZoneItem(z, zoneTree.trustOf(z.id));
    for (const QString &id : std::as_const(m_items.content.zones))
        if (ZoneItem *zone = m_items.zones.value(id))
            zone->setDepth(m_items.content.zoneDepth.value(id));

    QStringList added;
    for (const QString &id : std::as_const(m_items.content.elements))
        if (!m_items.elements.contains(id)) {
            addElementItem(*index.element(id));
            added << id;
        }
    placeNewElements(added);

    for (const Flow &f : model.flows)
        if (nextFlows.contains(f.id) && !m_items.flows.contains(f.id))
            addFlowItem(f, index);
    m_lanes.updateStale();
    m_zones.rebuildMembership();
    m_zones.resizeAll(savedPositions(v));
    m_scene.contentRefreshed();
}

ElementItem *SceneMirror::addElementItem(const Element &element)
{
    auto *item = new ElementItem(element.id);
    item->sync(m_document->model(), element);
    m_scene.addItem(item);
    m_items.elements.insert(element.id, item);
    return item;
}

FlowItem *SceneMirror::addFlowItem(const Flow &flow, const ModelIndex &index)
{
    auto *item = new FlowItem(flow.id);
    item->sync(index, flow);
    m_scene.addItem(item);
    m_items.flows.insert(flow.id, item);
    m_items.flowsByElement[flow.from] << item;
    if (flow.to != flow.from)
        m_items.flowsByElement[flow.to] << item;
    m_lanes.markStale(item);
    return item;
}

ZoneItem *SceneMirror::addZoneItem(const Zone &zone, std::optional<Trust> trust)
{
    auto *item = new ZoneItem(zone.id);
    item->sync(zone, trust);
    m_scene.addItem(item);
    m_items.zones.insert(zone.id, item);
    return item;
}

void SceneMirror::removeFlowItem(const QString &id)
{
    FlowItem *item = m_items.flows.take(id);
    if (!item)
        return;
    m_lanes.markStale(item);
    for (const QString &end : {item->fromId(), item->toId()}) {
        auto it = m_items.flowsByElement.find(end);
        if (it != m_items.flowsByElement.end()) {
            it->removeAll(item);
            if (it->isEmpty())
                m_items.flowsByElement.erase(it);
        }
    }
    delete item;  // QGraphicsItem's destructor takes it out of the scene
}

void SceneMirror::removeElementItem(const QString &id)
{
    for (FlowItem *flow : m_items.flowsByElement.value(id))
        removeFlowItem(flow->id());
    m_zones.forgetElement(m_items.elements.value(id));
    delete m_items.elements.take(id);
}

void SceneMirror::removeZoneItem(const QString &id)
{
    delete m_items.zones.take(id);
    m_zones.forgetZone(id);
}

// --- positions --------------------------------------------------------------

void SceneMirror::placeNewElements(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    const QHash<QString, QPointF> saved = savedPositions(view());
    const QSet<QString> fresh(ids.begin(), ids.end());
    QRectF occupied;
    for (const ElementItem *item : std::as_const(m_items.elements))
        if (!fresh.contains(item->id()))
            occupied |= QRectF(item->pos(), QSizeF(1, 1));
    QStringList unplaced;
    for (const QString &id : ids) {
        auto it = saved.constFind(id);
        if (it == saved.constEnd()) {
            unplaced << id;
            continue;
        }
        m_items.elements.value(id)->setPos(*it);
        occupied |= QRectF(*it, QSizeF(1, 1));
    }
    const QHash<QString, QPointF> placement =
        initialPlacement(m_document->model(), m_items.content, unplaced, occupied);
    for (auto it = placement.begin(); it != placement.end(); ++it)
        if (ElementItem *item = m_items.elements.value(it.key()))
            item->setPos(*it);
}

// Elements with a saved position go there; the others stay where they are.
void SceneMirror::moveToSavedPositions(const QStringList &ids)
{
    const QHash<QString, QPointF> saved = savedPositions(view());
    QList<ElementItem *> moved;
    for (const QString &id : ids) {
        ElementItem *item = m_items.elements.value(id);
        auto it = saved.constFind(id);
        if (!item || it == saved.constEnd() || item->pos() == *it)
            continue;
        item->setPos(*it);
        moved << item;
    }
    if (!moved.isEmpty())
        m_scene.elementItemsMoved(moved);
    // Empty zones are anchored at a saved position of their own.
    QSet<QString> zones;
    for (const QString &id : ids)
        if (m_items.zones.contains(id))
            zones.insert(id);
    if (!zones.isEmpty())
        m_zones.resize(zones, saved);
}

}  // namespace lintel::canvas
