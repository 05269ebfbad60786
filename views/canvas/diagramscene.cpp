#include "views/canvas/diagramscene.h"

#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/zoneitem.h"
#include "views/selectionmodel.h"

#include <QGraphicsSceneHelpEvent>
#include <QToolTip>

namespace lintel::canvas {

DiagramScene::DiagramScene(Document *document, SelectionModel *selection, const QString &viewId,
                           QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_selection(selection), m_viewId(viewId)
{
    // No BSP tree: flows between distant elements have bounding rectangles
    // spanning much of the diagram, so each sits in hundreds of BSP leaves.
    // On the L model looking items up in that tree cost 230 ms per frame and
    // every flow re-route a tree update; a plain list is culled in 2 ms.
    setItemIndexMethod(NoIndex);
    connectDocument();
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::pushSelectionToModel);
    if (m_selection)
        connect(m_selection, &SelectionModel::selectionChanged, this, &DiagramScene::pullSelectionFromModel);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items go with the scene; keep the selection model out of it.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::pushSelectionToModel);
}

const View *DiagramScene::view() const
{
    return m_viewId.isEmpty() ? nullptr : findObject<View>(m_document->model(), m_viewId);
}

void DiagramScene::setViewId(const QString &viewId)
{
    if (viewId == m_viewId)
        return;
    m_viewId = viewId;
    rebuild();
}

void DiagramScene::connectDocument()
{
    connect(m_document, &Document::objectAdded, this, &DiagramScene::onObjectAdded);
    connect(m_document, &Document::objectRemoved, this, &DiagramScene::onObjectRemoved);
    connect(m_document, &Document::objectChanged, this, &DiagramScene::onObjectChanged);
    connect(m_document, &Document::objectRenamed, this, &DiagramScene::onObjectRenamed);
    connect(m_document, &Document::positionsChanged, this, &DiagramScene::onPositionsChanged);
    connect(m_document, &Document::modelReset, this, &DiagramScene::rebuild);
}

// --- building -------------------------------------------------------------

void DiagramScene::rebuild()
{
    emit aboutToRebuild();
    m_syncingSelection = true;  // clear() deselects everything: not a user action
    clear();
    m_syncingSelection = false;
    m_elements.clear();
    m_flows.clear();
    m_zones.clear();
    m_flowsByElement.clear();
    m_membersByZone.clear();
    m_staleLanes.clear();
    m_content = {};
    refreshContent();
    emit rebuilt();
}

// Brings the set of items in line with what the view shows now, creating and
// deleting only the difference, then lays out the lanes of the element pairs
// that gained or lost a flow and redoes the (cheap, per zone) zone rectangles.
// Flows elsewhere keep their geometry: on the L model an added element must
// not re-route 20,000 flows.
void DiagramScene::refreshContent()
{
    const Model &model = m_document->model();
    const View *v = view();
    SceneContent next = computeSceneContent(model, v);

    const QSet<QString> nextFlows(next.flows.begin(), next.flows.end());
    for (const QString &id : m_content.flows)
        if (!nextFlows.contains(id))
            removeFlowItem(id);
    for (const QString &id : m_content.elements)
        if (!next.elementSet.contains(id))
            removeElementItem(id);
    const QSet<QString> nextZones(next.zones.begin(), next.zones.end());
    for (const QString &id : m_content.zones)
        if (!nextZones.contains(id))
            removeZoneItem(id);
    m_content = std::move(next);

    const ElementIndex elementById(model);
    for (const Zone &z : model.zones)
        if (m_content.zoneParent.contains(z.id) && !m_zones.contains(z.id))
            addZoneItem(z);
    for (const QString &id : std::as_const(m_content.zones))
        if (ZoneItem *zone = m_zones.value(id))
            zone->setDepth(m_content.zoneDepth.value(id));

    QStringList added;
    for (const QString &id : std::as_const(m_content.elements))
        if (!m_elements.contains(id)) {
            addElementItem(*elementById.find(id));
            added << id;
        }
    placeNewElements(added);

    for (const Flow &f : model.flows)
        if (nextFlows.contains(f.id) && !m_flows.contains(f.id))
            addFlowItem(f, elementById);
    updateStaleLanes();
    rebuildZoneMembership();
    updateAllZoneRects();
    applyFindings();
    growSceneRect(contentRect());
    pullSelectionFromModel();
}

ElementItem *DiagramScene::addElementItem(const Element &element)
{
    auto *item = new ElementItem(element.id);
    item->sync(m_document->model(), element);
    addItem(item);
    m_elements.insert(element.id, item);
    return item;
}

FlowItem *DiagramScene::addFlowItem(const Flow &flow, const ElementIndex &elements)
{
    auto *item = new FlowItem(flow.id);
    item->sync(m_document->model(), elements, flow);
    addItem(item);
    m_flows.insert(flow.id, item);
    m_flowsByElement[flow.from] << item;
    if (flow.to != flow.from)
        m_flowsByElement[flow.to] << item;
    markLanesStale(item);
    return item;
}

ZoneItem *DiagramScene::addZoneItem(const Zone &zone)
{
    auto *item = new ZoneItem(zone.id);
    item->sync(m_document->model(), zone);
    addItem(item);
    m_zones.insert(zone.id, item);
    return item;
}

void DiagramScene::removeFlowItem(const QString &id)
{
    FlowItem *item = m_flows.take(id);
    if (!item)
        return;
    markLanesStale(item);
    for (const QString &end : {item->fromId(), item->toId()}) {
        auto it = m_flowsByElement.find(end);
        if (it != m_flowsByElement.end()) {
            it->removeAll(item);
            if (it->isEmpty())
                m_flowsByElement.erase(it);
        }
    }
    delete item;  // QGraphicsItem's destructor takes it out of the scene
}

void DiagramScene::removeElementItem(const QString &id)
{
    for (FlowItem *flow : m_flowsByElement.value(id))
        removeFlowItem(flow->id());
    for (auto &members : m_membersByZone)
        members.removeAll(m_elements.value(id));
    delete m_elements.take(id);
}

void DiagramScene::removeZoneItem(const QString &id)
{
    delete m_zones.take(id);
    m_membersByZone.remove(id);
}

// --- queries --------------------------------------------------------------

CanvasItem *DiagramScene::itemFor(const ObjectRef &ref) const
{
    switch (ref.collection) {
    case Collection::Elements: return m_elements.value(ref.id);
    case Collection::Flows: return m_flows.value(ref.id);
    case Collection::Zones: return m_zones.value(ref.id);
    default: return nullptr;
    }
}

QRectF DiagramScene::contentRect() const
{
    QRectF rect;
    for (const ElementItem *item : m_elements)
        rect |= item->sceneBoundingRect();
    for (const ZoneItem *item : m_zones)
        rect |= item->rect();
    for (const FlowItem *item : m_flows)
        rect |= item->sceneBoundingRect();
    return rect;
}

QString DiagramScene::zoneAt(QPointF scenePos) const
{
    const ZoneItem *best = nullptr;
    for (const ZoneItem *zone : m_zones) {
        if (!zone->rect().contains(scenePos))
            continue;
        if (!best || zone->depth() > best->depth()
            || (zone->depth() == best->depth() && zone->rect().width() * zone->rect().height()
                                                      < best->rect().width() * best->rect().height()))
            best = zone;
    }
    return best ? best->id() : QString();
}

QStringList DiagramScene::zoneMembers(const QString &zoneId, bool recursive) const
{
    QStringList out;
    for (const ElementItem *item : m_membersByZone.value(zoneId))
        out << item->id();
    if (recursive)
        for (const QString &child : m_content.zones)
            if (m_content.zoneParent.value(child) == zoneId)
                out << zoneMembers(child, true);
    return out;
}

void DiagramScene::setExporting(bool exporting)
{
    // Cached element pixels need no invalidation: Qt keeps them per view
    // widget, and an export's render() is not a view's (tst_canvas
    // cachedItemsRepaintOnChange checks the export shows no selection).
    m_exporting = exporting;
    update();
}

void DiagramScene::measureFlowDensity(const QRectF &visibleArea)
{
    // About a millisecond on the L model's 20,000 flows; counts bounding
    // rectangles, so a long diagonal flow near a corner counts too.
    constexpr int kCrowdedFlows = 400;
    int crossing = 0;
    for (const FlowItem *flow : std::as_const(m_flows))
        if (flow->sceneBoundingRect().intersects(visibleArea) && ++crossing > kCrowdedFlows)
            break;
    m_flowsCrowded = crossing > kCrowdedFlows;
}

// --- findings -------------------------------------------------------------

void DiagramScene::setFindings(const Findings &findings)
{
    m_findings = findings;
    applyFindings();
}

void DiagramScene::applyFindings()
{
    for (const ObjectRef &ref : m_marked)
        if (CanvasItem *item = itemFor(ref))
            item->setFindings({});
    m_marked.clear();
    QHash<CanvasItem *, FindingMarks> marks;
    // Most severe first, so each item's list and icon lead with the worst.
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        for (const Finding &f : m_findings) {
            if (f.suppressed || f.severity != severity)
                continue;
            for (const QString &target : f.targets) {
                CanvasItem *item = m_elements.value(target);
                if (!item)
                    item = m_flows.value(target);
                if (!item)
                    item = m_zones.value(target);
                if (!item)
                    continue;
                FindingMarks &m = marks[item];
                if (m.count == 0)
                    m.worst = severity;
                ++m.count;
                m.lines << QStringLiteral("%1 · %2 (%3)").arg(enumName(severity), f.message, f.rule);
                break;  // one marker per finding, on its first shown target
            }
        }
    }
    for (auto it = marks.begin(); it != marks.end(); ++it) {
        it.key()->setFindings(std::move(it.value()));
        m_marked.push_back(it.key()->ref());
    }
}

// --- selection ------------------------------------------------------------

void DiagramScene::pushSelectionToModel()
{
    if (!m_selection || m_syncingSelection)
        return;
    // Keep the order of what was already selected and append the new ones,
    // so "current" (the last) is what the user clicked last.
    const QList<QGraphicsItem *> selected = selectedItems();
    QSet<QGraphicsItem *> remaining(selected.begin(), selected.end());
    std::vector<ObjectRef> refs;
    for (const ObjectRef &ref : m_selection->selection()) {
        CanvasItem *item = itemFor(ref);
        if (item && remaining.remove(item))
            refs.push_back(ref);
    }
    for (QGraphicsItem *item : selected)
        if (remaining.contains(item))
            refs.push_back(static_cast<CanvasItem *>(item)->ref());
    m_syncingSelection = true;
    m_selection->select(refs);
    m_syncingSelection = false;
}

void DiagramScene::pullSelectionFromModel()
{
    if (!m_selection || m_syncingSelection)
        return;
    QSet<QGraphicsItem *> wanted;
    for (const ObjectRef &ref : m_selection->selection())
        if (CanvasItem *item = itemFor(ref))
            wanted.insert(item);
    selectExactly(wanted);
}

void DiagramScene::setSelectedItems(const QSet<QGraphicsItem *> &items)
{
    selectExactly(items);
    pushSelectionToModel();
}

// Changes item selection flags without echoing each change to the model.
void DiagramScene::selectExactly(const QSet<QGraphicsItem *> &items)
{
    const bool wasSyncing = m_syncingSelection;
    m_syncingSelection = true;
    for (QGraphicsItem *item : selectedItems())
        if (!items.contains(item))
            item->setSelected(false);
    for (QGraphicsItem *item : items)
        item->setSelected(true);
    m_syncingSelection = wasSyncing;
}

// --- tooltips -------------------------------------------------------------

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (item->type() < QGraphicsItem::UserType)
            continue;
        QToolTip::showText(event->screenPos(), static_cast<CanvasItem *>(item)->toolTipText(), event->widget());
        event->accept();
        return;
    }
    QToolTip::hideText();
}

}  // namespace lintel::canvas
