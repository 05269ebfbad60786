#include "exporters/diagram/pinnedlayout.h"

#include "model/style/diagramstyle.h"

#include <graphviz/gvc.h>

#include <algorithm>
#include <functional>
#include <cmath>
#include <optional>
#include <vector>

namespace lintel {

namespace {

struct Box {
    double x, y, w, h;  // centre and size, points, y down (as saved)
};

// Width and height of an edge's label, whichever kind it has.
pointf labelSize(Agedge_t *edge)
{
    if (ED_label(edge))
        return ED_label(edge)->dimen;
    if (ED_xlabel(edge))
        return ED_xlabel(edge)->dimen;
    return {0, 0};
}

// The factor that separates a and b by `needX` horizontally or `needY`
// vertically, whichever is cheaper.
double spreadFor(const Box &a, const Box &b, double needX, double needY, double most)
{
    const double dx = std::abs(a.x - b.x), dy = std::abs(a.y - b.y);
    const double sx = dx > 0.5 ? needX / dx : most;
    const double sy = dy > 0.5 ? needY / dy : most;
    return std::min(sx, sy);
}

}  // namespace

double pinnedSpread(const DotGraph &graph)
{
    constexpr double gap = 20;  // points between two boxes
    constexpr double most = 4;
    const View *view = graph.scope().view;
    if (!view)
        return 1;
    QHash<Agnode_t *, Box> boxes;
    for (auto it = graph.nodes().constBegin(); it != graph.nodes().constEnd(); ++it)
        if (const Position *p = findIn(view->positions, it.key()))
            boxes.insert(it.value(), {p->x * kPointsPerPixel, p->y * kPointsPerPixel,
                                      ND_width(it.value()) * 72.0, ND_height(it.value()) * 72.0});
    const QList<Agnode_t *> nodes = boxes.keys();
    double spread = 1;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            const Box &a = boxes[nodes[i]], &b = boxes[nodes[j]];
            spread = std::max(spread, spreadFor(a, b, (a.w + b.w) / 2 + gap,
                                                (a.h + b.h) / 2 + gap, most));
        }
    // A flow between two pinned boxes also needs its label's room.
    for (Agnode_t *n = agfstnode(graph.graph()); n; n = agnxtnode(graph.graph(), n))
        for (Agedge_t *e = agfstout(graph.graph(), n); e; e = agnxtout(graph.graph(), e)) {
            if (!boxes.contains(agtail(e)) || !boxes.contains(aghead(e)) || agtail(e) == aghead(e))
                continue;
            const Box &a = boxes[agtail(e)], &b = boxes[aghead(e)];
            const pointf label = labelSize(e);
            spread = std::max(spread, spreadFor(a, b, (a.w + b.w) / 2 + label.x + 2 * gap,
                                                (a.h + b.h) / 2 + label.y + 2 * gap, most));
        }
    return std::min(spread, most);
}

namespace {

constexpr double kZoneMargin = 12;

boxf unite(const boxf &a, const boxf &b)
{
    return {{std::min(a.LL.x, b.LL.x), std::min(a.LL.y, b.LL.y)},
            {std::max(a.UR.x, b.UR.x), std::max(a.UR.y, b.UR.y)}};
}

boxf grown(const boxf &b, double by)
{
    return {{b.LL.x - by, b.LL.y - by}, {b.UR.x + by, b.UR.y + by}};
}

// The zone's box from its own elements and its inner zones (fitted first),
// with room for the title on top. Empty optional: nothing inside.
std::optional<boxf> fitZone(const DotGraph &graph, const QString &zoneId)
{
    std::optional<boxf> box;
    Agraph_t *cluster = graph.zoneClusters().value(zoneId);
    if (cluster) {
        for (Agnode_t *n = agfstnode(cluster); n; n = agnxtnode(cluster, n)) {
            const pointf c = ND_coord(n);
            const double w = ND_width(n) * 36.0, h = ND_height(n) * 36.0;
            const boxf nodeBox = grown({{c.x - w, c.y - h}, {c.x + w, c.y + h}}, kZoneMargin);
            box = box ? unite(*box, nodeBox) : nodeBox;
        }
    }
    // Zones too deep for a box of their own (kMaxDrawnZoneDepth) have their
    // elements in this cluster already.
    for (const Zone *child : graph.scope().childZones(zoneId))
        if (!graph.zoneClusters().contains(child->id))
            continue;
        else if (const auto inner = fitZone(graph, child->id))
            box = box ? unite(*box, grown(*inner, kZoneMargin)) : grown(*inner, kZoneMargin);
    if (!box || !cluster)
        return box;
    if (textlabel_t *label = GD_label(cluster)) {
        box->UR.y += label->dimen.y + 2;
        box->UR.x = std::max(box->UR.x, box->LL.x + label->dimen.x + 16);
        label->pos = {box->LL.x + label->dimen.x / 2 + 8, box->UR.y - label->dimen.y / 2 - 2};
        label->set = TRUE;
    }
    GD_bb(cluster) = *box;
    return box;
}

}  // namespace

namespace {

// Graphviz paints clusters in the order of GD_clust; neato's order is its
// own. Outer zones must be painted first or their fill hides inner ones.
void paintOuterZonesFirst(const DotGraph &graph)
{
    QHash<Agraph_t *, int> depth;
    std::function<void(const QString &, int)> walk = [&](const QString &zoneId, int d) {
        for (const Zone *z : graph.scope().childZones(zoneId)) {
            if (Agraph_t *cluster = graph.zoneClusters().value(z->id)) {
                depth.insert(cluster, d);
                walk(z->id, d + 1);
            }
        }
    };
    walk(QString(), 0);
    Agraph_t *root = graph.graph();
    if (GD_n_cluster(root) < 2)
        return;
    std::stable_sort(GD_clust(root) + 1, GD_clust(root) + GD_n_cluster(root) + 1,
                     [&](Agraph_t *a, Agraph_t *b) { return depth.value(a) < depth.value(b); });
}

}  // namespace

void fitZoneBoxes(const DotGraph &graph)
{
    Agraph_t *root = graph.graph();
    paintOuterZonesFirst(graph);
    textlabel_t *caption = GD_label(root);  // the legend, below everything
    boxf all = GD_bb(root);
    if (caption)
        all.LL.y += caption->dimen.y;  // what is left is the drawing
    for (const Zone *top : graph.scope().childZones(QString()))
        if (const auto box = fitZone(graph, top->id))
            all = unite(all, grown(*box, kZoneMargin));
    if (caption) {
        // Zones may now reach lower than before: put the legend under them.
        all.LL.y -= caption->dimen.y + 8;
        all.UR.x = std::max(all.UR.x, all.LL.x + caption->dimen.x + 8);
        caption->pos = {all.LL.x + caption->dimen.x / 2 + 4, all.LL.y + caption->dimen.y / 2};
        caption->set = TRUE;
    }
    GD_bb(root) = all;
}

namespace {

bool overlaps(const boxf &a, const boxf &b)
{
    return a.LL.x < b.UR.x && b.LL.x < a.UR.x && a.LL.y < b.UR.y && b.LL.y < a.UR.y;
}

// `zoneId` and the zones it is nested in.
QStringList zoneChain(const DiagramScope &scope, QString zoneId)
{
    // The scope has cut every parent loop, so the walk ends at the top; the
    // step limit is only a guard.
    QStringList chain;
    for (std::size_t steps = 0; !zoneId.isEmpty() && steps <= scope.zones.size(); ++steps) {
        chain << zoneId;
        zoneId = scope.m_zoneParent.value(zoneId);
    }
    return chain;
}

QString nameOf(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

}  // namespace

QString pinnedZoneConflict(const DotGraph &graph)
{
    const DiagramScope &scope = graph.scope();
    for (const Zone *zone : scope.zones) {
        Agraph_t *cluster = graph.zoneClusters().value(zone->id);
        if (!cluster)
            continue;
        const boxf box = GD_bb(cluster);
        for (const Element *e : scope.elements) {
            const QString home = scope.containsZone(e->zone) ? e->zone : QString();
            Agnode_t *node = graph.nodes().value(e->id);
            if (!node || zoneChain(scope, home).contains(zone->id))
                continue;
            const pointf c = ND_coord(node);
            const double w = ND_width(node) * 36.0, h = ND_height(node) * 36.0;
            if (overlaps(box, {{c.x - w, c.y - h}, {c.x + w, c.y + h}}))
                return QStringLiteral("the box of zone '%1' would cover '%2'")
                    .arg(nameOf(zone->name, zone->id), nameOf(e->name, e->id));
        }
        for (const Zone *other : scope.zones) {
            Agraph_t *otherCluster = graph.zoneClusters().value(other->id);
            if (other == zone || !otherCluster || zoneChain(scope, zone->id).contains(other->id)
                || zoneChain(scope, other->id).contains(zone->id))
                continue;
            if (overlaps(box, GD_bb(otherCluster)))
                return QStringLiteral("the boxes of zones '%1' and '%2' would overlap")
                    .arg(nameOf(zone->name, zone->id), nameOf(other->name, other->id));
        }
    }
    return {};
}

}  // namespace lintel
