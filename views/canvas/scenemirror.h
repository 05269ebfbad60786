#pragma once
// Mirrors one view of the Document as canvas items, by id: creates, deletes,
// re-reads and re-keys exactly the items a change concerns, following the
// Document's granular signals, and puts new elements where the view saved
// them (or on a fresh grid). It never changes the model.
//
// The geometry that follows from the items (flow lanes, zone rectangles) is
// updated through FlowLanes and ZoneLayout; what the whole scene must redo
// after a change (findings, selection, scene rect) the DiagramScene does.
#include "model/document/document.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace lintel {
class ModelIndex;
}

namespace lintel::canvas {

class DiagramScene;
class ElementItem;
class FlowItem;
class FlowLanes;
class ZoneItem;
class ZoneLayout;
struct SceneItems;

class SceneMirror {
public:
    SceneMirror(DiagramScene &scene, Document *document, const QString &viewId, SceneItems &items,
                FlowLanes &lanes, ZoneLayout &zones);

    Document *document() const { return m_document; }
    const QString &viewId() const { return m_viewId; }
    void setViewId(const QString &viewId) { m_viewId = viewId; }
    const View *view() const;  // nullptr when showing the whole model

    // Brings the items in line with what the view shows now, creating and
    // deleting only the difference (also the whole build after a reset).
    void refreshContent();

    // The Document's signals (scenemirrorsignals.cpp).
    void onObjectAdded(Collection c, const QString &id);
    void onObjectRemoved(Collection c, const QString &id);
    void onObjectChanged(Collection c, const QString &id, FieldKey field);
    void onObjectRenamed(Collection c, const QString &oldId, const QString &newId);
    void onPositionsChanged(const QString &viewId, const QStringList &ids);

private:
    ElementItem *addElementItem(const Element &element);
    FlowItem *addFlowItem(const Flow &flow, const ModelIndex &index);
    ZoneItem *addZoneItem(const Zone &zone, std::optional<Trust> trust);
    void removeElementItem(const QString &id);
    void removeFlowItem(const QString &id);
    void removeZoneItem(const QString &id);
    void placeNewElements(const QStringList &ids);
    void moveToSavedPositions(const QStringList &ids);
    void renameInContent(const QString &oldId, const QString &newId);
    void resyncElements(const std::function<bool(const Element &)> &which);
    void resyncFlows(const std::function<bool(const Flow &)> &which);
    void resyncZones();

    DiagramScene &m_scene;
    Document *m_document;
    QString m_viewId;
    SceneItems &m_items;
    FlowLanes &m_lanes;
    ZoneLayout &m_zones;
};

}  // namespace lintel::canvas
