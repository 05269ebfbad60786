#include "views/canvas/scenecontent.h"

#include "views/canvas/canvasconstants.h"

#include <QRectF>
#include <cmath>
#include <functional>

namespace lintel::canvas {

namespace {

using ZoneIndex = QHash<QString, const Zone *>;

ZoneIndex indexZones(const Model &model)
{
    ZoneIndex zones;
    zones.reserve(qsizetype(model.zones.size()));
    for (const Zone &z : model.zones)
        if (!zones.contains(z.id))
            zones.insert(z.id, &z);
    return zones;
}

// Adds `zoneId` and its ancestors. Broken parent chains (loops, unknown
// ids) are the validator's business; here we just stop.
void addWithAncestors(const ZoneIndex &zones, QString zoneId, QSet<QString> &out)
{
    QSet<QString> seen;
    while (!zoneId.isEmpty() && !seen.contains(zoneId)) {
        seen.insert(zoneId);
        const Zone *zone = zones.value(zoneId);
        if (!zone)
            return;
        out.insert(zoneId);
        zoneId = zone->parent;
    }
}

}  // namespace

SceneContent computeSceneContent(const Model &model, const View *view)
{
    SceneContent content;
    const ZoneIndex zones = indexZones(model);
    QSet<QString> listedElements, listedZones;
    if (view) {
        QSet<QString> allElements;
        allElements.reserve(qsizetype(model.elements.size()));
        for (const Element &e : model.elements)
            allElements.insert(e.id);
        for (const QString &id : view->elements) {
            if (allElements.contains(id))
                listedElements.insert(id);
            else if (zones.contains(id))
                listedZones.insert(id);
        }
    }
    // Whether a zone lies (transitively) inside a listed zone, memoised:
    // thousands of elements share a few dozen zones.
    QHash<QString, bool> withinListed;
    const auto isWithinListed = [&](const QString &zoneId) {
        if (listedZones.isEmpty() || zoneId.isEmpty())
            return false;
        if (auto it = withinListed.constFind(zoneId); it != withinListed.constEnd())
            return *it;
        bool within = false;
        QSet<QString> seen;
        for (QString at = zoneId; !at.isEmpty() && !seen.contains(at);) {
            if (listedZones.contains(at)) {
                within = true;
                break;
            }
            seen.insert(at);
            const Zone *zone = zones.value(at);
            at = zone ? zone->parent : QString();
        }
        withinListed.insert(zoneId, within);
        return within;
    };

    QSet<QString> zoneSet;
    for (const Element &e : model.elements) {
        if (view && !listedElements.contains(e.id) && !isWithinListed(e.zone))
            continue;
        if (content.elementSet.contains(e.id))
            continue;  // duplicate ids: draw the first only
        content.elementSet.insert(e.id);
        content.elements << e.id;
        if (!zoneSet.contains(e.zone))
            addWithAncestors(zones, e.zone, zoneSet);
    }
    for (const QString &z : listedZones)
        addWithAncestors(zones, z, zoneSet);

    for (const Zone &z : model.zones) {
        if (!zoneSet.contains(z.id) || content.zoneParent.contains(z.id))
            continue;
        content.zones << z.id;
        content.zoneParent.insert(z.id, zoneSet.contains(z.parent) && z.parent != z.id ? z.parent : QString());
    }
    // Cut parent loops at the first zone (model order) that leads back to
    // itself, then measure depths.
    for (const QString &z : std::as_const(content.zones)) {
        QSet<QString> seen;
        QString at = content.zoneParent.value(z);
        while (!at.isEmpty() && at != z && !seen.contains(at)) {
            seen.insert(at);
            at = content.zoneParent.value(at);
        }
        if (at == z)
            content.zoneParent[z] = QString();
    }
    for (const QString &z : std::as_const(content.zones)) {
        int depth = 0;
        for (QString at = content.zoneParent.value(z); !at.isEmpty(); at = content.zoneParent.value(at))
            ++depth;
        content.zoneDepth.insert(z, depth);
    }
    for (const Flow &f : model.flows)
        if (content.elementSet.contains(f.from) && content.elementSet.contains(f.to))
            content.flows << f.id;
    return content;
}

QHash<QString, QPointF> savedPositions(const View *view)
{
    QHash<QString, QPointF> out;
    if (!view)
        return out;
    out.reserve(qsizetype(view->positions.size()));
    for (const auto &[id, p] : view->positions)
        out.insert(id, QPointF(p.x, p.y));
    return out;
}

QHash<QString, QPointF> initialPlacement(const Model &model, const SceneContent &content,
                                         const QStringList &unplaced, const QRectF &occupied)
{
    QHash<QString, QPointF> out;
    if (unplaced.isEmpty())
        return out;
    const QSet<QString> wanted(unplaced.begin(), unplaced.end());
    // Grouped by the shown zone each sits in, in model order.
    QHash<QString, QStringList> byZone;
    for (const Element &e : model.elements)
        if (wanted.contains(e.id) && !out.contains(e.id)) {
            byZone[content.zoneParent.contains(e.zone) ? e.zone : QString()] << e.id;
            out.insert(e.id, {});  // marks it taken (duplicate ids)
        }
    const QRectF placed = occupied;

    // Zones depth-first, so a zone's sub-zones come right after it and the
    // blocks of one subtree sit side by side in one row.
    QHash<QString, QStringList> children;
    for (const QString &z : content.zones)
        children[content.zoneParent.value(z)] << z;
    QList<QPair<QString, int>> order;  // zone, depth
    std::function<void(const QString &, int)> visit = [&](const QString &zone, int depth) {
        order.append({zone, depth});
        for (const QString &child : children.value(zone))
            visit(child, depth + 1);
    };
    for (const QString &top : children.value(QString()))
        visit(top, 0);
    order.append({QString(), 0});  // elements in no zone last

    int maxDepth = 0;
    for (const auto &entry : order)
        maxDepth = std::max(maxDepth, entry.second);
    const double gap = kPlacementColumn / 2 + 2 * kZonePadding * (maxDepth + 1);
    const double rowWidth = 12 * kPlacementColumn;
    const double originX = placed.isNull() ? 0 : placed.right() + kElementSize.width() + gap;
    const double originY = placed.isNull() ? 0 : placed.top();
    double x = originX, rowTop = originY, rowBottom = originY;
    for (const auto &[zone, depth] : order) {
        const QStringList members = byZone.value(zone);
        if (members.isEmpty())
            continue;
        // Wrap only between top-level subtrees, never inside one.
        if (depth == 0 && x > originX && x + kPlacementColumn > originX + rowWidth) {
            x = originX;
            rowTop = rowBottom + gap + kZoneHeader * (maxDepth + 1);
        }
        const int columns = std::max(1, int(std::ceil(std::sqrt(double(members.size()) * 1.6))));
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QPointF centre(x + double(i % columns) * kPlacementColumn, rowTop + double(i / columns) * kPlacementRow);
            out.insert(members[i], centre);
            rowBottom = std::max(rowBottom, centre.y());
        }
        x += double(std::min<qsizetype>(columns, members.size())) * kPlacementColumn + gap;
    }
    return out;
}

}  // namespace lintel::canvas
