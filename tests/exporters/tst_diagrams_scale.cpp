// Models of pathological shape through the diagram exporters: zones nested
// thousands deep, zones whose parents loop, and synchronous cycles naming
// thousands of elements. Each once took minutes or gigabytes; the checks
// are on the results (structure, sizes of what is written), never on time.
#include "tests/exporters/tst_diagrams.h"

#include "exporters/diagram/dotgraph.h"
#include "exporters/diagram/edgerouting.h"
#include "exporters/diagram/findingmarks.h"
#include "exporters/diagram/graphvizrenderer.h"
#include "model/rules/validator.h"
#include "model/style/diagramscope.h"

#include <QTest>

using namespace lintel;

namespace {

QString zoneId(int i)
{
    return QStringLiteral("zone-%1").arg(i);
}

Element service(const QString &id, const QString &zone = {})
{
    Element e;
    e.id = id;
    e.kind = ElementKind::Service;
    e.zone = zone;
    return e;
}

Flow call(const QString &from, const QString &to)
{
    Flow f;
    f.id = from + QStringLiteral("-to-") + to;
    f.from = from;
    f.to = to;
    f.protocol = QStringLiteral("https");
    return f;
}

// `depth` zones each inside the next, listed innermost first; the outermost
// is internal, the rest inherit it. An element innermost and outermost.
Model deepZones(int depth)
{
    Model m;
    m.system.name = QStringLiteral("Deep");
    for (int i = depth - 1; i >= 0; --i) {
        Zone z;
        z.id = zoneId(i);
        if (i > 0)
            z.parent = zoneId(i - 1);
        else
            z.trust = Trust::Internal;
        m.zones.push_back(z);
    }
    m.elements.push_back(service(QStringLiteral("inner"), zoneId(depth - 1)));
    m.elements.push_back(service(QStringLiteral("outer"), zoneId(0)));
    m.flows.push_back(call(QStringLiteral("outer"), QStringLiteral("inner")));
    return m;
}

qsizetype longestLine(const QByteArray &text)
{
    qsizetype longest = 0;
    for (const QByteArray &line : text.split('\n'))
        longest = std::max(longest, line.size());
    return longest;
}

}  // namespace

void TestDiagrams::deepZonesInEveryTextFormat()
{
    const int depth = 3000;
    const Model m = deepZones(depth);
    const DiagramScope scope = diagramScope(m, nullptr);
    QCOMPARE(scope.zones.size(), std::size_t(depth));
    QCOMPARE(scope.childZones(QString()).size(), std::size_t(1));
    QCOMPARE(scope.zoneTrust(zoneId(depth - 1)), std::optional(Trust::Internal));
    QCOMPARE(scope.elementsIn(zoneId(depth - 1)).size(), std::size_t(1));

    const diagrams::ExportRun mermaid = diagrams::runExport(QStringLiteral("mermaid"), m);
    QVERIFY2(mermaid.ok, qPrintable(mermaid.error));
    const QByteArray mmd = diagrams::fileEndingWith(mermaid, QStringLiteral(".mmd"));
    QCOMPARE(mmd.count("subgraph "), qsizetype(depth));
    QCOMPARE(mmd.count("(internal)"), qsizetype(depth));  // every zone inherits the trust
    QVERIFY2(diagrams::mermaidProblems(mmd).isEmpty(), qPrintable(diagrams::mermaidProblems(mmd)));
    // Indentation stops growing: the file is linear in the depth.
    QVERIFY(longestLine(mmd) < 200);

    const diagrams::ExportRun plantuml = diagrams::runExport(QStringLiteral("plantuml"), m);
    QVERIFY2(plantuml.ok, qPrintable(plantuml.error));
    const QByteArray puml = diagrams::fileEndingWith(plantuml, QStringLiteral(".puml"));
    QCOMPARE(puml.count("Boundary("), qsizetype(depth));
    QVERIFY(longestLine(puml) < 200);

    // Graphviz draws the outer zones as nested boxes; the innermost element
    // sits in the deepest box and names its own zone, and the caption says so.
    QCOMPARE(zoneNestingDepth(scope), depth);
    const RenderResult dot = renderDiagram(RenderRequest{m, nullptr}, QStringLiteral("dot"));
    QVERIFY2(dot.error.isEmpty(), qPrintable(dot.error));
    const QByteArray source = dot.outputs.value(QStringLiteral("dot"));
    QCOMPARE(source.count("subgraph \"cluster_"), qsizetype(kMaxDrawnZoneDepth));
    QVERIFY(source.contains(QStringLiteral("zone: %1").arg(zoneId(depth - 1)).toUtf8()));
    QVERIFY(source.contains("Zones nested more than"));
    // And the laid-out SVG is complete.
    const RenderResult svg = renderDiagram(RenderRequest{m, nullptr}, QStringLiteral("svg"));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY(svg.outputs.value(QStringLiteral("svg")).contains("id=\"el&#45;inner\""));
}

void TestDiagrams::zoneLoopIsCutOnceInTheScope()
{
    // 10,000 zones whose parents form one loop, an element in three of them.
    const int n = 10000;
    Model m;
    for (int i = 0; i < n; ++i) {
        Zone z;
        z.id = zoneId(i);
        z.parent = zoneId((i + 1) % n);
        m.zones.push_back(z);
    }
    m.elements.push_back(service(QStringLiteral("a"), zoneId(5)));
    m.elements.push_back(service(QStringLiteral("b"), zoneId(500)));
    m.elements.push_back(service(QStringLiteral("c"), zoneId(9000)));
    const DiagramScope scope = diagramScope(m, nullptr);
    QCOMPARE(scope.zones.size(), std::size_t(n));
    // Cut at the first zone in the file, which is then the only top zone.
    const std::vector<const Zone *> tops = scope.childZones(QString());
    QCOMPARE(tops.size(), std::size_t(1));
    QCOMPARE(tops.front()->id, zoneId(0));
    QCOMPARE(scope.m_zoneParent.value(zoneId(1)), zoneId(2));
    QCOMPARE(scope.m_zoneParent.value(zoneId(n - 1)), zoneId(0));

    // A view naming one zone of the loop shows everything in the loop.
    View v;
    v.id = QStringLiteral("loop");
    v.elements << zoneId(700);
    m.views.push_back(v);
    QCOMPARE(diagramScope(m, &m.views[0]).elements.size(), std::size_t(3));
    const Findings findings = validate(m, ValidationOptions{});
    QCOMPARE(std::count_if(findings.begin(), findings.end(),
                           [](const Finding &f) { return f.rule == QLatin1String("zone-cycle"); }),
             1);
}

void TestDiagrams::longCycleMarksStaySmall()
{
    // A ring of 10,000 services: one sync-cycle finding naming all of them.
    // Its message and every element's tooltip stay short.
    const int n = 10000;
    Model m;
    for (int i = 0; i < n; ++i)
        m.elements.push_back(service(QStringLiteral("s%1").arg(i)));
    for (int i = 0; i < n; ++i)
        m.flows.push_back(call(QStringLiteral("s%1").arg(i), QStringLiteral("s%1").arg((i + 1) % n)));
    const Findings findings = validate(m, ValidationOptions{});
    const auto cycle = std::find_if(findings.begin(), findings.end(),
                                    [](const Finding &f) { return f.rule == QLatin1String("sync-cycle"); });
    QVERIFY(cycle != findings.end());
    QCOMPARE(cycle->targets.size(), qsizetype(n));
    QVERIFY2(cycle->message.size() < 400, qPrintable(cycle->message.left(500)));
    QVERIFY(cycle->message.contains(QStringLiteral("more")));

    const FindingMarks marks = findingMarks(findings);
    QVERIFY(marks.size() >= qsizetype(n));  // every element, and flows other rules name
    qsizetype text = 0;
    for (const FindingMark &mark : marks) {
        QVERIFY(mark.count >= 1);
        QVERIFY(mark.lines.size() <= kMaxMarkLines);
        for (const QString &line : mark.lines)
            text += line.size();
    }
    QVERIFY2(text < qsizetype(n) * 1000, qPrintable(QString::number(text)));

    // Many findings on one element: the tooltip lists the first and counts the rest.
    Findings many;
    for (int i = 0; i < 20; ++i) {
        Finding f;
        f.rule = QStringLiteral("r%1").arg(i);
        f.severity = Severity::Warning;
        f.targets = {QStringLiteral("x")};
        f.message = QString(1000, QLatin1Char('m'));
        many.push_back(f);
    }
    const FindingMark mark = findingMarks(many).value(QStringLiteral("x"));
    QCOMPARE(mark.count, 20);
    QCOMPARE(mark.lines.size(), kMaxMarkLines);
    QVERIFY(mark.lines.front().size() <= kMaxMarkLineLength);
    QCOMPARE(mark.tooltipLines().last(), QStringLiteral("... and 12 more findings"));
}

// The L overview's size in points (40,533 x 6,764) with and without its
// 20,000 flows: only a drawing too dense to read gets the smaller, solid PNG.
void TestDiagrams::pngOfDenseDiagramsIsAnOverview()
{
    const double w = 40533, h = 6764;
    const auto pixels = [&](const PngPlan &plan) {
        return (w / 72.0 * plan.dpi) * (h / 72.0 * plan.dpi);
    };
    const PngPlan dense = pngPlanFor(w, h, kLabelledMaxFlows + 1);
    QVERIFY(dense.solidFlows);
    QVERIFY(dense.reduced());
    QVERIFY2(pixels(dense) <= kMaxDensePngPixels * 1.001, qPrintable(QString::number(pixels(dense))));
    QVERIFY(pixels(dense) > kMaxDensePngPixels * 0.99);

    const PngPlan sparse = pngPlanFor(w, h, kLabelledMaxFlows);
    QVERIFY(!sparse.solidFlows);
    QVERIFY(pixels(sparse) <= kMaxPngPixels * 1.001);
    QVERIFY(pixels(sparse) > kMaxDensePngPixels);
    QVERIFY(w / 72.0 * sparse.dpi <= kMaxPngSide);

    const PngPlan small = pngPlanFor(500, 300, 12);
    QCOMPARE(small.dpi, kScreenDpi);
    QVERIFY(!small.reduced());
    QVERIFY(!small.solidFlows);
}
