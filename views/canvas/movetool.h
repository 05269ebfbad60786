#pragma once
// Dragging elements (or whole zones, by their title bar) with the mouse.
// Items move live; nothing reaches the model until the button is released,
// then the drag becomes one undoable step: the new positions, plus a zone
// change for each element dropped into a different zone.
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

namespace lintel::canvas {

class DiagramScene;
class ElementItem;
class ZoneItem;

class MoveTool {
public:
    explicit MoveTool(DiagramScene *scene) : m_scene(scene) {}

    bool isActive() const { return m_active; }
    // `elementIds` move along; `zoneIds` are zones dragged as a whole (their
    // members are in `elementIds`). The pressed element `anchorId` (may be
    // empty) is the one that snaps to the grid.
    void begin(const QStringList &elementIds, const QStringList &zoneIds, const QString &anchorId,
               QPointF pressScenePos);
    void update(QPointF scenePos, bool snapToGrid);
    void finish();
    void cancel();

private:
    void moveBy(QPointF delta);
    QString dropZoneFor(const ElementItem *item) const;
    void setDropTarget(const QString &zoneId);
    void end();

    DiagramScene *m_scene;
    bool m_active = false;
    bool m_draggingZones = false;
    QPointF m_press;
    QPointF m_delta;
    QStringList m_ids;  // ids, not items: an edit elsewhere may delete one mid-drag
    QList<QPointF> m_starts;
    QStringList m_zones;
    QHash<QString, QRectF> m_emptyZoneStarts;  // zones with nothing inside move by their rect
    QPointF m_anchorStart;
    QString m_dropTarget;
};

}  // namespace lintel::canvas
