#include "views/canvas/selectionsync.h"

#include "views/canvas/canvasitem.h"
#include "views/selectionmodel.h"

#include <QGraphicsScene>

namespace lintel::canvas {

void SelectionSync::pushToModel()
{
    if (!m_selection || m_syncing)
        return;
    // Keep the order of what was already selected and append the new ones,
    // so "current" (the last) is what the user clicked last.
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    QSet<QGraphicsItem *> remaining(selected.begin(), selected.end());
    std::vector<ObjectRef> refs;
    for (const ObjectRef &ref : m_selection->selection()) {
        CanvasItem *item = m_items.itemFor(ref);
        if (item && remaining.remove(item))
            refs.push_back(ref);
    }
    for (QGraphicsItem *item : selected)
        if (remaining.contains(item))
            refs.push_back(static_cast<CanvasItem *>(item)->ref());
    quietly([&] { m_selection->select(refs); });
}

void SelectionSync::pullFromModel()
{
    if (!m_selection || m_syncing)
        return;
    QSet<QGraphicsItem *> wanted;
    for (const ObjectRef &ref : m_selection->selection())
        if (CanvasItem *item = m_items.itemFor(ref))
            wanted.insert(item);
    selectExactly(wanted);
}

void SelectionSync::select(const QSet<QGraphicsItem *> &items)
{
    selectExactly(items);
    pushToModel();
}

// Changes item selection flags without echoing each change to the model.
void SelectionSync::selectExactly(const QSet<QGraphicsItem *> &items)
{
    quietly([&] {
        for (QGraphicsItem *item : m_scene->selectedItems())
            if (!items.contains(item))
                item->setSelected(false);
        for (QGraphicsItem *item : items)
            item->setSelected(true);
    });
}

}  // namespace lintel::canvas
