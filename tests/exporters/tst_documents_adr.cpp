// The ADR exporter: golden records for the examples, links between records,
// and markdownlint on every record (including the escaping torture model).
#include "tests/exporters/tst_documents.h"

#include "exporters/adr/adrwriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace lintel;

void TestDocuments::adrGolden_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("golden");
    QTest::newRow("shop") << "resources/examples/shop.yaml" << "adr/shop";
    QTest::newRow("small") << "resources/examples/small.yaml" << "adr/small";
}

void TestDocuments::adrGolden()
{
    QFETCH(QString, model);
    QFETCH(QString, golden);
    const docs::LoadedModel *loaded = docs::loadModel(model);
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("adr"), *loaded);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.files.files().size(), loaded->model.decisions.size() + 1);
    QVERIFY(run.files.files().count(QStringLiteral("adr/README.md")));
    for (const auto &[name, bytes] : run.files.files())
        QVERIFY2(docs::matchesGolden(golden + name.mid(3), bytes), qPrintable(name));
    QVERIFY(docs::goldenFolderHoldsExactly(golden, run.files, QStringLiteral("adr")));
}

void TestDocuments::adrLinksBetweenRecords()
{
    Model model;
    model.elements.push_back({});
    model.elements.back().id = QStringLiteral("orders");
    model.elements.back().name = QStringLiteral("Orders | service");
    Decision first;
    first.id = QStringLiteral("first");
    first.title = QStringLiteral("Use a message queue");
    first.status = DecisionStatus::Superseded;
    first.supersededBy = QStringLiteral("second");
    Decision second;
    second.id = QStringLiteral("second");
    second.title = QStringLiteral("Use an event log instead!");
    second.status = DecisionStatus::Accepted;
    second.supersedes = QStringLiteral("first");
    second.affects = {QStringLiteral("orders"), QStringLiteral("ghost")};
    DecisionOption option;
    option.name = QStringLiteral("Same");
    second.options = {option, option};
    model.decisions = {first, second};

    QCOMPARE(adr::fileName(model, 0), QStringLiteral("0001-use-a-message-queue.md"));
    QCOMPARE(adr::fileName(model, 1), QStringLiteral("0002-use-an-event-log-instead.md"));
    const QString text = adr::decisionMarkdown(model, 1);
    QVERIFY(text.startsWith(QStringLiteral("# Use an event log instead&#33;\n")));
    QVERIFY(text.contains(QStringLiteral("- Supersedes: [0001 Use a message queue](0001-use-a-message-queue.md)")));
    QVERIFY(text.contains(QStringLiteral("| Orders \\| service | `orders` | service |")));
    QVERIFY(text.contains(QStringLiteral("| ghost | `ghost` | not in the model |")));
    QVERIFY(text.contains(QStringLiteral("### Same\n")));
    QVERIFY(text.contains(QStringLiteral("### Same (2)\n")));
    QVERIFY(adr::decisionMarkdown(model, 0).contains(
        QStringLiteral("- Superseded by: [0002 Use an event log instead!](0002-use-an-event-log-instead.md)")));
    const QString index = adr::indexMarkdown(model);
    QVERIFY(index.contains(QStringLiteral("| 0002 | [Use an event log instead!](0002-use-an-event-log-instead.md) | accepted | not recorded |")));
}

void TestDocuments::adrMarkdownlint_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("shop") << "resources/examples/shop.yaml";
    QTest::newRow("small") << "resources/examples/small.yaml";
    QTest::newRow("torture") << "tests/data/torture.yaml";
}

// markdownlint with its default rules, line length (MD013) aside.
void lintMarkdown(const QString &tool, const QString &folder, const QString &glob)
{
    QFile config(QDir(folder).filePath(QStringLiteral(".markdownlint-cli2.jsonc")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({ "config": { "default": true, "MD013": false } })");
    config.close();
    const docs::ToolResult result = docs::runTool(tool, {glob}, folder);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QVERIFY2(!result.output.contains(QStringLiteral("Linting: 0 file")), qPrintable(result.output));
    QVERIFY2(result.output.contains(QStringLiteral("Summary: 0 error")) || result.output.contains(QStringLiteral("0 issue")),
             qPrintable(result.output));
}

void TestDocuments::adrMarkdownlint()
{
    QFETCH(QString, model);
    DOCS_REQUIRE_TOOL(markdownlint, QStringLiteral("node_modules/.bin/markdownlint-cli2"));
    const docs::LoadedModel *loaded = docs::loadModel(model);
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("adr"), *loaded);
    QVERIFY2(run.ok, qPrintable(run.error));
    QTemporaryDir dir;
    docs::writeToDisk(run.files, dir);
    lintMarkdown(markdownlint, dir.path(), QStringLiteral("adr/**/*.md"));
}
