// Markdown escaping, the registry and failure handling shared by the document
// exporters. The exporters' own tests are in tst_documents_*.cpp.
#include "tests/exporters/tst_documents.h"

#include "exporters/adr/markdowntext.h"

#include <QFile>
#include <QTest>

using namespace lintel;

void TestDocuments::inlineTextEscapesStructure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Orders service" << "Orders service";
    QTest::newRow("pipe") << "a | b" << "a \\| b";
    QTest::newRow("emphasis") << "*stars* _under_" << "\\*stars\\* \\_under\\_";
    QTest::newRow("html") << "<b>x</b> & y" << "\\<b\\>x\\</b\\> \\& y";
    QTest::newRow("backticks") << "`code`" << "\\`code\\`";
    QTest::newRow("link") << "[a](b)" << "\\[a\\](b)";
    QTest::newRow("newlines") << "one\ntwo\r\n\tthree" << "one two three";
    QTest::newRow("list start") << "- item" << "\\- item";
    QTest::newRow("ordered start") << "1. first" << "1\\. first";
    QTest::newRow("ordered alone") << "7)" << "7\\)";
    QTest::newRow("version") << "2026.11 draft" << "2026.11 draft";
    QTest::newRow("heading start") << "# title" << "\\# title";
    QTest::newRow("url") << "see https://x.example" << "see https\\://x.example";
    QTest::newRow("email") << "ops@example.com" << "ops\\@example.com";
    QTest::newRow("www") << "www.example.com" << "www\\.example.com";
}

void TestDocuments::inlineTextEscapesStructure()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(md::inlineText(input), expected);
}

void TestDocuments::paragraphsKeepListsAndParagraphs()
{
    const QString text = QStringLiteral("First line\nsecond line\n\n- a\n- b *c*\n\n\n3) x\n7) y\nafter\n");
    QCOMPARE(md::paragraphs(text),
             QStringLiteral("First line\nsecond line\n\n- a\n- b \\*c\\*\n\n1. x\n2. y\n\nafter"));
    QCOMPARE(md::paragraphs(QStringLiteral("  \n\n")), QString());
}

void TestDocuments::headingPunctuationIsAReference()
{
    QCOMPARE(md::headingText(QStringLiteral("Why?")), QStringLiteral("Why?"));
    QCOMPARE(md::headingText(QStringLiteral("Done.")), QStringLiteral("Done&#46;"));
    QCOMPARE(md::headingText(QStringLiteral("Wow!")), QStringLiteral("Wow&#33;"));
    md::HeadingSet headings;
    QCOMPARE(headings.unique(QStringLiteral("Option")), QStringLiteral("Option"));
    QCOMPARE(headings.unique(QStringLiteral("option")), QStringLiteral("option (2)"));
    QCOMPARE(headings.unique(QStringLiteral("Option")), QStringLiteral("Option (3)"));
}

void TestDocuments::slugs()
{
    QCOMPARE(md::slug(QStringLiteral("Use PostgreSQL for orders")), QStringLiteral("use-postgresql-for-orders"));
    QCOMPARE(md::slug(QStringLiteral("Café  naïve -- résumé!")), QStringLiteral("cafe-naive-resume"));
    QCOMPARE(md::slug(QStringLiteral("日本語 🚀")), QString());
    QCOMPARE(md::slug(QStringLiteral("a b c d"), 3), QStringLiteral("a-b"));
    // Long titles are cut between words, never inside one.
    QCOMPARE(md::slug(QStringLiteral("keep orders apart"), 14), QStringLiteral("keep-orders"));
    QCOMPARE(md::slug(QStringLiteral("keep orders apart"), 12), QStringLiteral("keep-orders"));
    QCOMPARE(md::slug(QStringLiteral("unbreakable"), 5), QStringLiteral("unbre"));
}

void TestDocuments::registryListsDocumentExporters()
{
    for (const char *id : {"adr", "openapi", "handover"}) {
        Exporter *e = findExporter(QLatin1String(id));
        QVERIFY2(e, id);
        QVERIFY(!e->title().isEmpty());
        QVERIFY(!e->description().isEmpty());
    }
    QStringList options;
    for (const ExportOption &o : findExporter(QStringLiteral("handover"))->options())
        options << o.name;
    QCOMPARE(options, QStringList({QStringLiteral("no-diagrams"), QStringLiteral("template"), QStringLiteral("drift")}));
}

void TestDocuments::failingSinkGivesAnError_data()
{
    QTest::addColumn<QString>("exporter");
    QTest::newRow("adr") << "adr";
    QTest::newRow("openapi") << "openapi";
    QTest::newRow("handover") << "handover";
}

void TestDocuments::failingSinkGivesAnError()
{
    QFETCH(QString, exporter);
    const docs::LoadedModel *loaded = docs::loadModel(QStringLiteral("resources/examples/small.yaml"));
    QVERIFY(loaded);
    // A file where the exporter's folder should be: the folder cannot be
    // made, even by root (for whom a read-only folder is no obstacle).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *blocker : {"adr", "openapi", "handover"}) {
        QFile file(dir.filePath(QLatin1String(blocker)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    FolderSink sink(dir.path());
    const lintel::ExportContext context{loaded->model, loaded->findings,
                                        {{QStringLiteral("no-diagrams"), QStringLiteral("true")}},
                                        loaded->path, docs::frozenDate(), {}, nullptr};
    QStringList messages;
    QString error;
    QVERIFY(!findExporter(exporter)->run(context, sink, messages, &error));
    QVERIFY2(error.contains(dir.path()), qPrintable(error));
}

QTEST_MAIN(TestDocuments)
