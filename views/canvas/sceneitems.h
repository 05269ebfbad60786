#pragma once
// Which canvas item stands for which model id, and what the view shows now.
// The scene's parts (the mirror, lanes, zones, findings, selection) share
// this one registry instead of each keeping its own hashes, so an item that
// is deleted or re-keyed is gone from, or renamed in, all of them at once.
#include "model/document/collections.h"
#include "views/canvas/scenecontent.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace lintel::canvas {

class CanvasItem;
class ElementItem;
class FlowItem;
class ZoneItem;

struct SceneItems {
    QHash<QString, ElementItem *> elements;
    QHash<QString, FlowItem *> flows;
    QHash<QString, ZoneItem *> zones;
    QHash<QString, QList<FlowItem *>> flowsByElement;  // both ends; a loop once
    SceneContent content;  // what the view showed at the last refresh

    CanvasItem *itemFor(const ObjectRef &ref) const;
    // An element, flow or zone with this id (findings name ids, not collections).
    CanvasItem *itemWithId(const QString &id) const;
    // Everything drawn, for zoom-to-fit and export.
    QRectF boundingRect() const;
    // Forgets every item (the scene has deleted them).
    void clear();
};

}  // namespace lintel::canvas
