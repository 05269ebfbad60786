#include "views/canvas/diagramscene.h"

#include "views/canvas/elementitem.h"
#include "views/canvas/zoneitem.h"
#include "views/selectionmodel.h"

#include <QGraphicsSceneHelpEvent>
#include <QToolTip>

namespace lintel::canvas {

DiagramScene::DiagramScene(Document *document, SelectionModel *selection, const QString &viewId,
                           QObject *parent)
    : QGraphicsScene(parent),
      m_selectionSync(this, selection, m_items),
      m_mirror(*this, document, viewId, m_items, m_lanes, m_zoneLayout)
{
    // No BSP tree: flows between distant elements have bounding rectangles
    // spanning much of the diagram, so each sits in hundreds of BSP leaves.
    // On the L model looking items up in that tree cost 230 ms per frame and
    // every flow re-route a tree update; a plain list is culled in 2 ms.
    setItemIndexMethod(NoIndex);

    SceneMirror *mirror = &m_mirror;
    connect(document, &Document::objectAdded, this,
            [mirror](Collection c, const QString &id) { mirror->onObjectAdded(c, id); });
    connect(document, &Document::objectRemoved, this,
            [mirror](Collection c, const QString &id) { mirror->onObjectRemoved(c, id); });
    connect(document, &Document::objectChanged, this,
            [mirror](Collection c, const QString &id, const QString &, FieldKey field) {
                mirror->onObjectChanged(c, id, field);
            });
    connect(document, &Document::objectRenamed, this,
            [mirror](Collection c, const QString &from, const QString &to) { mirror->onObjectRenamed(c, from, to); });
    connect(document, &Document::positionsChanged, this,
            [mirror](const QString &view, const QStringList &ids) { mirror->onPositionsChanged(view, ids); });
    connect(document, &Document::modelReset, this, &DiagramScene::rebuild);

    connect(this, &QGraphicsScene::selectionChanged, this, [this] { m_selectionSync.pushToModel(); });
    if (selection)
        connect(selection, &SelectionModel::selectionChanged, this, [this] { m_selectionSync.pullFromModel(); });
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items go with the scene; keep the selection model out of it.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

const View *DiagramScene::view() const
{
    return m_mirror.view();
}

void DiagramScene::setViewId(const QString &viewId)
{
    if (viewId == m_mirror.viewId())
        return;
    m_mirror.setViewId(viewId);
    rebuild();
}

void DiagramScene::rebuild()
{
    emit aboutToRebuild();
    // clear() deselects everything: not a user action.
    m_selectionSync.quietly([this] { clear(); });
    m_items.clear();
    m_lanes.clear();
    m_zoneLayout.clear();
    m_mirror.refreshContent();
    emit rebuilt();
}

// After every refresh of the items: what depends on the whole set.
void DiagramScene::contentRefreshed()
{
    m_findingMarker.apply();
    growSceneRect(contentRect());
    m_selectionSync.pullFromModel();
}

void DiagramScene::setFindings(const Findings &findings)
{
    m_findingMarker.setFindings(findings, &document()->model());
}

void DiagramScene::elementItemsMoved(const QList<ElementItem *> &items)
{
    m_lanes.rerouteFlowsOf(items);
    QRectF moved;
    QSet<QString> zones;
    for (const ElementItem *item : items) {
        moved |= item->sceneBoundingRect();
        if (m_items.zones.contains(item->zoneId()))
            zones.insert(item->zoneId());
    }
    if (!m_zoneLayout.isFrozen() && !zones.isEmpty())
        m_zoneLayout.resize(zones, savedPositions(view()));
    growSceneRect(moved);
}

void DiagramScene::setZoneGeometryFrozen(bool frozen)
{
    m_zoneLayout.setFrozen(frozen);
    if (!frozen)
        m_zoneLayout.resizeAll(savedPositions(view()));
}

void DiagramScene::setSelectedItems(const QSet<QGraphicsItem *> &items)
{
    m_selectionSync.select(items);
}

void DiagramScene::setViewZoom(double zoom)
{
    m_viewZoom = zoom;
    for (ElementItem *item : std::as_const(m_items.elements))
        item->zoomChanged();
}

void DiagramScene::setExporting(bool exporting)
{
    // Cached element pixels need no invalidation: Qt keeps them per view
    // widget, and an export's render() is not a view's (tst_canvas
    // cachedItemsRepaintOnChange checks the export shows no selection).
    m_exporting = exporting;
    update();
}

void DiagramScene::setMinimumLabelPixels(double pixels)
{
    if (pixels == m_minLabelPixels)
        return;
    m_minLabelPixels = pixels;
    // Elements cache their pixels: update() makes them paint again.
    for (ElementItem *item : std::as_const(m_items.elements))
        item->update();
    for (ZoneItem *item : std::as_const(m_items.zones))
        item->update();
}

void DiagramScene::measureFlowDensity(const QRectF &visibleArea)
{
    m_detail.measure(m_items.flows, visibleArea);
}

void DiagramScene::growSceneRect(const QRectF &rect)
{
    // Generous margins so there is room to drag things out and to scroll
    // past the edge; the rect only grows, or the view would jump.
    const QRectF wanted = rect.adjusted(-600, -600, 600, 600);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
}

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
