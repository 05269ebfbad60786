// Flows as Graphviz edges.
#include "exporters/diagram/cgraphattrs.h"
#include "exporters/diagram/dotgraph.h"
#include "exporters/diagram/dotlabels.h"
#include "model/style/diagramstyle.h"

#include <graphviz/cgraph.h>

#include <QSet>

#include <algorithm>

namespace lintel {

using namespace cgraph;

void DotGraph::addEdges()
{
    // dot lays parallel edges side by side, each with its own label. The
    // other engines draw them on top of each other, labels overlapping (and
    // Graphviz 2.43 can abort curving them), so there flows between the same
    // two elements, either way, with the same look become one edge, with
    // arrowheads at both ends when they go both ways.
    std::vector<std::vector<const Flow *>> groups;
    QHash<QString, std::size_t> groupOf;
    for (const Flow *f : m_scope.flows) {
        const FlowStyle style = flowStyle(m_index, *f);
        const bool sameOrder = isLayered() || f->from <= f->to;
        const QString key = QStringList{sameOrder ? f->from : f->to, sameOrder ? f->to : f->from,
                                        style.dashed ? QStringLiteral("dashed") : QString(),
                                        style.warnings.join(QLatin1Char(','))}
                                .join(QChar(0));
        if (!isLayered() && groupOf.contains(key)) {
            groups[groupOf.value(key)].push_back(f);
            continue;
        }
        groupOf.insert(key, groups.size());
        groups.push_back({f});
    }

    QSet<QString> joinedPairs;
    for (const std::vector<const Flow *> &group : groups) {
        const Flow &first = *group.front();
        Agedge_t *edge = agedge(m_graph, m_nodes.value(first.from), m_nodes.value(first.to), nullptr, 1);
        const FlowStyle style = flowStyle(m_index, first);
        const QString pair = first.from <= first.to ? first.from + QChar(0) + first.to
                                                    : first.to + QChar(0) + first.from;
        if (first.from != first.to && joinedPairs.contains(pair))
            m_size.parallelEdges = true;
        joinedPairs.insert(pair);
        if (std::any_of(group.begin(), group.end(), [&](const Flow *f) { return f->from != first.from; }))
            set(edge, "dir", QStringLiteral("both"));

        FindingMark combined;
        QStringList tip;
        for (const Flow *f : group) {
            tip << (f->description.isEmpty() ? f->id : f->description);
            if (const FindingMark *mark = markFor(f->id)) {
                combined.worst = combined.count == 0 ? mark->worst : std::min(combined.worst, mark->worst);
                combined.count += mark->count;
                for (const QString &line : mark->lines)
                    combined.addLine(line);
            }
        }
        tip += combined.tooltipLines();
        const FindingMark *mark = combined.count > 0 ? &combined : nullptr;

        // dot reserves room for edge labels in its ranks. With pinned
        // positions a label sits on its edge's middle, where a reader looks
        // for it (external labels drift off to free space, far from their
        // edge); the free force-directed layouts place them as external
        // labels after the layout, avoiding overlaps.
        const bool onEdge = isLayered() || m_spec.pinned;
        if (m_labelsFlows)
            setHtml(edge, onEdge ? "label" : "xlabel", dotlabel::edge(m_index, group, mark));
        else
            for (const Flow *f : group)  // what the label would say, one line per flow
                tip << flowLabel(m_index, *f).replace(QLatin1Char('\n'), QStringLiteral(", "));
        set(edge, "id", escString(QStringLiteral("flow-") + first.id));
        set(edge, "color", dotlabel::color(style.color));
        set(edge, "penwidth", number(style.width + (mark ? 0.8 : 0.0)));
        if (style.dashed)
            set(edge, "style", QStringLiteral("dashed"));
        set(edge, "tooltip", dotlabel::tooltip(tip));
    }
}

}  // namespace lintel
