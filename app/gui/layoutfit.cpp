#include "app/gui/layoutfit.h"

#include "model/style/diagramstyle.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/zonelayout.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace lintel {

namespace {

constexpr double kMaxSpread = 6;
constexpr double kSpreadStep = 1.05;
// Deeper zones are not measured (nobody reads nesting that deep from boxes,
// and the recursion stays shallow).
constexpr int kMaxDepth = 200;
// Comparing every pair of bodies is quadratic; past this many elements
// Graphviz's own node separation is trusted.
constexpr std::size_t kMaxPairwiseElements = 600;

QRectF memberExtent(const Element &element, QPointF centre)
{
    return canvas::zoneMemberExtent(elementStyle(element.kind).shape, centre);
}

// True when `inner` is `outer` or nested somewhere inside it.
bool isWithin(const DiagramScope &scope, QString inner, const QString &outer)
{
    for (int guard = 0; !inner.isEmpty() && guard < 10000; ++guard) {
        if (inner == outer)
            return true;
        const Zone *zone = scope.zone(inner);
        inner = zone && scope.containsZone(zone->parent) ? zone->parent : QString();
    }
    return false;
}

}  // namespace

QHash<QString, QRectF> canvasZoneRects(const DiagramScope &scope, const QHash<QString, QPointF> &positions)
{
    QHash<QString, QRectF> rects;
    // Depth first: a zone encloses its sub-zones' rectangles (ZoneLayout).
    std::function<QRectF(const QString &, int)> visit = [&](const QString &zoneId, int depth) {
        QRectF inner;
        for (const Element *element : scope.elementsIn(zoneId))
            if (positions.contains(element->id))
                inner |= memberExtent(*element, positions.value(element->id));
        if (depth < kMaxDepth)
            for (const Zone *child : scope.childZones(zoneId))
                inner |= visit(child->id, depth + 1);
        if (zoneId.isEmpty() || inner.isNull())
            return inner;
        const QRectF rect = inner.adjusted(-canvas::kZonePadding, -canvas::kZonePadding - canvas::kZoneHeader,
                                           canvas::kZonePadding, canvas::kZonePadding);
        rects.insert(zoneId, rect);
        return rect;
    };
    visit(QString(), 0);
    return rects;
}

QString canvasLayoutConflict(const DiagramScope &scope, const QHash<QString, QPointF> &positions)
{
    const QHash<QString, QRectF> zones = canvasZoneRects(scope, positions);
    const QStringList ids = zones.keys();
    for (qsizetype i = 0; i < ids.size(); ++i)
        for (qsizetype j = i + 1; j < ids.size(); ++j) {
            const QString &a = ids[i], &b = ids[j];
            if (isWithin(scope, a, b) || isWithin(scope, b, a))
                continue;
            if (zones.value(a).intersects(zones.value(b)))
                return QStringLiteral("zones %1 and %2 overlap").arg(a, b);
        }
    std::vector<std::pair<const Element *, QRectF>> bodies;
    for (const Element *element : scope.elements) {
        if (!positions.contains(element->id))
            continue;
        const QRectF body = canvas::ElementItem::bodyRect().translated(positions.value(element->id));
        for (auto it = zones.begin(); it != zones.end(); ++it)
            if (it.value().intersects(body) && !isWithin(scope, element->zone, it.key()))
                return QStringLiteral("zone %1 covers %2").arg(it.key(), element->id);
        bodies.emplace_back(element, body);
    }
    if (bodies.size() > kMaxPairwiseElements)
        return {};
    for (std::size_t i = 0; i < bodies.size(); ++i)
        for (std::size_t j = i + 1; j < bodies.size(); ++j)
            if (bodies[i].second.intersects(bodies[j].second))
                return QStringLiteral("%1 and %2 overlap").arg(bodies[i].first->id, bodies[j].first->id);
    return {};
}

FittedLayout fitToCanvas(const DiagramScope &scope, const QHash<QString, QPointF> &graphvizPositions)
{
    FittedLayout fitted;
    for (double spread = 1;; spread *= kSpreadStep) {
        fitted.spread = std::min(spread, kMaxSpread);
        fitted.positions.clear();
        for (auto it = graphvizPositions.begin(); it != graphvizPositions.end(); ++it)
            fitted.positions.insert(it.key(), QPointF(std::round(it->x() * fitted.spread),
                                                      std::round(it->y() * fitted.spread)));
        fitted.conflict = canvasLayoutConflict(scope, fitted.positions);
        if (fitted.conflict.isEmpty() || spread >= kMaxSpread)
            return fitted;
    }
}

}  // namespace lintel
