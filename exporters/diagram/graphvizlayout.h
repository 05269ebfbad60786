#pragma once
// Lays out a diagram's graph, falling back when the engine fails: first the
// requested engine with zone clusters, then sfdp and neato without clusters.
// Used by rendering and by the editor's auto-layout so both fall back alike.
#include "exporters/diagram/dotgraph.h"
#include "exporters/diagram/graphvizsession.h"

#include <memory>

namespace lintel {

// dot takes minutes to rank a few hundred elements (see edgerouting.h): for
// more than kLayeredMaxElements, turns a dot `spec` into sfdp without zone
// boxes and says so in `messages`.
void avoidSlowLayering(GraphSpec &spec, const DiagramScope &scope, QStringList &messages);

class LaidOutGraph {
public:
    // `session` must stay open for the lifetime of this object.
    LaidOutGraph(GraphvizSession &session, const Model &model, const DiagramScope &scope,
                 const GraphSpec &spec, QStringList &messages);
    ~LaidOutGraph();
    LaidOutGraph(const LaidOutGraph &) = delete;
    LaidOutGraph &operator=(const LaidOutGraph &) = delete;

    bool ok() const { return m_laidOut; }
    QString error() const { return m_error; }
    QString engine() const { return m_engine; }  // the one that succeeded
    GraphSpec spec() const { return m_spec; }     // of the graph that was laid out
    const DotGraph &graph() const { return *m_graph; }

private:
    bool tryLayout(const QString &engine, QStringList &graphvizMessages);
    void spreadPinnedLayout(const Model &model, const DiagramScope &scope, QStringList &graphvizMessages);
    // Saved positions that misplace zones: drop them and use dot.
    void relayoutUnpinned(const Model &model, const DiagramScope &scope, QStringList &graphvizMessages,
                          QStringList &messages);

    GraphvizSession &m_session;
    std::unique_ptr<DotGraph> m_graph;
    bool m_laidOut = false;
    QString m_engine;
    GraphSpec m_spec;
    QString m_error;
};

}  // namespace lintel
