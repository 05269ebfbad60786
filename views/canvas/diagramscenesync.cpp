// Following the Document: each granular signal updates the few items it
// concerns. Anything that can change what the view shows (membership, zone
// nesting, flow ends) goes through refreshContent(), which is linear with
// hash look-ups and only creates or deletes the difference.
#include "views/canvas/diagramscene.h"

#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/zoneitem.h"

namespace lintel::canvas {

void DiagramScene::onObjectAdded(Collection c, const QString &id)
{
    switch (c) {
    case Collection::Elements:
    case Collection::Zones:
    case Collection::Flows:
        refreshContent();
        break;
    case Collection::Views:
        if (id == m_viewId)
            rebuild();  // our view came back (undo of its deletion)
        break;
    case Collection::Teams:
        resyncElements([&](const Element &e) { return e.team == id; });
        break;
    case Collection::Data:
        resyncElements([&](const Element &e) { return e.data.contains(id); });
        break;
    case Collection::Apis:
        resyncFlows([&](const Flow &f) { return f.api == id; });
        break;
    default:
        break;
    }
}

void DiagramScene::onObjectRemoved(Collection c, const QString &id)
{
    switch (c) {
    case Collection::Flows:
        if (m_flows.contains(id)) {
            removeFlowItem(id);
            m_content.flows.removeOne(id);
            updateStaleLanes();  // the siblings close the gap
        }
        break;
    case Collection::Elements:
    case Collection::Zones:
        refreshContent();
        break;
    case Collection::Views:
        if (id == m_viewId)
            rebuild();
        break;
    default:
        onObjectAdded(c, id);  // teams, data, APIs: re-read whoever named it
        break;
    }
}

void DiagramScene::onObjectChanged(Collection c, const QString &id, const QString &path)
{
    const Model &model = m_document->model();
    switch (c) {
    case Collection::Elements: {
        ElementItem *item = m_elements.value(id);
        const Element *element = findObject<Element>(model, id);
        if (item && element) {
            const NodeShape before = item->nodeShape();
            item->sync(model, *element);
            if (item->nodeShape() != before)
                updateFlowsOf({item});
        }
        if (path == u"zone") {
            // Membership may change (the view may list zones), zones resize
            // and flows of the element may now cross a boundary.
            refreshContent();
            resyncFlows([&](const Flow &f) { return f.from == id || f.to == id; });
        }
        break;
    }
    case Collection::Flows:
        if (path == u"from" || path == u"to") {
            removeFlowItem(id);  // re-created with its new ends
            refreshContent();
        } else {
            resyncFlows([&](const Flow &f) { return f.id == id; });
        }
        break;
    case Collection::Zones:
        // Sub-zones inherit trust: re-read them all (there are few).
        resyncZones();
        if (path == u"parent")
            refreshContent();
        break;
    case Collection::Views:
        if (id != m_viewId)
            break;
        if (path == u"positions")
            moveToSavedPositions(m_content.elements + m_content.zones);
        else if (path == u"elements")
            refreshContent();
        break;
    default:
        onObjectAdded(c, id);
        break;
    }
}

void DiagramScene::onObjectRenamed(Collection c, const QString &oldId, const QString &newId)
{
    if (c == Collection::Views) {
        if (oldId == m_viewId)
            m_viewId = newId;
        return;
    }
    // Renames are rare and rewrite references all over the model without
    // further signals: re-key the item, then re-read everything shown.
    const auto rekey = [&](auto &items) {
        if (auto *item = items.take(oldId)) {
            item->setId(newId);
            items.insert(newId, item);
        }
    };
    if (c == Collection::Elements) {
        rekey(m_elements);
        if (m_flowsByElement.contains(oldId))
            m_flowsByElement.insert(newId, m_flowsByElement.take(oldId));
    } else if (c == Collection::Flows) {
        rekey(m_flows);
    } else if (c == Collection::Zones) {
        rekey(m_zones);
        if (m_membersByZone.contains(oldId))
            m_membersByZone.insert(newId, m_membersByZone.take(oldId));
    }
    for (QStringList *list : {&m_content.elements, &m_content.flows, &m_content.zones})
        for (QString &entry : *list)
            if (entry == oldId)
                entry = newId;
    if (m_content.elementSet.remove(oldId))
        m_content.elementSet.insert(newId);
    if (m_content.zoneParent.contains(oldId)) {
        m_content.zoneParent.insert(newId, m_content.zoneParent.take(oldId));
        m_content.zoneDepth.insert(newId, m_content.zoneDepth.take(oldId));
    }
    resyncElements([](const Element &) { return true; });
    resyncFlows([](const Flow &) { return true; });
    resyncZones();
    // Lanes are ordered by flow id and counted from the smaller element id.
    if (c == Collection::Elements)
        for (const FlowItem *flow : m_flowsByElement.value(newId))
            markLanesStale(flow);
    else if (const FlowItem *flow = m_flows.value(newId); c == Collection::Flows && flow)
        markLanesStale(flow);
    refreshContent();
}

void DiagramScene::onPositionsChanged(const QString &viewId, const QStringList &ids)
{
    if (viewId == m_viewId)
        moveToSavedPositions(ids);
}

void DiagramScene::resyncElements(const std::function<bool(const Element &)> &which)
{
    const Model &model = m_document->model();
    for (const Element &e : model.elements)
        if (ElementItem *item = m_elements.value(e.id); item && which(e))
            item->sync(model, e);
}

void DiagramScene::resyncZones()
{
    const Model &model = m_document->model();
    for (const Zone &zone : model.zones)
        if (ZoneItem *item = m_zones.value(zone.id))
            item->sync(model, zone);
}

void DiagramScene::resyncFlows(const std::function<bool(const Flow &)> &which)
{
    const Model &model = m_document->model();
    const ElementIndex elements(model);
    for (const Flow &f : model.flows)
        if (FlowItem *item = m_flows.value(f.id); item && which(f)) {
            item->sync(model, elements, f);
            item->updateGeometry();  // the label's size may have changed
        }
}

}  // namespace lintel::canvas
