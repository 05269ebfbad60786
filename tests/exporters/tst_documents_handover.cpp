// The handover exporter: readiness, golden Markdown, validators on all three
// formats, the options (--no-diagrams, --template), and how the PDF keeps
// long lists short.
#include "tests/exporters/tst_documents.h"

#include "exporters/handover/handoverdata.h"
#include "exporters/handover/pdftables.h"
#include "exporters/handover/readiness.h"
#include "model/index/modelindex.h"

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
    QTest::newRow("transition") << "tests/data/transition/transition.yaml" << "handover/transition/handover.md";
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
    QTest::newRow("transition") << "tests/data/transition/transition.yaml";
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

namespace {

int countOf(const QString &text, const QString &what)
{
    return int(text.count(what));
}

const handover::Data &member(const handover::Data &data, const std::string &name)
{
    const handover::Data *found = data.get(name);
    if (!found)
        qFatal("view-model has no %s", name.c_str());
    return *found;
}

}  // namespace

void TestDocuments::handoverPdfSplitsLongTables()
{
    QString rows;
    for (int i = 1; i <= 7; ++i)
        rows += QStringLiteral("<tr>\n<td>r%1</td>\n</tr>\n").arg(i);
    const QString head = QStringLiteral("<table>\n<thead>\n<tr>\n<th>H</th>\n</tr>\n</thead>\n<tbody>\n");
    const QString shortTable = head + QStringLiteral("<tr>\n<td>s</td>\n</tr>\n</tbody>\n</table>\n");
    const QString html = QStringLiteral("<p>before</p>\n") + head + rows + QStringLiteral("</tbody>\n</table>\n")
                       + QStringLiteral("<p>between</p>\n") + shortTable;

    const QString split = handover::splitLongTables(html, 3);
    // 7 rows in pieces of 3, 3 and 1, then the short table untouched.
    QCOMPARE(countOf(split, QStringLiteral("<table>")), 4);
    QCOMPARE(countOf(split, QStringLiteral("</table>")), 4);
    QCOMPARE(countOf(split, QStringLiteral("<th>H</th>")), 4);
    QCOMPARE(countOf(split, QStringLiteral("<td>r")), 7);
    const QStringList pieces = split.split(QStringLiteral("</table>"));
    QCOMPARE(countOf(pieces[0], QStringLiteral("<td>r")), 3);
    QCOMPARE(countOf(pieces[1], QStringLiteral("<td>r")), 3);
    QCOMPARE(countOf(pieces[2], QStringLiteral("<td>r")), 1);
    QVERIFY(pieces[0].startsWith(QStringLiteral("<p>before</p>")));
    QVERIFY(pieces[2].contains(QStringLiteral("<td>r7</td>")));
    QVERIFY(split.endsWith(QStringLiteral("<p>between</p>\n") + shortTable));
    // Rows keep their order across the pieces.
    for (int i = 1; i < 7; ++i)
        QVERIFY(split.indexOf(QStringLiteral("r%1<").arg(i)) < split.indexOf(QStringLiteral("r%1<").arg(i + 1)));
    // Nothing to split: the text comes back as it was.
    QCOMPARE(handover::splitLongTables(html, 7), html);
}

void TestDocuments::handoverPdfAbridgesLongLists()
{
    const docs::LoadedModel *loaded = docs::loadModel(QStringLiteral("resources/examples/shop.yaml"));
    QVERIFY(loaded);
    // 35 warnings of one rule, then 5 errors of another: more than the
    // by-rule summary needs, and more than the limit of 4 rows.
    Findings findings;
    for (int i = 0; i < 40; ++i) {
        Finding f;
        f.rule = i < 35 ? QStringLiteral("unowned-element") : QStringLiteral("sync-cycle");
        f.severity = i < 35 ? Severity::Warning : Severity::Error;
        f.targets = {QStringLiteral("e%1").arg(i)};
        f.message = QStringLiteral("finding %1").arg(i);
        findings.push_back(f);
    }
    const ModelIndex index(loaded->model);
    handover::HandoverInput input{loaded->model, index, findings, QDate(2026, 1, 1), QStringLiteral("shop.yaml")};

    const handover::Data full = handover::buildViewModel(input);
    QCOMPARE(member(full, "findings").list_value().size(), std::size_t(40));
    QVERIFY(member(full, "findings_abridged").is_false());
    QCOMPARE(member(full, "findings").list_value().front().get("message")->string_value(), std::string("finding 35"));

    input.limits = handover::ListLimits{4, 1};
    const handover::Data print = handover::buildViewModel(input);
    const handover::List &shown = member(print, "findings").list_value();
    QCOMPARE(shown.size(), std::size_t(4));
    for (const handover::Data &row : shown)  // the errors come first
        QCOMPARE(row.get("severity")->string_value(), std::string("error"));
    QVERIFY(member(print, "findings_abridged").is_true());
    QCOMPARE(member(print, "findings_total").string_value(), std::string("40"));
    QCOMPARE(member(print, "findings_shown").string_value(), std::string("4"));
    // The counts by rule still cover every finding, rules with errors first.
    const handover::List &byRule = member(print, "findings_by_rule").list_value();
    QCOMPARE(byRule.size(), std::size_t(2));
    QCOMPARE(byRule[0].get("errors")->string_value(), std::string("5"));
    QCOMPARE(byRule[1].get("warnings")->string_value(), std::string("35"));
    // Other long tables are cut too, and say how long they were.
    const qsizetype elements = qsizetype(loaded->model.elements.size());
    QVERIFY(elements > 4);
    QCOMPARE(member(print, "elements").list_value().size(), std::size_t(4));
    QCOMPARE(member(print, "elements_total").string_value(), std::to_string(elements));
    QCOMPARE(member(full, "elements").list_value().size(), std::size_t(elements));
}

void TestDocuments::handoverPdfCapsLongText()
{
    // Runs of text are cut whole characters at a time, never inside an
    // entity, and tags are kept.
    const QString html = QStringLiteral("<p>") + QString(30, u'a') + QStringLiteral("&amp;b</p><td>short</td>");
    const QString capped = handover::capLongTextRuns(html, 32);
    QVERIFY2(capped.startsWith(QStringLiteral("<p>") + QString(30, u'a') + QStringLiteral(" [")), qPrintable(capped));
    QVERIFY(capped.contains(QStringLiteral("30 of 36 characters")));
    QVERIFY(capped.endsWith(QStringLiteral("</p><td>short</td>")));
    QCOMPARE(handover::capLongTextRuns(html, 100), html);

    // A description of 2 MiB: the Markdown and HTML hold all of it; the PDF
    // a page's worth and a note where the rest is.
    DOCS_REQUIRE_TOOL(pdftotext, QStringLiteral("pdftotext"));
    docs::LoadedModel big;
    big.model.system.name = QStringLiteral("Big description");
    QString description;
    while (description.size() < 2 * 1024 * 1024)
        description += QStringLiteral("Every word of this description is kept in the Markdown. ");
    description += QStringLiteral("TheVeryLastWord");
    big.model.system.description = description;
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), big,
                                                {{QStringLiteral("no-diagrams"), QStringLiteral("true")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(run.files.files().at(QStringLiteral("handover/handover.md")).contains("TheVeryLastWord"));
    QVERIFY(run.files.files().at(QStringLiteral("handover/handover.html")).contains("TheVeryLastWord"));
    QTemporaryDir dir;
    docs::writeToDisk(run.files, dir);
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("handover"));
    const docs::ToolResult text = docs::runTool(pdftotext, {QStringLiteral("handover.pdf"), QStringLiteral("-")}, folder);
    QVERIFY2(text.exitCode == 0, qPrintable(text.output.left(500)));
    const QString pdfText = text.output.simplified();
    QVERIFY2(pdfText.contains(QStringLiteral("shortened in this PDF")), qPrintable(pdfText.left(500)));
    QVERIFY(pdfText.contains(QStringLiteral("handover.md and handover.html hold the whole text")));
    QVERIFY(!pdfText.contains(QStringLiteral("TheVeryLastWord")));
    QVERIFY(pdfText.size() < 100000);
}

// Section 9 on a model with a transition (frozen on 2026-06-01, when its
// knowledge transfer is overdue): the numbers of the transition summary, and
// on the web page the stage bars drawn as coloured cells.
void TestDocuments::handoverTransitionSection()
{
    const docs::LoadedModel *loaded = docs::loadModel(QStringLiteral("tests/data/transition/transition.yaml"));
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded,
                                                {{QStringLiteral("no-diagrams"), QStringLiteral("true")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    const QString md = QString::fromUtf8(run.files.files().at(QStringLiteral("handover/handover.md")));
    QVERIFY(md.contains(QStringLiteral("9. [Transition](#9-transition)")));
    QVERIFY(md.contains(QStringLiteral("\n## 9. Transition\n")));
    QVERIFY2(md.contains(QStringLiteral("| Knowledge transfer (`kt`) | knowledge-transfer | 2026-05-01 to 2026-05-25 | "
                                        "2026-05-02 to ? | **overdue** |")),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("| Acme Build | `31.` | 1 | 0 | 1 | 0 | 1 | 3 |")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("| keys for FX Rates Provider (derived) | FX Rates Provider | **open** |")),
             qPrintable(md));
    const QString html = QString::fromUtf8(run.files.files().at(QStringLiteral("handover/handover.html")));
    QVERIFY2(html.contains(QStringLiteral("<span class=\"stage-bar\"><span class=\"stage-3\">3</span>"
                                          "<span class=\"stage-1\">1</span><span class=\"stage-0\">.</span></span>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral(".stage-bar .stage-4")));
}

void TestDocuments::handoverWithoutTransition()
{
    const docs::LoadedModel *loaded = docs::loadModel(QStringLiteral("resources/examples/small.yaml"));
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("handover"), *loaded,
                                                {{QStringLiteral("no-diagrams"), QStringLiteral("true")}});
    QVERIFY2(run.ok, qPrintable(run.error));
    const QString md = QString::fromUtf8(run.files.files().at(QStringLiteral("handover/handover.md")));
    QVERIFY(!md.contains(QStringLiteral("Transition")));
    QVERIFY(!run.files.files().at(QStringLiteral("handover/handover.html")).contains("class=\"stage-bar\""));
}
