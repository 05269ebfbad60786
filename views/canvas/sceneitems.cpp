#include "views/canvas/sceneitems.h"

#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/zoneitem.h"

namespace lintel::canvas {

CanvasItem *SceneItems::itemFor(const ObjectRef &ref) const
{
    switch (ref.collection) {
    case Collection::Elements: return elements.value(ref.id);
    case Collection::Flows: return flows.value(ref.id);
    case Collection::Zones: return zones.value(ref.id);
    default: return nullptr;
    }
}

CanvasItem *SceneItems::itemWithId(const QString &id) const
{
    if (CanvasItem *item = elements.value(id))
        return item;
    if (CanvasItem *item = flows.value(id))
        return item;
    return zones.value(id);
}

QRectF SceneItems::boundingRect() const
{
    QRectF rect;
    for (const ElementItem *item : elements)
        rect |= item->sceneBoundingRect();
    for (const ZoneItem *item : zones)
        rect |= item->rect();
    for (const FlowItem *item : flows)
        rect |= item->sceneBoundingRect();
    return rect;
}

void SceneItems::clear()
{
    elements.clear();
    flows.clear();
    zones.clear();
    flowsByElement.clear();
    content = {};
}

}  // namespace lintel::canvas
