// The diagram exporter stays fast on large models: how flows are routed and
// which Graphviz engine lays out a diagram depend on its size. Checked on the
// DOT source (the attributes Graphviz is given), never on timings.
#include "tests/exporters/tst_diagrams.h"

#include "exporters/diagram/edgerouting.h"
#include "exporters/diagram/graphvizrenderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace lintel;

namespace {

// `count` services in one zone, each calling the next, shown by one view;
// with `positions` the view keeps them on a grid, as the editor saves them.
Model chainModel(qsizetype count, bool positions)
{
    Model m;
    m.system.name = QStringLiteral("Chain");
    m.zones.push_back(Zone{{}, QStringLiteral("core"), QStringLiteral("Core"), Trust::Internal, {}, {}});
    View view;
    view.id = QStringLiteral("chain");
    for (qsizetype i = 0; i < count; ++i) {
        Element e;
        e.id = QStringLiteral("s%1").arg(i);
        e.kind = ElementKind::Service;
        e.zone = QStringLiteral("core");
        m.elements.push_back(e);
        view.elements << e.id;
        if (positions)
            view.positions.push_back({e.id, Position{double(i % 8) * 220, double(i / 8) * 140}});
        if (i > 0) {
            Flow f;
            f.id = QStringLiteral("f%1").arg(i);
            f.from = QStringLiteral("s%1").arg(i - 1);
            f.to = e.id;
            f.protocol = QStringLiteral("https");
            f.sync = true;
            m.flows.push_back(f);
        }
    }
    m.views.push_back(view);
    return m;
}

// The value of a graph attribute in DOT source, e.g. "true" for splines.
QString graphAttribute(const QByteArray &dot, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\b%1=\"?([A-Za-z0-9]+)").arg(name));
    return re.match(QString::fromUtf8(dot)).captured(1);
}

RenderResult drawAsDot(const Model &model, const View *view)
{
    return renderDiagram(RenderRequest{model, view}, QStringLiteral("dot"));
}

bool mentions(const QStringList &messages, const QString &text)
{
    return !messages.filter(text).isEmpty();
}

}  // namespace

void TestDiagrams::edgeRoutingDependsOnSize()
{
    // Saved positions (neato): curves up to the limit, straight lines above.
    const Model small = chainModel(kCurvedRoutingMaxElements, true);
    const RenderResult curved = drawAsDot(small, &small.views[0]);
    QVERIFY2(curved.ok(), qPrintable(curved.error));
    QCOMPARE(graphAttribute(curved.bytes(QStringLiteral("dot")), QStringLiteral("layout")), QStringLiteral("neato"));
    QCOMPARE(graphAttribute(curved.bytes(QStringLiteral("dot")), QStringLiteral("splines")), QStringLiteral("true"));
    QVERIFY(!mentions(curved.messages, QStringLiteral("straight lines")));

    const Model large = chainModel(kCurvedRoutingMaxElements + 1, true);
    const RenderResult straight = drawAsDot(large, &large.views[0]);
    QVERIFY2(straight.ok(), qPrintable(straight.error));
    QCOMPARE(graphAttribute(straight.bytes(QStringLiteral("dot")), QStringLiteral("splines")), QStringLiteral("line"));
    QVERIFY2(mentions(straight.messages, QStringLiteral("straight lines")), qPrintable(straight.messages.join('\n')));

    // Free force-directed layouts follow the same limit; dot always curves.
    QCOMPARE(edgeRoutingFor(false, {kCurvedRoutingMaxElements + 1, false}).splines, QStringLiteral("line"));
    QCOMPARE(edgeRoutingFor(true, {kLayeredMaxElements, true}).splines, QStringLiteral("true"));
    RenderRequest sfdp{large, &large.views[0]};
    sfdp.layout = QStringLiteral("sfdp");
    sfdp.useSavedPositions = false;
    const RenderResult free = renderDiagram(sfdp, QStringLiteral("dot"));
    QVERIFY2(free.ok(), qPrintable(free.error));
    QCOMPARE(graphAttribute(free.bytes(QStringLiteral("dot")), QStringLiteral("splines")), QStringLiteral("line"));
}

void TestDiagrams::flowsBetweenTheSamePairStaySafeToCurve()
{
    // Two flows between the same elements, one each way: one edge with
    // arrowheads at both ends, still curved.
    Model m = chainModel(3, true);
    Flow back = m.flows.front();
    back.id = QStringLiteral("back");
    std::swap(back.from, back.to);
    m.flows.push_back(back);
    RenderResult r = drawAsDot(m, &m.views[0]);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QByteArray dot = r.bytes(QStringLiteral("dot"));
    QCOMPARE(dot.count("->"), qsizetype(2));
    QCOMPARE(dot.count("dir=both"), qsizetype(1));
    QCOMPARE(graphAttribute(dot, QStringLiteral("splines")), QStringLiteral("true"));

    // A differently drawn (asynchronous, dashed) flow between them stays a
    // separate edge; Graphviz could abort curving the pair: straight lines.
    Flow async = back;
    async.id = QStringLiteral("async");
    async.sync = false;
    m.flows.push_back(async);
    r = drawAsDot(m, &m.views[0]);
    QVERIFY2(r.ok(), qPrintable(r.error));
    dot = r.bytes(QStringLiteral("dot"));
    QCOMPARE(dot.count("->"), qsizetype(3));
    QCOMPARE(graphAttribute(dot, QStringLiteral("splines")), QStringLiteral("line"));
    QVERIFY(mentions(r.messages, QStringLiteral("straight lines")));

    // dot lays such edges side by side itself: nothing is joined there.
    RenderRequest layered{m, &m.views[0]};
    layered.useSavedPositions = false;
    dot = renderDiagram(layered, QStringLiteral("dot")).bytes(QStringLiteral("dot"));
    QCOMPARE(dot.count("->"), qsizetype(4));
    QCOMPARE(graphAttribute(dot, QStringLiteral("splines")), QStringLiteral("true"));
}

void TestDiagrams::largeDiagramsAreNotLayered()
{
    const Model fits = chainModel(kLayeredMaxElements, false);
    const RenderResult layered = drawAsDot(fits, nullptr);
    QVERIFY2(layered.ok(), qPrintable(layered.error));
    QCOMPARE(graphAttribute(layered.bytes(QStringLiteral("dot")), QStringLiteral("layout")), QStringLiteral("dot"));
    QVERIFY(layered.bytes(QStringLiteral("dot")).contains("subgraph cluster_"));
    QVERIFY(!mentions(layered.messages, QStringLiteral("sfdp")));

    const Model big = chainModel(kLayeredMaxElements + 1, false);
    const RenderResult r = drawAsDot(big, nullptr);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QByteArray dot = r.bytes(QStringLiteral("dot"));
    QCOMPARE(graphAttribute(dot, QStringLiteral("layout")), QStringLiteral("sfdp"));
    QCOMPARE(graphAttribute(dot, QStringLiteral("splines")), QStringLiteral("line"));
    QVERIFY(!dot.contains("subgraph cluster_"));  // zones are named in each box instead
    QVERIFY(dot.contains("zone: Core"));
    QVERIFY2(mentions(r.messages, QStringLiteral("'sfdp' instead of 'dot'")), qPrintable(r.messages.join('\n')));

    // The editor's auto-layout gives way alike.
    const LayoutResult positions = layoutPositions(big, nullptr);
    QVERIFY2(positions.ok(), qPrintable(positions.error));
    QCOMPARE(positions.positions.size(), big.elements.size());
    QVERIFY(mentions(positions.messages, QStringLiteral("'sfdp' instead of 'dot'")));
}
