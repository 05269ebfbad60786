#pragma once
// The edits the canvas makes, each one undo step built from the Document's
// commands. Free functions taking ids and values (no items), so they can be
// tested and reused without a scene.
#include "model/document/commands.h"

#include <QHash>
#include <QPointF>
#include <vector>

namespace lintel::canvas {

// A free id: `base` itself when `tryBase` and free, else "<base>-1",
// "<base>-2", ... (the first one checkNewId accepts).
QString uniqueId(const Model &model, const QString &base, bool tryBase);

// Adds a new element of `kind` (named "New service", id "new-service-3") with its
// centre at `centre` to view `viewId`, inside zone `zoneId` (may be empty).
// One undo step, "Add service". Returns the new id.
QString addElement(Document *document, const QString &viewId, ElementKind kind, QPointF centre,
                   const QString &zoneId);

// Adds a new zone ("New zone", id "new-zone-2", trust internal) inside `parentId`
// and lists it in view `viewId`, anchored at `centre` until it holds
// something. One undo step. Returns the new id.
QString addZone(Document *document, const QString &viewId, QPointF centre, const QString &parentId);

// Draws a flow from one element to another with workshop defaults (see the
// definition for why). One undo step. Returns the new flow's id.
QString addFlow(Document *document, const QString &fromId, const QString &toId);

// Saves the result of a drag: new positions and, for elements dropped into
// another zone, their new zone. One undo step that never merges with the
// previous one (two drags are two steps, unlike nudges).
void commitDrag(Document *document, const QString &viewId, std::vector<MoveElementsCommand::Move> moves,
                const QHash<QString, QString> &newZones);

// Moves elements by `delta` with the arrow keys. Consecutive nudges of the
// same elements merge into one undo step.
void nudgeElements(Document *document, const QString &viewId,
                   const std::vector<std::pair<QString, QPointF>> &currentCentres, QPointF delta);

// The kind a palette entry names, or nullopt for "zone".
std::optional<ElementKind> paletteKind(const QString &name);

}  // namespace lintel::canvas
