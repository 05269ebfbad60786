#include "views/canvas/freespot.h"
#include "model/index/lookup.h"

#include "views/canvas/canvasconstants.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/zoneitem.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace lintel::canvas {

namespace {

// Room between a new element and its neighbours, so it reads as separate.
constexpr double kGap = 40;
constexpr int kRings = 25;

QRectF bodyAt(QPointF centre)
{
    return QRectF(centre - QPointF(kElementSize.width() / 2, kElementSize.height() / 2), kElementSize);
}

QPointF onGrid(QPointF p)
{
    return {std::round(p.x() / kGridSize) * kGridSize, std::round(p.y() / kGridSize) * kGridSize};
}

// The zone and its ancestors: a spot may lie inside these, never in another.
QSet<QString> zonePath(const DiagramScene *scene, QString zoneId)
{
    QSet<QString> path;
    const Model &model = scene->document()->model();
    while (!zoneId.isEmpty() && !path.contains(zoneId)) {
        path.insert(zoneId);
        const Zone *zone = findObject<Zone>(model, zoneId);
        zoneId = zone ? zone->parent : QString();
    }
    return path;
}

}  // namespace

QPointF freeSpotFor(const DiagramScene *scene, const QString &zoneId, std::optional<QPointF> near, QPointF fallback,
                    const QList<QPointF> &alsoTaken)
{
    QList<QRectF> taken;
    for (QPointF centre : alsoTaken)
        taken << bodyAt(centre).adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
    std::optional<QPointF> rightmostMember;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() != ElementItem::Type)
            continue;
        const auto *element = static_cast<const ElementItem *>(item);
        taken << bodyAt(element->pos()).adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
        if (!zoneId.isEmpty() && element->zoneId() == zoneId
            && (!rightmostMember || element->pos().x() > rightmostMember->x()))
            rightmostMember = element->pos();
    }
    const QSet<QString> allowed = zonePath(scene, zoneId);
    QList<QRectF> foreignZones;
    std::optional<QPointF> zoneCentre;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() != ZoneItem::Type)
            continue;
        const auto *zone = static_cast<const ZoneItem *>(item);
        if (zone->id() == zoneId)
            zoneCentre = zone->rect().center();
        if (!allowed.contains(zone->id()))
            foreignZones << zone->rect().adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
    }
    const QPointF start = onGrid(near ? *near : rightmostMember ? *rightmostMember : zoneCentre ? *zoneCentre : fallback);
    const double stepX = kPlacementColumn, stepY = kPlacementRow;
    auto isFree = [&](QPointF centre) {
        const QRectF body = bodyAt(centre);
        return std::none_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(body); })
            && std::none_of(foreignZones.begin(), foreignZones.end(), [&](const QRectF &r) { return r.intersects(body); });
    };
    if (isFree(start))
        return start;
    for (int ring = 1; ring <= kRings; ++ring) {
        // Cells of this ring, nearest first; right before below before left.
        std::vector<std::pair<int, int>> cells;
        for (int i = -ring; i <= ring; ++i)
            for (int j = -ring; j <= ring; ++j)
                if (std::max(std::abs(i), std::abs(j)) == ring)
                    cells.emplace_back(i, j);
        std::sort(cells.begin(), cells.end(), [](auto a, auto b) {
            auto rank = [](std::pair<int, int> c) {
                return std::tuple(std::abs(c.first) + std::abs(c.second), c.first < 0, c.second < 0, -c.first);
            };
            return rank(a) < rank(b);
        });
        for (auto [i, j] : cells) {
            const QPointF candidate = onGrid(start + QPointF(i * stepX, j * stepY));
            if (isFree(candidate))
                return candidate;
        }
    }
    return start;  // a crowded canvas: overlapping beats not adding
}

}  // namespace lintel::canvas
