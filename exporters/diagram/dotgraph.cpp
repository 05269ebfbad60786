#include "exporters/diagram/dotgraph.h"

#include "exporters/diagram/cgraphattrs.h"
#include "exporters/diagram/dotlabels.h"
#include "exporters/diagram/sequentialids.h"
#include "exporters/textdiagrams/diagramids.h"
#include "model/style/diagramstyle.h"

#include <graphviz/cgraph.h>

#include <QSet>

namespace lintel {

namespace {

// agwrite() prints through the graph's I/O discipline; this one appends to
// the QByteArray passed as the channel, so DOT source never touches disk.
int appendToByteArray(void *channel, const char *text)
{
    static_cast<QByteArray *>(channel)->append(text);
    return 0;
}
int flushNothing(void *) { return 0; }

Agiodisc_t memoryIo = {nullptr, &appendToByteArray, &flushNothing};
Agdisc_t memoryDisc = {&AgMemDisc, sequentialIdDiscipline(), &memoryIo};

using namespace cgraph;

void applyShape(Agnode_t *node, NodeShape shape)
{
    QString graphvizShape = QStringLiteral("box");
    QString style = QStringLiteral("filled");
    switch (shape) {
    case NodeShape::Rounded: style = QStringLiteral("rounded,filled"); break;
    case NodeShape::Box: break;
    case NodeShape::Component: graphvizShape = QStringLiteral("component"); break;
    case NodeShape::Hexagon: graphvizShape = QStringLiteral("hexagon"); break;
    case NodeShape::Cylinder: graphvizShape = QStringLiteral("cylinder"); break;
    case NodeShape::Queue: graphvizShape = QStringLiteral("cds"); break;
    // Not "egg": Graphviz outlines an egg with 120 corners, and routing
    // curves costs the cube of all corners (the two people of the shop
    // overview made it four times slower).
    case NodeShape::Actor: graphvizShape = QStringLiteral("ellipse"); break;
    case NodeShape::Screen: graphvizShape = QStringLiteral("box3d"); break;
    case NodeShape::DoubleBox: set(node, "peripheries", QStringLiteral("2")); break;
    }
    set(node, "shape", graphvizShape);
    set(node, "style", style);
}

}  // namespace

int zoneNestingDepth(const DiagramScope &scope)
{
    // Breadth first from the top: the scope has cut every parent loop.
    int depth = 0;
    std::vector<const Zone *> level = scope.childZones(QString());
    while (!level.empty()) {
        ++depth;
        std::vector<const Zone *> next;
        for (const Zone *z : level) {
            const std::vector<const Zone *> inner = scope.childZones(z->id);
            next.insert(next.end(), inner.begin(), inner.end());
        }
        level = std::move(next);
    }
    return depth;
}

bool hasSavedPositions(const DiagramScope &scope)
{
    if (!scope.view)
        return false;
    for (const auto &[id, position] : scope.view->positions)
        if (scope.containsElement(id))
            return true;
    return false;
}

DotGraph::DotGraph(const Model &model, const DiagramScope &scope, const GraphSpec &spec)
    : m_model(model), m_scope(scope), m_index(model), m_spec(spec)
{
    QByteArray name = scope.id.toUtf8();
    m_graph = agopen(name.data(), Agdirected, &memoryDisc);

    // Defaults first, so the DOT output declares them once at the top.
    declare(m_graph, AGRAPH, "fontname", "DejaVu Sans");
    declare(m_graph, AGRAPH, "fontsize", "11");
    declare(m_graph, AGRAPH, "label", "");
    declare(m_graph, AGNODE, "fontname", "DejaVu Sans");
    declare(m_graph, AGNODE, "fontsize", "11");
    declare(m_graph, AGNODE, "fontcolor", "#1a1a1a");
    declare(m_graph, AGNODE, "margin", "0.14,0.07");
    declare(m_graph, AGNODE, "penwidth", "1.2");
    declare(m_graph, AGNODE, "label", "\\N");
    declare(m_graph, AGEDGE, "fontname", "DejaVu Sans");
    declare(m_graph, AGEDGE, "fontsize", "10");
    declare(m_graph, AGEDGE, "fontcolor", "#1a1a1a");
    declare(m_graph, AGEDGE, "arrowsize", "0.8");
    declare(m_graph, AGEDGE, "label", "");
    declare(m_graph, AGEDGE, "xlabel", "");

    set(m_graph, "layout", spec.layout);
    set(m_graph, "bgcolor", QStringLiteral("white"));
    set(m_graph, "pad", QStringLiteral("0.3"));
    set(m_graph, "forcelabels", QStringLiteral("true"));
    set(m_graph, "labelloc", QStringLiteral("b"));
    set(m_graph, "labeljust", QStringLiteral("l"));
    if (spec.pinned) {
        // Saved positions are given in points ("x,y!" pins them); without
        // inputscale neato would read them as inches.
        set(m_graph, "inputscale", QStringLiteral("72"));
        // Keep routed edges clear of the boxes they pass.
        set(m_graph, "esep", QStringLiteral("+10"));
    } else if (spec.layout == QLatin1String("dot")) {
        set(m_graph, "rankdir", QStringLiteral("LR"));
        set(m_graph, "nodesep", QStringLiteral("0.45"));
        set(m_graph, "ranksep", QStringLiteral("0.9 equally"));
        set(m_graph, "newrank", QStringLiteral("true"));
    } else {
        set(m_graph, "overlap", QStringLiteral("prism"));
        set(m_graph, "sep", QStringLiteral("+18"));
        set(m_graph, "esep", QStringLiteral("+8"));
    }
    m_drawsZones = spec.clusters && (isLayered() || spec.pinned);
    QString note = spec.note;
    if (m_drawsZones && zoneNestingDepth(scope) > kMaxDrawnZoneDepth) {
        const QString deep = QStringLiteral("Zones nested more than %1 deep are drawn inside their "
                                            "level-%1 zone; their elements name their zone.")
                                 .arg(kMaxDrawnZoneDepth);
        note = note.isEmpty() ? deep : note + QLatin1Char(' ') + deep;
    }
    m_labelsFlows = qsizetype(scope.flows.size()) <= kLabelledMaxFlows;
    if (!m_labelsFlows) {
        const QString unlabelled = unlabelledFlowsNote(qsizetype(scope.flows.size()));
        note = note.isEmpty() ? unlabelled : note + QLatin1Char(' ') + unlabelled;
    }
    setHtml(m_graph, "label",
            dotlabel::legend(model, m_index, scope, spec.marks && !spec.marks->isEmpty(), note));

    DiagramIds nodeIds({}, true);
    for (const Element *e : scope.elements) {
        QByteArray nodeName = nodeIds(e->id).toUtf8();
        m_nodes.insert(e->id, agnode(m_graph, nodeName.data(), 1));
    }
    // dot nests zone boxes itself. neato draws only top-level clusters, so
    // for pinned views every zone is a top-level cluster and fitZoneBoxes()
    // nests the boxes after layout. The force-directed engines would not
    // keep a zone's elements together: there each node names its zone.
    if (m_drawsZones)
        addClusters(m_graph, QString(), 1);
    for (const Element *e : scope.elements)
        addNode(*e);
    if (spec.pinned)
        pinPositions(spec.pinnedScale);

    addEdges();
    m_size.elements = m_nodes.size();
    m_routing = edgeRoutingFor(isLayered(), m_size);
    drawEdges(true);
}

void DotGraph::drawEdges(bool draw)
{
    set(m_graph, "splines", draw ? m_routing.splines : QStringLiteral("none"));
}

DotGraph::~DotGraph()
{
    if (m_graph)
        agclose(m_graph);
}

bool DotGraph::isLayered() const
{
    return m_spec.layout == QLatin1String("dot") && !m_spec.pinned;
}

void DotGraph::addNestedElements(Agraph_t *cluster, const QString &zoneId)
{
    std::vector<const Zone *> pending = m_scope.childZones(zoneId);
    while (!pending.empty()) {
        const Zone *z = pending.back();
        pending.pop_back();
        for (const Element *e : m_scope.elementsIn(z->id)) {
            agsubnode(cluster, m_nodes.value(e->id), 1);
            m_elementsNamingZone.insert(e->id);
        }
        const std::vector<const Zone *> inner = m_scope.childZones(z->id);
        pending.insert(pending.end(), inner.begin(), inner.end());
    }
}

void DotGraph::addClusters(Agraph_t *parent, const QString &parentZone, int depth)
{
    for (const Zone *z : m_scope.childZones(parentZone)) {
        QByteArray name = (QStringLiteral("cluster_") + m_clusterIds(z->id)).toUtf8();
        Agraph_t *cluster = agsubg(parent, name.data(), 1);
        m_zoneClusters.insert(z->id, cluster);
        const std::optional<Trust> trust = m_scope.zoneTrust(z->id);
        const ZoneStyle style = zoneStyle(trust);
        setHtml(cluster, "label", dotlabel::zone(*z, trust));
        set(cluster, "id", escString(QStringLiteral("zone-") + z->id));
        set(cluster, "style", style.dashedBorder ? QStringLiteral("filled,rounded,dashed")
                                                 : QStringLiteral("filled,rounded"));
        set(cluster, "fillcolor", dotlabel::color(style.fill));
        set(cluster, "color", dotlabel::color(style.border));
        set(cluster, "penwidth", QStringLiteral("1.5"));
        set(cluster, "labelloc", QStringLiteral("t"));
        set(cluster, "labeljust", QStringLiteral("l"));
        set(cluster, "margin", QStringLiteral("14"));
        for (const Element *e : m_scope.elementsIn(z->id))
            agsubnode(cluster, m_nodes.value(e->id), 1);
        if (depth == kMaxDrawnZoneDepth)
            addNestedElements(cluster, z->id);
        else
            addClusters(isLayered() ? cluster : m_graph, z->id, depth + 1);
    }
}

const FindingMark *DotGraph::markFor(const QString &id) const
{
    if (!m_spec.marks)
        return nullptr;
    const auto it = m_spec.marks->constFind(id);
    return it == m_spec.marks->constEnd() ? nullptr : &*it;
}

void DotGraph::addNode(const Element &element)
{
    Agnode_t *node = m_nodes.value(element.id);
    const ElementStyle style = elementStyle(element.kind);
    dotlabel::NodeOptions options;
    options.mark = markFor(element.id);
    if ((!m_drawsZones || m_elementsNamingZone.contains(element.id)) && !element.zone.isEmpty()) {
        const Zone *zone = m_scope.zone(element.zone);
        options.zoneLine = QStringLiteral("zone: ") + (zone ? zoneLabel(*zone, m_scope.zoneTrust(zone->id)) : element.zone);
    }
    applyShape(node, style.shape);
    setHtml(node, "label", dotlabel::node(m_model, element, options));
    set(node, "id", escString(QStringLiteral("el-") + element.id));
    set(node, "fillcolor", dotlabel::color(style.fill));
    set(node, "color", dotlabel::color(options.mark ? findingColor(options.mark->worst) : style.stroke));
    if (options.mark)
        set(node, "penwidth", QStringLiteral("2.8"));

    QStringList tip{element.name.isEmpty() ? element.id : element.name};
    if (!element.description.isEmpty())
        tip << element.description;
    if (options.mark)
        tip += options.mark->tooltipLines();
    set(node, "tooltip", dotlabel::tooltip(tip));
}

void DotGraph::pinPositions(double scale)
{
    if (!m_scope.view)
        return;
    QSet<Agnode_t *> pinned;
    for (const auto &[id, p] : m_scope.view->positions) {
        Agnode_t *node = m_nodes.value(id);
        if (!node)
            continue;
        // Editor pixels, y down -> points, y up.
        set(node, "pos", QStringLiteral("%1,%2!").arg(number(p.x * kPointsPerPixel * scale),
                                                      number(-p.y * kPointsPerPixel * scale)));
        pinned.insert(node);
    }
    // With every element pinned neato has nothing to move, yet it would
    // still iterate its stress model (half its time on 5,000 elements).
    if (pinned.size() == m_nodes.size())
        set(m_graph, "maxiter", QStringLiteral("0"));
}

QByteArray DotGraph::source() const
{
    QByteArray text;
    agwrite(m_graph, &text);
    return text;
}

}  // namespace lintel
