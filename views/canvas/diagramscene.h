#pragma once
// One view of the model as a QGraphicsScene. The scene only coordinates;
// each job is a part of its own (as Tiled's MapScene leaves rendering and
// object items to their classes):
//   SceneItems     which item shows which id (shared by the parts)
//   SceneMirror    follows the Document's signals, creates and syncs items
//   FlowLanes      fans out parallel flows
//   ZoneLayout     zone membership, rectangles and hit-testing
//   FindingMarker  the validator's findings on the items
//   SelectionSync  scene selection <-> SelectionModel
//   LevelOfDetail  hairline flows when the view is crowded
// It never changes the model; CanvasView and the tools do, through commands.
#include "model/document/document.h"
#include "model/rules/finding.h"
#include "views/canvas/findingmarker.h"
#include "views/canvas/flowlanes.h"
#include "views/canvas/levelofdetail.h"
#include "views/canvas/sceneitems.h"
#include "views/canvas/scenemirror.h"
#include "views/canvas/selectionsync.h"
#include "views/canvas/semanticzoom.h"
#include "views/canvas/zonelayout.h"

#include <QGraphicsScene>
#include <QHash>

namespace lintel {
class SelectionModel;
}

namespace lintel::canvas {

class CanvasItem;
class ElementItem;
class FlowItem;
class ZoneItem;

class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    // `viewId` names the View whose elements and positions are shown; an
    // empty or unknown id shows the whole model (positions then cannot be
    // saved). `selection` may be nullptr (export, benchmarks).
    DiagramScene(Document *document, SelectionModel *selection, const QString &viewId,
                 QObject *parent = nullptr);
    ~DiagramScene() override;

    Document *document() const { return m_mirror.document(); }
    SelectionModel *selectionModel() const { return m_selectionSync.selectionModel(); }
    QString viewId() const { return m_mirror.viewId(); }
    const View *view() const;  // nullptr when showing the whole model
    void setViewId(const QString &viewId);

    // Marks findings on the items they target (the first shown target of
    // each; accepted risks are left out). Kept across edits and rebuilds.
    void setFindings(const Findings &findings);

    ElementItem *elementItem(const QString &id) const { return m_items.elements.value(id); }
    FlowItem *flowItem(const QString &id) const { return m_items.flows.value(id); }
    ZoneItem *zoneItem(const QString &id) const { return m_items.zones.value(id); }
    CanvasItem *itemFor(const ObjectRef &ref) const { return m_items.itemFor(ref); }
    QList<ElementItem *> elementItems() const { return m_items.elements.values(); }
    QList<ZoneItem *> zoneItems() const { return m_items.zones.values(); }
    qsizetype elementCount() const { return m_items.elements.size(); }
    qsizetype flowCount() const { return m_items.flows.size(); }
    qsizetype zoneCount() const { return m_items.zones.size(); }

    // Everything drawn, for zoom-to-fit and export.
    QRectF contentRect() const { return m_items.boundingRect(); }

    // The innermost zone whose area contains `scenePos` ("" for none).
    QString zoneAt(QPointF scenePos) const { return m_zoneLayout.zoneAt(scenePos); }
    QStringList zoneMembers(const QString &zoneId, bool recursive) const
    {
        return m_zoneLayout.members(zoneId, recursive);
    }

    // Tools call this after moving element items themselves (drag), so
    // flows follow; zones follow too unless frozen.
    void elementItemsMoved(const QList<ElementItem *> &items);
    // While dragging, zones keep their size: an element leaving its zone
    // must be able to leave it instead of dragging the border along.
    void setZoneGeometryFrozen(bool frozen);

    // Makes exactly `items` the selection and tells the selection model
    // once, not once per item (a rubber band over thousands of items).
    void setSelectedItems(const QSet<QGraphicsItem *> &items);

    // The zoom of the view editing this scene: connect handles keep their
    // size on screen (connecthandles.h).
    double viewZoom() const { return m_viewZoom; }
    void setViewZoom(double zoom);

    // Export mode: no grid, selection, hover or connect handles.
    bool isExporting() const { return m_exporting; }
    void setExporting(bool exporting);

    // Semantic zoom: the smallest on-screen size of element and zone names
    // (semanticzoom.h). Presentation mode raises it for a shared screen.
    double minimumLabelPixels() const { return m_minLabelPixels; }
    void setMinimumLabelPixels(double pixels);

    // Level of detail by density: when more than a few hundred flows cross
    // the visible area, flows are drawn as hairlines (FlowItem::paint).
    // The view measures its whole visible area before each frame, so a
    // partial repaint matches the pixels around it.
    void measureFlowDensity(const QRectF &visibleArea);
    bool flowsCrowded() const { return m_detail.flowsCrowded() && !m_exporting; }

signals:
    // Every item is about to be deleted: tools holding one must let go.
    void aboutToRebuild();
    void rebuilt();

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    // The mirror calls back when the items changed or must all be rebuilt.
    friend class SceneMirror;
    void rebuild();
    void contentRefreshed();
    void growSceneRect(const QRectF &rect);

    // Declaration order is construction order: the parts hold references
    // to the registry, the mirror to the parts.
    SceneItems m_items;
    FlowLanes m_lanes{m_items};
    ZoneLayout m_zoneLayout{m_items};
    FindingMarker m_findingMarker{m_items};
    SelectionSync m_selectionSync;
    LevelOfDetail m_detail;
    SceneMirror m_mirror;
    bool m_exporting = false;
    double m_viewZoom = 1.0;
    double m_minLabelPixels = kMinLabelPixels;
};

}  // namespace lintel::canvas
