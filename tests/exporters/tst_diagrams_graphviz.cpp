// The Graphviz diagrams: DOT source, SVG/PNG/PDF checked by real readers,
// findings, saved positions, the editor's auto-layout and the exporter's
// options.
#include "tests/exporters/tst_diagrams.h"

#include "exporters/diagram/graphvizrenderer.h"
#include "model/style/diagramstyle.h"

#include <QImage>
#include <QRectF>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <thread>

using namespace lintel;

namespace {

// Centre of each element's shape in an SVG made by Graphviz (node groups are
// <g id="el-ID" class="node">), in SVG units, y down.
QHash<QString, QPointF> svgNodeCentres(const QByteArray &svg)
{
    static const QRegularExpression number(QStringLiteral("-?[0-9]+(\\.[0-9]+)?"));
    QHash<QString, QPointF> centres;
    QXmlStreamReader xml(svg);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == QLatin1String("g")) {
            // Groups without a class are a node's own link wrappers.
            const auto cls = attrs.value(QLatin1String("class"));
            if (!cls.isEmpty())
                current = cls == QLatin1String("node") ? attrs.value(QLatin1String("id")).toString().mid(3) : QString();
            continue;
        }
        const bool ellipse = xml.name() == QLatin1String("ellipse");  // people
        const bool shape = ellipse || xml.name() == QLatin1String("polygon") || xml.name() == QLatin1String("path");
        if (current.isEmpty() || !shape || centres.contains(current))
            continue;
        if (ellipse) {
            centres.insert(current, QPointF(attrs.value(QLatin1String("cx")).toDouble(),
                                            attrs.value(QLatin1String("cy")).toDouble()));
            continue;
        }
        const QString data = attrs.value(xml.name() == QLatin1String("path") ? QLatin1String("d")
                                                                               : QLatin1String("points")).toString();
        QList<double> values;
        for (auto it = number.globalMatch(data); it.hasNext();)
            values << it.next().captured(0).toDouble();
        QRectF box;
        for (qsizetype i = 0; i + 1 < values.size(); i += 2)
            box = box.united(QRectF(values[i], values[i + 1], 0.001, 0.001));
        centres.insert(current, box.center());
    }
    return centres;
}

QString xmlProblems(const QByteArray &svg)
{
    const QString xmllint = diagrams::findTool(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return QStringLiteral("xmllint is not installed (scripts/setup.sh installs it)");
    const diagrams::ToolResult r = diagrams::runOnFile(xmllint, {QStringLiteral("--noout"), QStringLiteral("{}")},
                                                       QStringLiteral("d.svg"), svg);
    return r.exitCode == 0 ? QString() : r.output;
}

// Saved positions for the realistic model's "all" view that keep each
// zone's elements together, as a careful user would arrange them.
Model modelWithSavedPositions()
{
    Model m = diagrams::realisticModel();
    m.views[0].positions = {{QStringLiteral("buyer"), {0, 0}},     {QStringLiteral("app"), {0, 150}},
                            {QStringLiteral("gw"), {250, 75}},     {QStringLiteral("orders"), {500, 0}},
                            {QStringLiteral("db"), {700, 0}},      {QStringLiteral("events"), {500, 150}},
                            {QStringLiteral("cache"), {700, 150}}, {QStringLiteral("thumbs"), {500, 300}},
                            {QStringLiteral("sync"), {700, 300}},  {QStringLiteral("vaultdb"), {600, 450}},
                            {QStringLiteral("psp"), {950, 450}}};
    return m;
}

}  // namespace

void TestDiagrams::dotSourceIsDeterministicAndParses()
{
    DIAGRAMS_REQUIRE_TOOL(dot, "dot")
    const Model m = diagrams::realisticModel();
    const RenderRequest request{m, &m.views[0]};
    const RenderResult first = renderDiagram(request, QStringLiteral("dot"));
    QVERIFY2(first.ok(), qPrintable(first.error));
    // Zone clusters once came out in heap-address order: build it again and
    // again, with other graphs allocated in between.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(renderDiagram(RenderRequest{m, &m.views[1]}, QStringLiteral("svg")).ok());
        QCOMPARE(renderDiagram(request, QStringLiteral("dot")).bytes(QStringLiteral("dot")),
                 first.bytes(QStringLiteral("dot")));
    }
    const QString source = QString::fromUtf8(first.bytes(QStringLiteral("dot")));
    // The vault box is drawn inside the core box.
    const qsizetype core = source.indexOf(QLatin1String("subgraph cluster_core {"));
    const qsizetype vault = source.indexOf(QLatin1String("subgraph cluster_vault {"));
    QVERIFY(core >= 0 && vault > core);
    QVERIFY(source.contains(QLatin1String("layout=dot")));
    QVERIFY(source.contains(QLatin1String("Card vault (restricted)")));
    QVERIFY(source.contains(QLatin1String("style=dashed")));  // the kafka flow
    const diagrams::ToolResult r = diagrams::runOnFile(dot, {QStringLiteral("-Tsvg"), QStringLiteral("{}")},
                                                       QStringLiteral("d.dot"), first.bytes(QStringLiteral("dot")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY(xmlProblems(r.output.toUtf8()).isEmpty());
}

void TestDiagrams::svgPngPdfAreValid()
{
    DIAGRAMS_REQUIRE_TOOL(pdfinfo, "pdfinfo")
    const Model m = diagrams::realisticModel();
    const RenderResult r = renderDiagramFormats(RenderRequest{m, nullptr, QStringLiteral("dot"), false, nullptr, false},
                                                {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.layoutUsed, QStringLiteral("dot"));

    const QByteArray svg = r.bytes(QStringLiteral("svg"));
    QVERIFY2(xmlProblems(svg).isEmpty(), qPrintable(xmlProblems(svg)));
    QCOMPARE(svgNodeCentres(svg).size(), qsizetype(m.elements.size()));
    for (const char *text : {"Card vault (restricted)", "RESTRICTED", "CONFIDENTIAL", "unencrypted, no auth",
                             "kafka · async", "Elements", "Zones", "Stores hold"})
        QVERIFY2(svg.contains(text), text);

    const QImage png = QImage::fromData(r.bytes(QStringLiteral("png")), "PNG");
    QVERIFY(!png.isNull());
    QVERIFY2(png.width() > 400 && png.height() > 200 && png.width() < 8000 && png.height() < 8000,
             qPrintable(QStringLiteral("%1x%2").arg(png.width()).arg(png.height())));

    const diagrams::ToolResult info = diagrams::runOnFile(pdfinfo, {QStringLiteral("{}")}, QStringLiteral("d.pdf"),
                                                          r.bytes(QStringLiteral("pdf")));
    QVERIFY2(info.exitCode == 0, qPrintable(info.output));
    QVERIFY2(info.output.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))), qPrintable(info.output));
}

void TestDiagrams::findingsAreMarked()
{
    const Model m = diagrams::realisticModel();
    Finding onFlow{QStringLiteral("unencrypted-crossing"), Severity::Error, {QStringLiteral("gw-orders")},
                   QStringLiteral("plain HTTP into the core"), {}, 0, 0, {}, false, {}, {}};
    Finding onElement = onFlow;
    onElement.rule = QStringLiteral("no-runbook");
    onElement.severity = Severity::Warning;
    onElement.targets = {QStringLiteral("orders")};
    Finding accepted = onElement;
    accepted.targets = {QStringLiteral("db")};
    accepted.suppressed = true;
    const Findings findings{onFlow, onElement, accepted};

    RenderRequest request{m, nullptr};
    request.findings = &findings;
    const QByteArray plain = renderDiagram(request, QStringLiteral("svg")).bytes(QStringLiteral("svg"));
    QVERIFY(!plain.isEmpty());
    QVERIFY(!plain.contains("\u26A0"));

    request.markFindings = true;
    const QByteArray marked = renderDiagram(request, QStringLiteral("svg")).bytes(QStringLiteral("svg"));
    QVERIFY(xmlProblems(marked).isEmpty());
    QCOMPARE(marked.count("\u26A0 1"), 2);  // the element and the flow, not the accepted risk
    QVERIFY(marked.contains("no&#45;runbook: plain HTTP into the core"));  // tooltip
    QVERIFY(marked.contains(findingColor(Severity::Warning).name().toUtf8()));
    QVERIFY(marked.contains("findings on this element or flow"));  // legend

    // The exporter's --findings flag does the same.
    const diagrams::ExportRun run = diagrams::runExport(
        QStringLiteral("diagram"), m, {{QStringLiteral("format"), QStringLiteral("svg")},
                                       {QStringLiteral("view"), QStringLiteral("model")},
                                       {QStringLiteral("findings"), QStringLiteral("true")}}, findings);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(diagrams::fileEndingWith(run, QStringLiteral("model.svg")).count("\u26A0 1"), 2);
}

void TestDiagrams::savedPositionsArePinned()
{
    const Model m = modelWithSavedPositions();
    const RenderResult r = renderDiagram(RenderRequest{m, &m.views[0]}, QStringLiteral("svg"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.layoutUsed, QStringLiteral("neato"));
    QVERIFY(r.messages.join(u' ').contains(QLatin1String("kept the positions saved")));
    QVERIFY(xmlProblems(r.bytes(QStringLiteral("svg"))).isEmpty());
    const QHash<QString, QPointF> centres = svgNodeCentres(r.bytes(QStringLiteral("svg")));
    QCOMPARE(centres.size(), qsizetype(m.elements.size()));
    // Same order along both axes as saved (both y down), so the same picture.
    const View &view = m.views[0];
    for (const auto &[a, pa] : view.positions)
        for (const auto &[b, pb] : view.positions) {
            if (pa.x < pb.x)
                QVERIFY2(centres.value(a).x() < centres.value(b).x(), qPrintable(a + u' ' + b));
            if (pa.y < pb.y)
                QVERIFY2(centres.value(a).y() < centres.value(b).y(), qPrintable(a + u' ' + b));
        }
    QVERIFY(r.bytes(QStringLiteral("svg")).contains("Card vault (restricted)"));

    // Positions that put a foreign element inside a zone's box would show it
    // in the wrong trust zone: then the view is laid out automatically.
    Model interleaved = m;
    interleaved.views[0].positions = {{QStringLiteral("buyer"), {0, 0}}, {QStringLiteral("gw"), {300, 0}},
                                      {QStringLiteral("app"), {600, 0}}};
    const RenderResult fallback = renderDiagram(RenderRequest{interleaved, &interleaved.views[0]},
                                                QStringLiteral("svg"));
    QVERIFY2(fallback.ok(), qPrintable(fallback.error));
    QCOMPARE(fallback.layoutUsed, QStringLiteral("dot"));
    const QString messages = fallback.messages.join(u'\n');
    QVERIFY2(messages.contains(QLatin1String("zone 'Internet' would cover 'Gateway'")), qPrintable(messages));
    QVERIFY(!messages.contains(QLatin1String("kept the positions")));
}

void TestDiagrams::autoLayoutIgnoresSavedPositions()
{
    const Model m = modelWithSavedPositions();
    RenderRequest request{m, &m.views[0]};
    request.useSavedPositions = false;
    const RenderResult r = renderDiagram(request, QStringLiteral("svg"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.layoutUsed, QStringLiteral("dot"));
    // Layered left to right along the flows app -> gw -> orders.
    const QHash<QString, QPointF> centres = svgNodeCentres(r.bytes(QStringLiteral("svg")));
    QVERIFY(centres.value(QStringLiteral("app")).x() < centres.value(QStringLiteral("gw")).x());
    QVERIFY(centres.value(QStringLiteral("gw")).x() < centres.value(QStringLiteral("orders")).x());
    QVERIFY(r.messages.isEmpty());

    const diagrams::ExportRun run = diagrams::runExport(
        QStringLiteral("diagram"), m, {{QStringLiteral("format"), QStringLiteral("svg")},
                                       {QStringLiteral("view"), QStringLiteral("all")},
                                       {QStringLiteral("auto-layout"), QStringLiteral("true")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(!run.messages.join(u' ').contains(QLatin1String("kept the positions")));
}

void TestDiagrams::layoutPositionsForTheEditor()
{
    const Model m = modelWithSavedPositions();
    for (const QString &engine : diagramLayouts()) {
        const LayoutResult r = layoutPositions(m, &m.views[0], engine);
        QVERIFY2(r.ok(), qPrintable(engine + u' ' + r.error));
        QCOMPARE(r.positions.size(), qsizetype(m.elements.size()));
        QSet<QPair<int, int>> distinct;
        for (const QPointF &p : r.positions) {
            QVERIFY2(p.x() >= 0 && p.y() >= 0 && p.x() <= r.size.width() && p.y() <= r.size.height(),
                     qPrintable(engine));
            distinct.insert({qRound(p.x()), qRound(p.y())});
        }
        QCOMPARE(distinct.size(), r.positions.size());
    }
    // dot, left to right: the person is left of the service it reaches.
    const LayoutResult dotLayout = layoutPositions(m, &m.views[0]);
    QVERIFY(dotLayout.positions.value(QStringLiteral("buyer")).x()
            < dotLayout.positions.value(QStringLiteral("orders")).x());
    QVERIFY(!layoutPositions(m, nullptr, QStringLiteral("circo")).ok());
}

void TestDiagrams::forceDirectedLayoutsNameZones()
{
    // sfdp and neato cannot keep zone boxes: each element names its zone
    // instead, and the diagram still shows every element.
    const Model m = diagrams::realisticModel();
    for (const QString &engine : {QStringLiteral("sfdp"), QStringLiteral("neato")}) {
        RenderRequest request{m, nullptr};
        request.layout = engine;
        const RenderResult r = renderDiagramFormats(request, {QStringLiteral("svg"), QStringLiteral("dot")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.layoutUsed, engine);
        const QByteArray svg = r.bytes(QStringLiteral("svg"));
        QVERIFY(xmlProblems(svg).isEmpty());
        QCOMPARE(svgNodeCentres(svg).size(), qsizetype(m.elements.size()));
        QVERIFY(svg.contains("zone: Card vault (restricted)"));
        QVERIFY(!r.bytes(QStringLiteral("dot")).contains("cluster_"));
        QVERIFY(r.bytes(QStringLiteral("dot")).contains("layout=" + engine.toUtf8()));
    }
    const RenderResult bad = renderDiagram(RenderRequest{m, nullptr, QStringLiteral("twopi")}, QStringLiteral("svg"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error.contains(QLatin1String("twopi")));
}

void TestDiagrams::renderingIsThreadSafe()
{
    const Model m = diagrams::realisticModel();
    RenderRequest request{m, nullptr};
    request.useSavedPositions = false;
    const QByteArray expected = renderDiagram(request, QStringLiteral("svg")).bytes(QStringLiteral("svg"));
    QVERIFY(!expected.isEmpty());
    std::vector<QByteArray> outputs(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < outputs.size(); ++i)
        threads.emplace_back([&, i] { outputs[i] = renderDiagram(request, QStringLiteral("svg")).bytes(QStringLiteral("svg")); });
    for (std::thread &t : threads)
        t.join();
    for (const QByteArray &out : outputs)
        QCOMPARE(out, expected);
}

void TestDiagrams::exporterWritesOneFilePerViewAndFormat()
{
    const Model m = diagrams::realisticModel();
    diagrams::ExportRun run = diagrams::runExport(QStringLiteral("diagram"), m);
    QVERIFY2(run.ok, qPrintable(run.error));
    QStringList names;
    for (const auto &[name, bytes] : run.files.files())
        names << name;
    QCOMPARE(names, QStringList({QStringLiteral("diagrams/all.png"), QStringLiteral("diagrams/all.svg"),
                                 QStringLiteral("diagrams/inner.png"), QStringLiteral("diagrams/inner.svg")}));

    run = diagrams::runExport(QStringLiteral("diagram"), m,
                              {{QStringLiteral("format"), QStringLiteral(" PDF,dot,pdf ")},
                               {QStringLiteral("view"), QStringLiteral("inner")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.files.files().size(), std::size_t(2));
    QVERIFY(diagrams::fileEndingWith(run, QStringLiteral("inner.pdf")).startsWith("%PDF"));
    QVERIFY(diagrams::fileEndingWith(run, QStringLiteral("inner.dot")).startsWith("digraph"));

    Model noViews = m;
    noViews.views.clear();
    run = diagrams::runExport(QStringLiteral("diagram"), noViews, {{QStringLiteral("format"), QStringLiteral("svg")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.files.files().size(), std::size_t(1));
    QCOMPARE(run.files.files().begin()->first, QStringLiteral("diagrams/model.svg"));

    for (const QString &engine : diagramLayouts()) {
        run = diagrams::runExport(QStringLiteral("diagram"), m, {{QStringLiteral("format"), QStringLiteral("svg")},
                                                                 {QStringLiteral("layout"), engine}});
        QVERIFY2(run.ok, qPrintable(engine + u' ' + run.error));
        QCOMPARE(svgNodeCentres(diagrams::fileEndingWith(run, QStringLiteral("all.svg"))).size(),
                 qsizetype(m.elements.size()));
    }
}

void TestDiagrams::examplesInEveryFormat_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("small") << "small";
    QTest::newRow("shop") << "shop";
}

void TestDiagrams::examplesInEveryFormat()
{
    QFETCH(QString, example);
    DIAGRAMS_REQUIRE_TOOL(pdfinfo, "pdfinfo")
    const diagrams::LoadedModel *shop = diagrams::loadModel(QStringLiteral("resources/examples/%1.yaml").arg(example));
    QVERIFY(shop);
    const diagrams::ExportRun run = diagrams::runExport(
        QStringLiteral("diagram"), shop->model,
        {{QStringLiteral("format"), QStringLiteral("svg,png,pdf")}, {QStringLiteral("findings"), QStringLiteral("true")}},
        shop->findings, example);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.files.files().size(), 3 * shop->model.views.size());
    // The examples' views keep their zones apart, so their positions are kept.
    QCOMPARE(run.messages.filter(QStringLiteral("kept the positions")).size(), qsizetype(shop->model.views.size()));
    for (const View &view : shop->model.views) {
        const QByteArray svg = diagrams::fileEndingWith(run, view.id + QStringLiteral(".svg"));
        QVERIFY2(xmlProblems(svg).isEmpty(), qPrintable(view.id + xmlProblems(svg)));
        QCOMPARE(svgNodeCentres(svg).size(), view.elements.size());
        const QImage png = QImage::fromData(diagrams::fileEndingWith(run, view.id + QStringLiteral(".png")), "PNG");
        QVERIFY2(!png.isNull() && png.width() < 6000 && png.height() < 6000, qPrintable(view.id));
        const diagrams::ToolResult info = diagrams::runOnFile(
            pdfinfo, {QStringLiteral("{}")}, QStringLiteral("d.pdf"), diagrams::fileEndingWith(run, view.id + QStringLiteral(".pdf")));
        QVERIFY2(info.exitCode == 0, qPrintable(info.output));
    }

    // The same views laid out by dot, zones as nested boxes.
    const diagrams::ExportRun automatic = diagrams::runExport(
        QStringLiteral("diagram"), shop->model,
        {{QStringLiteral("format"), QStringLiteral("svg,png")}, {QStringLiteral("auto-layout"), QStringLiteral("true")}},
        shop->findings, example + QStringLiteral("-auto"));
    QVERIFY2(automatic.ok, qPrintable(automatic.error));
    QVERIFY2(automatic.messages.isEmpty(), qPrintable(automatic.messages.join(u'\n')));
    for (const View &view : shop->model.views) {
        const QByteArray svg = diagrams::fileEndingWith(automatic, view.id + QStringLiteral(".svg"));
        QCOMPARE(svgNodeCentres(svg).size(), view.elements.size());
        QVERIFY(svg.contains("id=\"zone&#45;internal\""));  // SVG writes - as &#45;
    }
}

void TestDiagrams::exporterRejectsBadOptions_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("format") << "format" << "svg,gif" << "unknown diagram format 'gif'";
    QTest::newRow("no format") << "format" << " , " << "lists no format";
    QTest::newRow("layout") << "layout" << "circo" << "unknown layout 'circo'";
    QTest::newRow("view") << "view" << "nope" << "no view 'nope'";
}

void TestDiagrams::exporterRejectsBadOptions()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const diagrams::ExportRun run = diagrams::runExport(QStringLiteral("diagram"), diagrams::realisticModel(),
                                                        {{option, value}});
    QVERIFY(!run.ok);
    QVERIFY2(run.error.contains(expected), qPrintable(run.error));
    QVERIFY(run.files.files().empty());
}
