#pragma once
// One view of the model as a QGraphicsScene. The scene mirrors the Document
// by id: one item per shown element, flow and zone, kept in hashes, updated
// one at a time from the Document's granular signals (and rebuilt on reset).
// It never changes the model; CanvasView and the tools do, through commands.
#include "model/document/document.h"
#include "model/rules/finding.h"
#include "views/canvas/scenecontent.h"

#include <QGraphicsScene>
#include <QHash>
#include <functional>

namespace lintel {
class ElementIndex;
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

    Document *document() const { return m_document; }
    SelectionModel *selectionModel() const { return m_selection; }
    QString viewId() const { return m_viewId; }
    const View *view() const;  // nullptr when showing the whole model
    void setViewId(const QString &viewId);

    // Marks findings on the items they target (the first shown target of
    // each; accepted risks are left out). Kept across edits and rebuilds.
    void setFindings(const Findings &findings);

    ElementItem *elementItem(const QString &id) const { return m_elements.value(id); }
    FlowItem *flowItem(const QString &id) const { return m_flows.value(id); }
    ZoneItem *zoneItem(const QString &id) const { return m_zones.value(id); }
    CanvasItem *itemFor(const ObjectRef &ref) const;
    qsizetype elementCount() const { return m_elements.size(); }
    qsizetype flowCount() const { return m_flows.size(); }
    qsizetype zoneCount() const { return m_zones.size(); }

    // Everything drawn, for zoom-to-fit and export.
    QRectF contentRect() const;

    // The innermost zone whose area contains `scenePos` ("" for none).
    QString zoneAt(QPointF scenePos) const;
    QStringList zoneMembers(const QString &zoneId, bool recursive) const;

    // Tools call this after moving element items themselves (drag), so
    // flows follow; zones follow too unless frozen.
    void elementItemsMoved(const QList<ElementItem *> &items);
    // While dragging, zones keep their size: an element leaving its zone
    // must be able to leave it instead of dragging the border along.
    void setZoneGeometryFrozen(bool frozen);

    // Makes exactly `items` the selection and tells the selection model
    // once, not once per item (a rubber band over thousands of items).
    void setSelectedItems(const QSet<QGraphicsItem *> &items);

    // Export mode: no grid, selection, hover or connect handles.
    bool isExporting() const { return m_exporting; }
    void setExporting(bool exporting);

    // Level of detail by density: when more than a few hundred flows cross
    // the visible area, flows are drawn as hairlines (FlowItem::paint).
    // The view measures its whole visible area before each frame, so a
    // partial repaint matches the pixels around it.
    void measureFlowDensity(const QRectF &visibleArea);
    bool flowsCrowded() const { return m_flowsCrowded && !m_exporting; }

signals:
    // Every item is about to be deleted: tools holding one must let go.
    void aboutToRebuild();
    void rebuilt();

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    // diagramscene.cpp
    void rebuild();
    void refreshContent();
    ElementItem *addElementItem(const Element &element);
    FlowItem *addFlowItem(const Flow &flow, const ElementIndex &elements);
    ZoneItem *addZoneItem(const Zone &zone);
    void removeElementItem(const QString &id);
    void removeFlowItem(const QString &id);
    void removeZoneItem(const QString &id);
    void applyFindings();
    void pushSelectionToModel();
    void pullSelectionFromModel();
    void selectExactly(const QSet<QGraphicsItem *> &items);
    void connectDocument();
    // diagramscenelayout.cpp
    void placeNewElements(const QStringList &ids);
    void moveToSavedPositions(const QStringList &ids);
    // Lanes (the fan-out of parallel flows) are recomputed only for the
    // element pairs whose set of flows changed since the last call.
    void markLanesStale(const FlowItem *flow);
    void updateStaleLanes();
    void updateLanes(const QString &a, const QString &b);
    void updateFlowsOf(const QList<ElementItem *> &items);
    void updateZoneRects(const QSet<QString> &zones);
    void updateAllZoneRects();
    QRectF zoneRectFor(const QString &zoneId, const QHash<QString, QPointF> &anchors) const;
    void rebuildZoneMembership();
    void markSiblingOverlaps();
    void growSceneRect(const QRectF &rect);
    // diagramscenesync.cpp
    void onObjectAdded(Collection c, const QString &id);
    void onObjectRemoved(Collection c, const QString &id);
    void onObjectChanged(Collection c, const QString &id, const QString &path);
    void onObjectRenamed(Collection c, const QString &oldId, const QString &newId);
    void onPositionsChanged(const QString &viewId, const QStringList &ids);
    void resyncElements(const std::function<bool(const Element &)> &which);
    void resyncFlows(const std::function<bool(const Flow &)> &which);
    void resyncZones();

    Document *m_document;
    SelectionModel *m_selection;
    QString m_viewId;
    SceneContent m_content;
    QHash<QString, ElementItem *> m_elements;
    QHash<QString, FlowItem *> m_flows;
    QHash<QString, ZoneItem *> m_zones;
    QHash<QString, QList<FlowItem *>> m_flowsByElement;
    QHash<QString, QList<ElementItem *>> m_membersByZone;  // direct members of shown zones
    QSet<QPair<QString, QString>> m_staleLanes;  // element pairs (ordered ids) gaining or losing a flow
    Findings m_findings;
    std::vector<ObjectRef> m_marked;  // items currently showing findings
    bool m_exporting = false;
    bool m_flowsCrowded = false;
    bool m_zonesFrozen = false;
    bool m_syncingSelection = false;
};

}  // namespace lintel::canvas
