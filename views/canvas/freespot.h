#pragma once
// Where a new element goes when nobody dropped it anywhere: next to what is
// selected (or under the pointer), inside its zone, never on top of another
// element or in a zone it does not belong to.
#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace lintel::canvas {

class DiagramScene;

// The centre for a new element in zone `zoneId` ("" = no zone), on the
// grid. Tries `near` first when given, else next to the zone's right-most
// member, else `fallback`; then rings of grid cells around that point,
// right of it before below it, until one is free.
// `alsoTaken` are centres of elements about to be added (several copies).
QPointF freeSpotFor(const DiagramScene *scene, const QString &zoneId, std::optional<QPointF> near, QPointF fallback,
                    const QList<QPointF> &alsoTaken = {});

}  // namespace lintel::canvas
