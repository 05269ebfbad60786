// The handover exporter: readiness, golden Markdown, validators on all three
// formats, and the options (--no-diagrams, --template).
#include "tests/exporters/tst_documents.h"

#include "exporters/handover/readiness.h"
#include "model/rules/modelindex.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace lintel;

void lintMarkdown(const QString &tool, const QString &folder, const QString &glob);

static Element element(const QString &id, ElementKind kind, const QString &team)
{
    Element e;
    e.id = id;
    e.name = id;
    e.kind = kind;
    e.team = team;
    return e;
}

void TestDocuments::handoverReadiness()
{
    Model model;
    Team team;
    team.id = QStringLiteral("t");
    model.teams = {team};
    Element ready = element(QStringLiteral("ready"), ElementKind::Service, QStringLiteral("t"));
    ready.operations.logs = ready.operations.metrics = ready.operations.healthCheck = true;
    ready.operations.runbook = QStringLiteral("https://wiki/runbook");
    Element bare = element(QStringLiteral("bare"), ElementKind::Service, QStringLiteral("t"));
    Element orphan = element(QStringLiteral("orphan"), ElementKind::Datastore, QString());
    Element person = element(QStringLiteral("person"), ElementKind::Person, QString());
    model.elements = {ready, bare, orphan, person};
    Flow call;  // sync HTTPS into "bare" without a contract
    call.id = QStringLiteral("call");
    call.from = QStringLiteral("person");
    call.to = QStringLiteral("bare");
    call.protocol = QStringLiteral("https");
    Flow documented = call;
    documented.id = QStringLiteral("documented");
    documented.to = QStringLiteral("ready");
    documented.api = QStringLiteral("ready-api");
    Flow events = call;  // messaging needs no call contract
    events.id = QStringLiteral("events");
    events.protocol = QStringLiteral("kafka");
    model.flows = {call, documented, events};

    const ModelIndex index(model);
    const handover::Readiness r = handover::computeReadiness(index);
    QCOMPARE(r.overall.counts.elements, 3);  // the person is not operated
    QCOMPARE(r.overall.counts.owned, 2);
    QCOMPARE(r.overall.counts.runbook, 1);
    QCOMPARE(r.overall.counts.healthCheck, 1);
    QCOMPARE(r.overall.counts.providers, 2);
    QCOMPARE(r.overall.counts.contractsDone, 1);
    QCOMPARE(r.teams.size(), std::size_t(2));  // t, then "No owner"
    QCOMPARE(r.teams[0].counts.elements, 2);
    QCOMPARE(r.teams[1].teamName, QStringLiteral("No owner"));
    QCOMPARE(r.gaps.size(), std::size_t(2));
    QCOMPARE(r.gaps[0].element->id, QStringLiteral("bare"));
    QCOMPARE(r.gaps[0].flowsWithoutContract, QStringList{QStringLiteral("call")});
    QVERIFY(r.gaps[1].missing.contains(QStringLiteral("owner")));
}

void TestDocuments::handoverGolden_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("golden");
    QTest::newRow("shop") << "resources/examples/shop.yaml" << "handover/shop/handover.md";
    QTest::newRow("small") << "resources/examples/small.yaml" << "handover/small/handover.md";
}

void TestDocuments::handoverGolden()
{
    QFETCH(QString, model);
    QFETCH(QString, golden);
    const docs::LoadedModel *loaded = docs::loadModel(model);
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded);
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(docs::matchesGolden(golden, run.files.files().at(QStringLiteral("handover/handover.md"))));
}

void TestDocuments::handoverValidators_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("shop") << "resources/examples/shop.yaml";
    QTest::newRow("small") << "resources/examples/small.yaml";
    QTest::newRow("torture") << "tests/data/torture.yaml";
}

void TestDocuments::handoverValidators()
{
    QFETCH(QString, model);
    DOCS_REQUIRE_TOOL(markdownlint, QStringLiteral("node_modules/.bin/markdownlint-cli2"));
    DOCS_REQUIRE_TOOL(xmllint, QStringLiteral("xmllint"));
    DOCS_REQUIRE_TOOL(pdfinfo, QStringLiteral("pdfinfo"));
    const docs::LoadedModel *loaded = docs::loadModel(model);
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded);
    QVERIFY2(run.ok, qPrintable(run.error));
    QTemporaryDir dir;
    docs::writeToDisk(run.files, dir);
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("handover"));

    lintMarkdown(markdownlint, dir.path(), QStringLiteral("handover/*.md"));
    if (QTest::currentTestFailed())
        return;
    // The HTML parser of libxml2 and, stricter, the XML parser: the page is
    // also well-formed XHTML. Neither may print anything.
    for (const QStringList &args : {QStringList{QStringLiteral("--html"), QStringLiteral("--noout"), QStringLiteral("handover.html")},
                                    QStringList{QStringLiteral("--noout"), QStringLiteral("handover.html")}}) {
        const docs::ToolResult lint = docs::runTool(xmllint, args, folder);
        QVERIFY2(lint.exitCode == 0 && lint.output.trimmed().isEmpty(), qPrintable(args.join(u' ') + u'\n' + lint.output));
    }
    const docs::ToolResult info = docs::runTool(pdfinfo, {QStringLiteral("handover.pdf")}, folder);
    QVERIFY2(info.exitCode == 0, qPrintable(info.output));
    QVERIFY2(info.output.contains(QStringLiteral("A4")), qPrintable(info.output));
    QVERIFY2(info.output.contains(QStringLiteral("Title:")) && info.output.contains(QStringLiteral("Handover")),
             qPrintable(info.output));
}

void TestDocuments::handoverHtmlIsSelfContained()
{
    const docs::LoadedModel *loaded = docs::loadModel(QStringLiteral("tests/data/torture.yaml"));
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded);
    QVERIFY2(run.ok, qPrintable(run.error));
    const QString html = QString::fromUtf8(run.files.files().at(QStringLiteral("handover/handover.html")));
    QVERIFY(html.contains(QStringLiteral("<style")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(!html.contains(QStringLiteral("src=\"diagrams/")));  // every diagram inlined
    QVERIFY(html.contains(QStringLiteral("src=\"data:image/svg+xml;base64,")));
    // The model's hostile text arrives as text, never as markup.
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("Browser &lt;script&gt;alert(")));
    QVERIFY(html.contains(QStringLiteral("id=\"2-diagrams\"")));
}

void TestDocuments::handoverWithoutDiagrams()
{
    const docs::LoadedModel *loaded = docs::loadModel(QStringLiteral("resources/examples/small.yaml"));
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded,
                                                {{QStringLiteral("no-diagrams"), QStringLiteral("true")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    const QString md = QString::fromUtf8(run.files.files().at(QStringLiteral("handover/handover.md")));
    QVERIFY(md.contains(QStringLiteral("Diagrams were left out")));
    for (const auto &[name, bytes] : run.files.files())
        QVERIFY2(!name.endsWith(QStringLiteral(".svg")), qPrintable(name));
    QVERIFY(!run.files.files().at(QStringLiteral("handover/handover.html")).contains("data:image/svg+xml"));
    QVERIFY(run.files.files().at(QStringLiteral("handover/handover.pdf")).startsWith("%PDF"));
}

void TestDocuments::handoverTemplateOverride()
{
    const docs::LoadedModel *loaded = docs::loadModel(QStringLiteral("resources/examples/small.yaml"));
    QVERIFY(loaded);
    QTemporaryDir dir;
    QFile md(dir.filePath(QStringLiteral("handover.md.mustache")));
    QVERIFY(md.open(QIODevice::WriteOnly));
    md.write("# Our handover of {{system_name}}\n\n{{#elements}}\n- {{element}}\n{{/elements}}\n");
    md.close();
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded,
                                                {{QStringLiteral("template"), dir.path()},
                                                 {QStringLiteral("no-diagrams"), QStringLiteral("true")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    const QString out = QString::fromUtf8(run.files.files().at(QStringLiteral("handover/handover.md")));
    QVERIFY2(out.startsWith(QStringLiteral("# Our handover of Greenhouse Bookings\n\n- Member (`member`)\n")), qPrintable(out));
    // The other two templates are still the built-in ones.
    QVERIFY(run.files.files().at(QStringLiteral("handover/handover.html")).contains("@media print"));
    QVERIFY(run.messages.join(u'\n').contains(QStringLiteral("using template")));
}

void TestDocuments::handoverMissingTemplateFolder()
{
    const docs::LoadedModel *loaded = docs::loadModel(QStringLiteral("resources/examples/small.yaml"));
    QVERIFY(loaded);
    QTemporaryDir empty;
    for (const QString &folder : {empty.path(), empty.filePath(QStringLiteral("nope"))}) {
        const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded,
                                                    {{QStringLiteral("template"), folder}});
        QVERIFY(!run.ok);
        QVERIFY2(run.error.contains(folder), qPrintable(run.error));
        QVERIFY(run.files.files().empty());
    }
    QTemporaryDir broken;
    QFile md(broken.filePath(QStringLiteral("handover.md.mustache")));
    QVERIFY(md.open(QIODevice::WriteOnly));
    md.write("{{#unclosed}}\n");
    md.close();
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded,
                                                {{QStringLiteral("template"), broken.path()}});
    QVERIFY(!run.ok);
    QVERIFY2(run.error.contains(QStringLiteral("handover.md.mustache")), qPrintable(run.error));
}
