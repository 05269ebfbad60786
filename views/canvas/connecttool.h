#pragma once
// Drawing a flow: press on an element's "+" handle (or Alt-press anywhere on
// it), drag onto another element, release. A dashed preview arrow follows
// the mouse and the element under it lights up; releasing on empty canvas or
// pressing Escape draws nothing.
#include <QPointF>
#include <QPointer>
#include <QString>

class QGraphicsPathItem;

namespace lintel::canvas {

class DiagramScene;
class ElementItem;

class ConnectTool {
public:
    explicit ConnectTool(DiagramScene *scene) : m_scene(scene) {}
    ~ConnectTool();

    bool isActive() const { return m_preview != nullptr; }
    const QString &source() const { return m_source; }
    // The element the preview ends on now (empty: none).
    const QString &target() const { return m_target; }
    void begin(const QString &sourceId, QPointF scenePos);
    void update(QPointF scenePos);
    // Creates the flow when released over another element; returns its id
    // (empty when nothing was created). The new flow becomes the selection.
    QString finish(QPointF scenePos);
    void cancel();

private:
    ElementItem *targetAt(QPointF scenePos) const;
    void setTarget(ElementItem *target);

    QPointer<DiagramScene> m_scene;  // the scene owns the preview item
    QString m_source;
    QString m_target;
    QGraphicsPathItem *m_preview = nullptr;
};

}  // namespace lintel::canvas
