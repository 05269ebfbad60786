// Mermaid and PlantUML output, the golden files of all three text formats on
// the examples, and the escaping torture through every format.
#include "tests/exporters/tst_diagrams.h"

#include "exporters/textdiagrams/mermaidexporter.h"
#include "exporters/textdiagrams/plantumlexporter.h"

#include <QFileInfo>
#include <QImage>
#include <QTest>
#include <QXmlStreamReader>

using namespace lintel;

namespace {

QString onlyFile(const diagrams::ExportRun &run, const QString &suffix)
{
    return QString::fromUtf8(diagrams::fileEndingWith(run, suffix));
}

// The text a reader sees in an SVG: every text node, entities decoded.
QString svgText(const QByteArray &svg)
{
    QString text;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    return text;
}

}  // namespace

void TestDiagrams::mermaidShapesSubgraphsAndStyles()
{
    const diagrams::ExportRun run = diagrams::runExport(QStringLiteral("mermaid"), diagrams::realisticModel(),
                                                        {{QStringLiteral("view"), QStringLiteral("all")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.files.files().size(), std::size_t(1));
    const QString text = onlyFile(run, QStringLiteral("diagrams/all.mmd"));
    QVERIFY2(diagrams::mermaidProblems(text.toUtf8()).isEmpty(), qPrintable(diagrams::mermaidProblems(text.toUtf8())));
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines[1], QStringLiteral("flowchart LR"));
    QVERIFY(lines.contains(QStringLiteral("    e_db[(\"<b>Orders DB</b><br/><small>«datastore»</small><br/>[CONFIDENTIAL]\")]")));
    QVERIFY(lines.contains(QStringLiteral("    e_buyer([\"<b>Buyer</b><br/><small>«person»</small>\"])")));
    // The vault subgraph is inside the core one.
    const qsizetype core = lines.indexOf(QStringLiteral("  subgraph z_core[\"Core (internal)\"]"));
    const qsizetype vault = lines.indexOf(QStringLiteral("    subgraph z_vault[\"Card vault (restricted)\"]"));
    QVERIFY(core > 0 && vault > core);
    QCOMPARE(lines[vault + 2], QStringLiteral("    end"));
    QVERIFY(lines.contains(QStringLiteral("  e_orders -.->|\"kafka · async\"| e_events")));
    QVERIFY(lines.contains(QStringLiteral("  e_gw -->|\"http · sync<br/><b>unencrypted, no auth</b>\"| e_orders")));
    QVERIFY(lines.contains(QStringLiteral("  linkStyle 1 stroke:#c62828,stroke-width:3px")));
    QVERIFY(text.contains(QLatin1String("style z_internet fill:#fdf0f0,stroke:#b71c1c,stroke-dasharray:6 4")));
    QVERIFY(text.contains(QLatin1String("class e_db,e_vaultdb k_datastore")));
}

void TestDiagrams::plantUmlUsesC4Macros()
{
    const diagrams::ExportRun run = diagrams::runExport(QStringLiteral("plantuml"), diagrams::realisticModel(),
                                                        {{QStringLiteral("view"), QStringLiteral("all")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    const QString text = onlyFile(run, QStringLiteral("diagrams/all.puml"));
    QVERIFY2(diagrams::plantUmlProblems(text.toUtf8()).isEmpty(), qPrintable(diagrams::plantUmlProblems(text.toUtf8())));
    for (const char *expected : {"!include <C4/C4_Container>",
                                 "Person(e_buyer, \"Buyer\", \"\")",
                                 "Container(e_app, \"Mobile app\", \"Kotlin\", \"\")",
                                 "ContainerDb(e_vaultdb, \"Card store\", \"\", \"[RESTRICTED]\")",
                                 "ContainerQueue(e_events, \"Events\", \"\", \"\")",
                                 "System_Ext(e_psp, \"PSP\", \"\")",
                                 "Boundary(z_internet, \"Internet (untrusted)\") {",
                                 "Enterprise_Boundary(z_core, \"Core (internal)\") {",
                                 "  Boundary(z_vault, \"Card vault (restricted)\") {",
                                 "Rel(e_gw, e_orders, \"gw-orders\\nunencrypted, no auth\", \"http · sync\", $tags = \"unprotected\")",
                                 "Rel(e_orders, e_events, \"orders-events\", \"kafka · async\", $tags = \"async\")",
                                 "SHOW_LEGEND()"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // The nested boundary closes before its parent does.
    QVERIFY(text.indexOf(QLatin1String("Boundary(z_vault")) > text.indexOf(QLatin1String("Boundary(z_core")));
}

void TestDiagrams::textFormatsEscapeHostileText()
{
    const QString hostile = QStringLiteral("a \"b\" <c> & d | e # f `g`\nh");
    QCOMPARE(mermaidText(hostile),
             QStringLiteral("a #quot;b#quot; #lt;c#gt; #amp; d #124; e #35; f #96;g#96; h"));
    QCOMPARE(plantUmlText(QStringLiteral("a \"b\" <c> & \\d $e %f")),
             QStringLiteral("a &#34;b&#34; &#60;c&#62; &#38; &#92;d &#36;e &#37;f"));
    // Creole markup only when doubled: "a-b" stays, "--" does not strike.
    QCOMPARE(plantUmlText(QStringLiteral("a-b -- **x** //y//")),
             QStringLiteral("a-b -&#45; *&#42;x*&#42; /&#47;y/&#47;"));

    const Model m = diagrams::hostileModel();
    const QString mermaid = onlyFile(diagrams::runExport(QStringLiteral("mermaid"), m), QStringLiteral(".mmd"));
    QVERIFY2(diagrams::mermaidProblems(mermaid.toUtf8()).isEmpty(), qPrintable(diagrams::mermaidProblems(mermaid.toUtf8())));
    // Ids that are Mermaid keywords or clash after cleaning get safe names.
    QVERIFY(mermaid.contains(QLatin1String("subgraph z_end[")));
    QVERIFY(mermaid.contains(QLatin1String("e_a_b(")) && mermaid.contains(QLatin1String("e_a_b_2>")));
    QVERIFY(mermaid.contains(QLatin1String("  e_1___rankdir_TB__x__[")));
    QVERIFY(mermaid.contains(QStringLiteral("日本 🚀 second line")));

    const QString puml = onlyFile(diagrams::runExport(QStringLiteral("plantuml"), m), QStringLiteral(".puml"));
    QVERIFY2(diagrams::plantUmlProblems(puml.toUtf8()).isEmpty(), qPrintable(diagrams::plantUmlProblems(puml.toUtf8())));
    QVERIFY(puml.contains(QLatin1String("&#36;HOME")));
}

void TestDiagrams::goldenFiles_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("exporter");
    QTest::addColumn<QString>("format");
    for (const char *model : {"small", "shop"}) {
        QTest::addRow("%s dot", model) << model << "diagram" << "dot";
        QTest::addRow("%s mermaid", model) << model << "mermaid" << "mermaid";
        QTest::addRow("%s plantuml", model) << model << "plantuml" << "plantuml";
    }
}

void TestDiagrams::goldenFiles()
{
    QFETCH(QString, model);
    QFETCH(QString, exporter);
    QFETCH(QString, format);
    DIAGRAMS_REQUIRE_TOOL(dot, "dot")
    const diagrams::LoadedModel *loaded = diagrams::loadModel(QStringLiteral("resources/examples/%1.yaml").arg(model));
    QVERIFY(loaded);
    QMap<QString, QString> options;
    if (format == QLatin1String("dot"))
        options.insert(QStringLiteral("format"), QStringLiteral("dot"));
    const diagrams::ExportRun run = diagrams::runExport(exporter, loaded->model, options, loaded->findings);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.files.files().size(), loaded->model.views.size());
    for (const auto &[path, bytes] : run.files.files()) {
        const QString name = QFileInfo(path).fileName();
        QVERIFY2(diagrams::matchesGolden(QStringLiteral("%1/%2/%3").arg(format, model, name), bytes), qPrintable(name));
        QString problems;
        if (format == QLatin1String("mermaid")) {
            problems = diagrams::mermaidProblems(bytes);
        } else if (format == QLatin1String("plantuml")) {
            problems = diagrams::plantUmlProblems(bytes);
        } else {
            const diagrams::ToolResult r = diagrams::runOnFile(dot, {QStringLiteral("-Tsvg"), QStringLiteral("{}")},
                                                               QStringLiteral("d.dot"), bytes);
            if (r.exitCode != 0)
                problems = r.output;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(": ") + problems));
    }
}

void TestDiagrams::tortureModelThroughAllFormats_data()
{
    QTest::addColumn<bool>("fromFile");
    QTest::addColumn<QString>("exporter");
    for (const char *exporter : {"diagram", "mermaid", "plantuml"}) {
        QTest::addRow("torture.yaml %s", exporter) << true << exporter;
        QTest::addRow("hostile %s", exporter) << false << exporter;
    }
}

void TestDiagrams::tortureModelThroughAllFormats()
{
    QFETCH(bool, fromFile);
    QFETCH(QString, exporter);
    DIAGRAMS_REQUIRE_TOOL(dot, "dot")
    DIAGRAMS_REQUIRE_TOOL(xmllint, "xmllint")
    DIAGRAMS_REQUIRE_TOOL(pdfinfo, "pdfinfo")
    const diagrams::LoadedModel *loaded = fromFile ? diagrams::loadModel(QStringLiteral("tests/data/torture.yaml")) : nullptr;
    QVERIFY(loaded || !fromFile);
    const Model model = loaded ? loaded->model : diagrams::hostileModel();
    const Findings findings = loaded ? loaded->findings : Findings();
    QMap<QString, QString> options{{QStringLiteral("format"), QStringLiteral("svg,png,pdf,dot")},
                                   {QStringLiteral("findings"), QStringLiteral("true")}};
    const diagrams::ExportRun run = diagrams::runExport(exporter, model, options, findings,
                                                        fromFile ? QStringLiteral("torture") : QStringLiteral("hostile"));
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(!run.files.files().empty());

    // The longest name as a reader should see it: first words, unescaped.
    const QString name = fromFile ? QStringLiteral("Order fulfilment and") : QStringLiteral("A \"quoted\" <b>name</b> &");
    for (const auto &[path, bytes] : run.files.files()) {
        const QString ext = QFileInfo(path).suffix();
        const QString what = path + QStringLiteral(": ");
        if (ext == QLatin1String("mmd")) {
            QVERIFY2(diagrams::mermaidProblems(bytes).isEmpty(), qPrintable(what + diagrams::mermaidProblems(bytes)));
        } else if (ext == QLatin1String("puml")) {
            QVERIFY2(diagrams::plantUmlProblems(bytes).isEmpty(), qPrintable(what + diagrams::plantUmlProblems(bytes)));
            if (const QString plantuml = diagrams::findTool(QStringLiteral("plantuml")); !plantuml.isEmpty()) {
                const QString problems = diagrams::plantUmlSyntaxProblems(plantuml, bytes);
                QVERIFY2(problems.isEmpty(), qPrintable(what + problems));
            }
        } else if (ext == QLatin1String("dot")) {
            const diagrams::ToolResult r = diagrams::runOnFile(dot, {QStringLiteral("-Tsvg"), QStringLiteral("{}")},
                                                               QStringLiteral("d.dot"), bytes);
            QVERIFY2(r.exitCode == 0, qPrintable(what + r.output));
            QVERIFY2(svgText(r.output.toUtf8()).contains(name), qPrintable(what + name));
        } else if (ext == QLatin1String("svg")) {
            const diagrams::ToolResult r = diagrams::runOnFile(xmllint, {QStringLiteral("--noout"), QStringLiteral("{}")},
                                                               QStringLiteral("d.svg"), bytes);
            QVERIFY2(r.exitCode == 0, qPrintable(what + r.output));
            QVERIFY2(svgText(bytes).contains(name), qPrintable(what + name));
        } else if (ext == QLatin1String("png")) {
            const QImage image = QImage::fromData(bytes, "PNG");
            QVERIFY2(!image.isNull() && image.width() > 200 && image.width() < 10000 && image.height() < 10000,
                     qPrintable(what + QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        } else if (ext == QLatin1String("pdf")) {
            const diagrams::ToolResult r = diagrams::runOnFile(pdfinfo, {QStringLiteral("{}")}, QStringLiteral("d.pdf"), bytes);
            QVERIFY2(r.exitCode == 0, qPrintable(what + r.output));
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected file ") + path));
        }
    }
}
