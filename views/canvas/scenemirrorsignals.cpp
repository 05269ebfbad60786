// Following the Document: each granular signal updates the few items it
// concerns. Anything that can change what the view shows (membership, zone
// nesting, flow ends) goes through refreshContent(), which is linear with
// hash look-ups and only creates or deletes the difference.
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

void SceneMirror::onObjectAdded(Collection c, const QString &id)
{
    switch (c) {
    case Collection::Elements:
    case Collection::Zones:
    case Collection::Flows:
        refreshContent();
        break;
    case Collection::Views:
        if (id == m_viewId)
            m_scene.rebuild();  // our view came back (undo of its deletion)
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

void SceneMirror::onObjectRemoved(Collection c, const QString &id)
{
    switch (c) {
    case Collection::Flows:
        if (m_items.flows.contains(id)) {
            removeFlowItem(id);
            m_items.content.flows.removeOne(id);
            m_lanes.updateStale();  // the siblings close the gap
        }
        break;
    case Collection::Elements:
    case Collection::Zones:
        refreshContent();
        break;
    case Collection::Views:
        if (id == m_viewId)
            m_scene.rebuild();
        break;
    default:
        onObjectAdded(c, id);  // teams, data, APIs: re-read whoever named it
        break;
    }
}

void SceneMirror::onObjectChanged(Collection c, const QString &id, FieldKey field)
{
    const Model &model = m_document->model();
    switch (c) {
    case Collection::Elements: {
        ElementItem *item = m_items.elements.value(id);
        const Element *element = findObject<Element>(model, id);
        if (item && element) {
            const NodeShape before = item->nodeShape();
            item->sync(model, *element);
            if (item->nodeShape() != before)
                m_lanes.rerouteFlowsOf({item});
        }
        if (field == fieldKey(&Element::zone)) {
            // Membership may change (the view may list zones), zones resize
            // and flows of the element may now cross a boundary.
            refreshContent();
            resyncFlows([&](const Flow &f) { return f.from == id || f.to == id; });
        }
        break;
    }
    case Collection::Flows:
        if (field == fieldKey(&Flow::from) || field == fieldKey(&Flow::to)) {
            removeFlowItem(id);  // re-created with its new ends
            refreshContent();
        } else {
            resyncFlows([&](const Flow &f) { return f.id == id; });
        }
        break;
    case Collection::Zones:
        // Sub-zones inherit trust: re-read them all (there are few).
        resyncZones();
        if (field == fieldKey(&Zone::parent))
            refreshContent();
        break;
    case Collection::Views:
        if (id != m_viewId)
            break;
        if (field == fieldKey(&View::positions))
            moveToSavedPositions(m_items.content.elements + m_items.content.zones);
        else if (field == fieldKey(&View::elements))
            refreshContent();
        break;
    default:
        onObjectAdded(c, id);
        break;
    }
}

void SceneMirror::onObjectRenamed(Collection c, const QString &oldId, const QString &newId)
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
        rekey(m_items.elements);
        if (m_items.flowsByElement.contains(oldId))
            m_items.flowsByElement.insert(newId, m_items.flowsByElement.take(oldId));
    } else if (c == Collection::Flows) {
        rekey(m_items.flows);
    } else if (c == Collection::Zones) {
        rekey(m_items.zones);
        m_zones.renameZone(oldId, newId);
    }
    renameInContent(oldId, newId);
    resyncElements([](const Element &) { return true; });
    resyncFlows([](const Flow &) { return true; });
    resyncZones();
    // Lanes are ordered by flow id and counted from the smaller element id.
    if (c == Collection::Elements)
        for (const FlowItem *flow : m_items.flowsByElement.value(newId))
            m_lanes.markStale(flow);
    else if (const FlowItem *flow = m_items.flows.value(newId); c == Collection::Flows && flow)
        m_lanes.markStale(flow);
    refreshContent();
}

void SceneMirror::renameInContent(const QString &oldId, const QString &newId)
{
    SceneContent &content = m_items.content;
    for (QStringList *list : {&content.elements, &content.flows, &content.zones})
        for (QString &entry : *list)
            if (entry == oldId)
                entry = newId;
    if (content.elementSet.remove(oldId))
        content.elementSet.insert(newId);
    if (content.zoneParent.contains(oldId)) {
        content.zoneParent.insert(newId, content.zoneParent.take(oldId));
        content.zoneDepth.insert(newId, content.zoneDepth.take(oldId));
    }
}

void SceneMirror::onPositionsChanged(const QString &viewId, const QStringList &ids)
{
    if (viewId == m_viewId)
        moveToSavedPositions(ids);
}

void SceneMirror::resyncElements(const std::function<bool(const Element &)> &which)
{
    const Model &model = m_document->model();
    for (const Element &e : model.elements)
        if (ElementItem *item = m_items.elements.value(e.id); item && which(e))
            item->sync(model, e);
}

void SceneMirror::resyncZones()
{
    const Model &model = m_document->model();
    const ZoneTree zoneTree(model);
    for (const Zone &zone : model.zones)
        if (ZoneItem *item = m_items.zones.value(zone.id))
            item->sync(zone, zoneTree.trustOf(zone.id));
}

void SceneMirror::resyncFlows(const std::function<bool(const Flow &)> &which)
{
    const Model &model = m_document->model();
    const ModelIndex index(model);
    for (const Flow &f : model.flows)
        if (FlowItem *item = m_items.flows.value(f.id); item && which(f)) {
            item->sync(index, f);
            item->updateGeometry();  // the label's size may have changed
        }
}

}  // namespace lintel::canvas
