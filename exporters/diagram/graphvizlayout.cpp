#include "exporters/diagram/graphvizlayout.h"

#include "exporters/diagram/edgerouting.h"
#include "exporters/diagram/pinnedlayout.h"

#include <graphviz/gvc.h>

namespace lintel {

namespace {

// The first error and the lines after it (Graphviz explains an error over
// several lines: "syntax error in line 1", "... <B></B> ...", "in label of").
QString errorText(const QStringList &lines, const QString &fallback)
{
    qsizetype first = 0;
    while (first < lines.size() && !lines.at(first).startsWith(QLatin1String("Error")))
        ++first;
    if (first == lines.size())
        return lines.isEmpty() ? fallback : lines.first();
    return lines.mid(first, 3).join(QLatin1Char(' '));
}

}  // namespace

void avoidSlowLayering(GraphSpec &spec, const DiagramScope &scope, QStringList &messages)
{
    const bool tooManyFlows = qsizetype(scope.flows.size()) > kLayeredMaxFlows;
    if (spec.layout != QLatin1String("dot") || spec.pinned
        || (qsizetype(scope.elements.size()) <= kLayeredMaxElements && !tooManyFlows))
        return;
    if (tooManyFlows && qsizetype(scope.elements.size()) <= kLayeredMaxElements) {
        spec.layout = QStringLiteral("sfdp");
        spec.clusters = false;
        spec.note = QStringLiteral("Zones are named inside each element: drawn with Graphviz 'sfdp', "
                                   "as 'dot' is too slow for %1 flows.")
                        .arg(scope.flows.size());
        messages << QStringLiteral("%1: drew %2 flows with 'sfdp' instead of 'dot' (dot takes minutes "
                                   "above %3 flows); zones are named inside each element")
                        .arg(scope.id)
                        .arg(scope.flows.size())
                        .arg(kLayeredMaxFlows);
        return;
    }
    spec.layout = QStringLiteral("sfdp");
    spec.clusters = false;
    spec.note = QStringLiteral("Zones are named inside each element: drawn with Graphviz 'sfdp', "
                               "as 'dot' is too slow for %1 elements.")
                    .arg(scope.elements.size());
    messages << QStringLiteral("%1: drew %2 elements with 'sfdp' instead of 'dot' (dot takes minutes "
                               "above %3 elements); zones are named inside each element")
                    .arg(scope.id)
                    .arg(scope.elements.size())
                    .arg(kLayeredMaxElements);
}

LaidOutGraph::LaidOutGraph(GraphvizSession &session, const Model &model,
                           const DiagramScope &scope, const GraphSpec &spec,
                           QStringList &messages)
    : m_session(session), m_spec(spec)
{
    m_graph = std::make_unique<DotGraph>(model, scope, spec);
    QStringList graphvizMessages;
    if (spec.pinned)
        m_graph->drawEdges(false);  // this layout only measures the boxes
    if (tryLayout(spec.layout, graphvizMessages) && spec.pinned) {
        spreadPinnedLayout(model, scope, graphvizMessages);
        if (const QString conflict = m_laidOut ? pinnedZoneConflict(*m_graph) : QString(); !conflict.isEmpty()) {
            messages << QStringLiteral("%1: did not keep the positions saved in the view: %2; laid it "
                                       "out automatically instead (move the zones apart in the "
                                       "editor to keep your arrangement)")
                            .arg(scope.id, conflict);
            relayoutUnpinned(model, scope, graphvizMessages, messages);
        }
    }
    if (m_laidOut) {
        for (const QString &m : graphvizMessages)
            messages << QStringLiteral("Graphviz (%1): %2").arg(scope.id, m);
        return;
    }
    const QString reason = errorText(graphvizMessages, QStringLiteral("no reason given"));

    // Without clusters the force-directed engines cannot hit dot's ranking
    // problems; each node then carries its zone's name instead of a box.
    QStringList fallbacks{QStringLiteral("sfdp"), QStringLiteral("neato")};
    fallbacks.removeAll(spec.layout);
    for (const QString &engine : fallbacks) {
        GraphSpec fallback = spec;
        fallback.layout = engine;
        fallback.clusters = false;
        fallback.pinned = false;
        fallback.note = QStringLiteral("Zones are named inside each element: Graphviz '%1' could "
                                       "not lay out this view with zone boxes.")
                            .arg(spec.layout);
        m_spec = fallback;
        m_graph.reset();  // the old graph must go before the new one is built
        m_graph = std::make_unique<DotGraph>(model, scope, fallback);
        graphvizMessages.clear();
        if (tryLayout(engine, graphvizMessages)) {
            messages << QStringLiteral("%1: Graphviz '%2' failed (%3); drew it with '%4' "
                                       "without zone boxes")
                            .arg(scope.id, spec.layout, reason, engine);
            return;
        }
    }
    m_error = QStringLiteral("%1: Graphviz could not lay out the diagram (%2)").arg(scope.id, reason);
}

LaidOutGraph::~LaidOutGraph()
{
    if (m_laidOut)
        gvFreeLayout(m_session.context(), m_graph->graph());
}

void LaidOutGraph::spreadPinnedLayout(const Model &model, const DiagramScope &scope,
                                      QStringList &graphvizMessages)
{
    // The first layout only measured the boxes, without edges: lay out
    // again, spread if needed, with the edges. The second layout runs on a
    // graph built afresh: Graphviz 2.42 does not reliably lay out a graph a
    // second time after gvFreeLayout (with its pango text plugin, labels
    // freed by the first cleanup were written to later; see
    // docs/testing.md).
    const double spread = pinnedSpread(*m_graph);
    gvFreeLayout(m_session.context(), m_graph->graph());
    m_laidOut = false;
    if (spread >= 1.02)
        m_spec.pinnedScale = spread;
    m_graph.reset();  // the old graph must go before the new one is built
    m_graph = std::make_unique<DotGraph>(model, scope, m_spec);
    // The first layout's warnings are about positions no longer used.
    if (tryLayout(m_spec.layout, graphvizMessages))
        fitZoneBoxes(*m_graph);
}

void LaidOutGraph::relayoutUnpinned(const Model &model, const DiagramScope &scope,
                                    QStringList &graphvizMessages, QStringList &messages)
{
    gvFreeLayout(m_session.context(), m_graph->graph());
    m_laidOut = false;
    m_spec.pinned = false;
    m_spec.pinnedScale = 1.0;
    m_spec.layout = QStringLiteral("dot");
    avoidSlowLayering(m_spec, scope, messages);
    m_graph.reset();  // the old graph must go before the new one is built
    m_graph = std::make_unique<DotGraph>(model, scope, m_spec);
    tryLayout(m_spec.layout, graphvizMessages);
}

bool LaidOutGraph::tryLayout(const QString &engine, QStringList &graphvizMessages)
{
    m_session.takeMessages();
    m_session.resetErrors();
    QByteArray name = engine.toUtf8();
    const int rc = gvLayout(m_session.context(), m_graph->graph(), name.constData());
    graphvizMessages = m_session.takeMessages();
    if (rc == 0 && !m_session.hadError()) {
        m_laidOut = true;
        m_engine = engine;
        return true;
    }
    if (rc == 0)
        gvFreeLayout(m_session.context(), m_graph->graph());
    if (graphvizMessages.isEmpty())
        graphvizMessages << QStringLiteral("Error: layout '%1' failed").arg(engine);
    return false;
}

}  // namespace lintel
