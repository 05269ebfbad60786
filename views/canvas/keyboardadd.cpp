#include "views/canvas/keyboardadd.h"
#include "model/index/lookup.h"

#include "views/canvas/canvasedits.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/freespot.h"
#include "views/canvas/inlinenameeditor.h"
#include "views/canvas/palette.h"
#include "views/selectionmodel.h"

namespace lintel::canvas {

QString zoneForNew(const CanvasView *view)
{
    const DiagramScene *scene = view->diagramScene();
    const SelectionModel *selection = scene->selectionModel();
    if (!selection || selection->isEmpty())
        return {};
    const ObjectRef current = selection->current();
    if (current.collection == Collection::Zones)
        return current.id;
    if (current.collection == Collection::Elements)
        if (const Element *element = findObject<Element>(scene->document()->model(), current.id))
            return element->zone;
    return {};
}

QPointF placeForNew(const CanvasView *view, const QString &zoneId, std::optional<QPointF> pointer)
{
    const DiagramScene *scene = view->diagramScene();
    std::optional<QPointF> near = pointer;
    if (!near)
        if (const SelectionModel *selection = scene->selectionModel(); selection && !selection->isEmpty())
            if (const ElementItem *item = scene->elementItem(selection->ids(Collection::Elements).value(0)))
                near = item->pos();
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    return freeSpotFor(scene, zoneId, near, centre);
}

ObjectRef addAndName(CanvasView *view, const QString &paletteEntry, std::optional<QPointF> pointer)
{
    DiagramScene *scene = view->diagramScene();
    Document *document = scene->document();
    if (document->isReadOnly())
        return {};
    const QString zone = pointer ? scene->zoneAt(*pointer) : zoneForNew(view);
    const QPointF at = placeForNew(view, zone, pointer);
    ObjectRef added;
    if (paletteEntry == kPaletteZoneEntry)
        added = {Collection::Zones, addZone(document, scene->viewId(), at, zone)};
    else if (const auto kind = paletteKind(paletteEntry))
        added = {Collection::Elements, addElement(document, scene->viewId(), *kind, at, zone)};
    else
        return {};
    if (SelectionModel *selection = scene->selectionModel())
        selection->select({added});
    if (QGraphicsItem *item = scene->itemFor(added))
        view->ensureVisible(item);
    InlineNameEditor::open(view, added);
    return added;
}

}  // namespace lintel::canvas
