#pragma once
// Keeps the scene's selected items and the shared SelectionModel (outline,
// inspector, other canvases) in step, in both directions, without echoing a
// change back to where it came from. Order matters: the model's last
// selected object is "current", so what the user clicked last stays last.
#include "views/canvas/sceneitems.h"

#include <QSet>

class QGraphicsItem;
class QGraphicsScene;

namespace lintel {
class SelectionModel;
}

namespace lintel::canvas {

class SelectionSync {
public:
    // `selection` may be nullptr (export, benchmarks): then nothing syncs.
    SelectionSync(QGraphicsScene *scene, SelectionModel *selection, const SceneItems &items)
        : m_scene(scene), m_selection(selection), m_items(items)
    {
    }

    SelectionModel *selectionModel() const { return m_selection; }

    void pushToModel();    // the scene's selection changed
    void pullFromModel();  // the model's selection changed, or the items did
    // Makes exactly `items` the selection and tells the model once, not once
    // per item (a rubber band over thousands of items).
    void select(const QSet<QGraphicsItem *> &items);

    // Runs `change` (e.g. clearing the scene) without telling the model:
    // items vanishing is not the user deselecting them.
    template <class Change> void quietly(Change change)
    {
        const bool was = m_syncing;
        m_syncing = true;
        change();
        m_syncing = was;
    }

private:
    void selectExactly(const QSet<QGraphicsItem *> &items);

    QGraphicsScene *m_scene;
    SelectionModel *m_selection;
    const SceneItems &m_items;
    bool m_syncing = false;
};

}  // namespace lintel::canvas
