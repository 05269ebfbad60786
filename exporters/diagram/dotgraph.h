#pragma once
// Builds the Graphviz graph of one diagram with cgraph: a node per element,
// an edge per flow, a `cluster_<zone>` subgraph per zone (nested like the
// zones), the legend as the graph's caption. Create, lay out and destroy a
// DotGraph only while a GraphvizSession is open.
#include "exporters/diagram/edgerouting.h"
#include "exporters/diagram/findingmarks.h"
#include "exporters/textdiagrams/diagramids.h"
#include "model/style/diagramscope.h"
#include "model/index/modelindex.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

typedef struct Agraph_s Agraph_t;
typedef struct Agnode_s Agnode_t;

namespace lintel {

struct GraphSpec {
    QString layout = QStringLiteral("dot");  // dot | neato | sfdp
    bool clusters = true;        // zones as boxes (dot, pinned neato); else a zone line per node
    bool pinned = false;         // place elements at the view's saved positions
    // Saved positions are multiplied by this: Graphviz boxes hold more text
    // than the editor's fixed-size ones, so a tight hand layout is spread out
    // evenly (same arrangement) instead of letting boxes overlap.
    double pinnedScale = 1.0;
    const FindingMarks *marks = nullptr;     // mark these (nullptr: no marks)
    QString note;                // extra line in the caption (e.g. a fallback)
};

// Zone boxes drawn inside each other at most this deep. Graphviz lays out
// nested clusters recursively and did not finish 10,000 of them in
// minutes; past this depth nobody reads the nesting from boxes anyway.
inline constexpr int kMaxDrawnZoneDepth = 12;

// How deep the scope's zones nest (1: zones but none inside another).
int zoneNestingDepth(const DiagramScope &scope);

// True when the view saved a position for at least one element it shows.
bool hasSavedPositions(const DiagramScope &scope);

class DotGraph {
public:
    DotGraph(const Model &model, const DiagramScope &scope, const GraphSpec &spec);
    ~DotGraph();
    DotGraph(const DotGraph &) = delete;
    DotGraph &operator=(const DotGraph &) = delete;

    Agraph_t *graph() const { return m_graph; }
    // The graph as DOT source (before layout): deterministic, and `dot -Tsvg`
    // renders it like Lintel does (the layout engine is a graph attribute).
    QByteArray source() const;
    // Graphviz node of each shown element, by element id.
    const QHash<QString, Agnode_t *> &nodes() const { return m_nodes; }
    const DiagramScope &scope() const { return m_scope; }
    // The cluster of each zone drawn as a box, by zone id (empty when zones
    // are not drawn). With pinned positions they are all top level.
    const QHash<QString, Agraph_t *> &zoneClusters() const { return m_zoneClusters; }
    // dot without pinned positions: ranks, nested clusters, inline labels.
    bool isLayered() const;
    // Re-pins every node with a saved position, spread by `scale`.
    void pinPositions(double scale);
    // How the flows are drawn, chosen by the diagram's size.
    const EdgeRouting &routing() const { return m_routing; }
    // No edges at all for a layout that only measures the boxes (routing
    // and placing the flows' labels are the slow parts); true restores
    // routing().
    void drawEdges(bool draw);

private:
    void addClusters(Agraph_t *parent, const QString &parentZone, int depth);
    // Zones nested more than kMaxDrawnZoneDepth deep: each element inside
    // one is drawn in its deepest drawn ancestor's box, naming its zone.
    void addNestedElements(Agraph_t *cluster, const QString &zoneId);
    void addNode(const Element &element);
    void addEdges();
    const FindingMark *markFor(const QString &id) const;

    const Model &m_model;
    const DiagramScope &m_scope;
    const ModelIndex m_index;  // flow ends, found once per flow without a search
    GraphSpec m_spec;
    Agraph_t *m_graph = nullptr;
    QHash<QString, Agnode_t *> m_nodes;
    DiagramIds m_clusterIds{{}, true};
    QHash<QString, Agraph_t *> m_zoneClusters;
    bool m_drawsZones = false;
    bool m_labelsFlows = true;  // false above kLabelledMaxFlows: text in tooltips
    QSet<QString> m_elementsNamingZone;  // drawn in an ancestor's box (too deep)
    DiagramSize m_size;
    EdgeRouting m_routing;
};

}  // namespace lintel
