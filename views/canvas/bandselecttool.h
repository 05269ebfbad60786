#pragma once
// The rubber band: drag on empty canvas (or a zone's inside) to select what
// the band encloses. Done here rather than by QGraphicsView, which requires
// the band to enclose an item's whole bounding rect: elements reserve room
// there for a hover-only connect handle and badges, so a band drawn snugly
// around the visible boxes would miss them. The band tests each item's
// selectionExtent() instead, and hands the model one selection change per
// mouse move.
#include "model/document/collections.h"

#include <QPoint>
#include <QPointF>
#include <QPointer>
#include <memory>
#include <vector>

class QRubberBand;
class QWidget;

namespace lintel::canvas {

class DiagramScene;

class BandSelectTool {
public:
    // The band is drawn as a QRubberBand child of `viewport`.
    BandSelectTool(DiagramScene *scene, QWidget *viewport);
    ~BandSelectTool();

    bool isActive() const { return m_active; }
    // `additive`: keep what was selected before and add to it (Shift/Ctrl);
    // otherwise the selection is cleared right away, as a click on empty
    // canvas does.
    void begin(QPoint viewportPos, QPointF scenePos, bool additive);
    void update(QPoint viewportPos, QPointF scenePos);
    void finish();
    void cancel() { finish(); }  // what is selected so far stays selected

private:
    QPointer<DiagramScene> m_scene;
    std::unique_ptr<QRubberBand> m_band;
    bool m_active = false;
    QPoint m_pressViewport;
    QPointF m_pressScene;
    std::vector<ObjectRef> m_before;  // refs, not items: a rebuild may delete them
};

}  // namespace lintel::canvas
