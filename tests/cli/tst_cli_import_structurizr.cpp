// lintel-cli import structurizr: Structurizr's real "Big Bank plc"
// workspace (DSL and JSON) to golden models, re-import, !include, one
// workspace in both forms giving one model, and the errors that must stop an
// import (FILE:LINE:COL, exit 2, nothing written).
#include "clitest.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliImportStructurizr : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString bigBank() { return sourcePath(QStringLiteral("tests/data/import/structurizr/big-bank-plc.dsl")); }
    static QString data(const QString &name) { return sourcePath(QStringLiteral("tests/data/import/structurizr/") + name); }
    static QStringList importArgs(const QString &source, const QStringList &rest)
    {
        return QStringList{QStringLiteral("import"), QStringLiteral("structurizr"), source} + rest;
    }

    // The row's input, written to `fileName` and imported: exit 2, the
    // problem at FILE:LINE:COL, and no model written.
    void importIsRefused(const QString &fileName)
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, where);
        QFETCH(QString, words);
        const QString source = path(fileName);
        QVERIFY(writeBytes(source, input));
        const QString out = path(QStringLiteral("never.yaml"));
        const CliRun run = runCli(importArgs(source, {QStringLiteral("-o"), out}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((source + where).toUtf8()), run.err);
        QVERIFY2(run.err.contains(words.toUtf8()), run.err);
        QVERIFY(!QFileInfo::exists(out));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void bigBankImportsToTheGoldenModel()
    {
        const QString out = path(QStringLiteral("bb.yaml"));
        const CliRun run = runCli(importArgs(bigBank(), {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray golden = readBytes(sourcePath(QStringLiteral("tests/data/import/structurizr/golden/big-bank-plc.lintel.yaml")));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(readBytes(out), golden);
        // What Lintel does not map is said, with the line it is on.
        QVERIFY2(run.err.contains(bigBank().toUtf8() + ":223: note: \"styles\""), run.err);
        QVERIFY2(run.err.contains(bigBank().toUtf8() + ":183: note: \"image\""), run.err);

        const CliRun again = runCli(importArgs(bigBank(), {QStringLiteral("--into"), out}));
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY2(again.out.trimmed().endsWith("0 added, 0 changed, 0 removed, 74 unchanged"), again.out);
        QCOMPARE(readBytes(out), golden);
    }

    void bigBankJsonImportsToTheGoldenModel()
    {
        const QString source = data(QStringLiteral("big-bank-plc.json"));
        const QString out = path(QStringLiteral("bb-json.yaml"));
        const CliRun run = runCli(importArgs(source, {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray golden = readBytes(data(QStringLiteral("golden/big-bank-plc-json.lintel.yaml")));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(readBytes(out), golden);
        // Image views and the views' styles are said to be skipped.
        QVERIFY2(run.err.contains("view \"MainframeBankingSystemFacade\" (imageViews)"), run.err);

        const CliRun again = runCli(importArgs(source, {QStringLiteral("--into"), out}));
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY2(again.out.contains(" 0 added, 0 changed, 0 removed"), again.out);
        QCOMPARE(readBytes(out), golden);
    }

    // One workspace written in the DSL and saved as JSON by Structurizr
    // (implied relationships, type tags, numbered ids and all) imports to
    // one model: only the file name in x-source tells them apart. Big Bank
    // plc's JSON is Structurizr's own, made from its DSL.
    void dslAndJsonGiveTheSameModel_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::newRow("small shop") << QStringLiteral("small-shop");
        QTest::newRow("Big Bank plc") << QStringLiteral("big-bank-plc");
    }
    void dslAndJsonGiveTheSameModel()
    {
        QFETCH(QString, stem);
        const QString fromDsl = path(stem + QStringLiteral("-from-dsl.yaml")), fromJson = path(stem + QStringLiteral("-from-json.yaml"));
        const CliRun dsl = runCli(importArgs(data(stem + QStringLiteral(".dsl")), {QStringLiteral("-o"), fromDsl}));
        QVERIFY2(dsl.exitCode == 0, dsl.describe());
        const CliRun json = runCli(importArgs(data(stem + QStringLiteral(".json")), {QStringLiteral("-o"), fromJson}));
        QVERIFY2(json.exitCode == 0, json.describe());
        QByteArray a = readBytes(fromDsl), b = readBytes(fromJson);
        QVERIFY(a.contains("kind: datastore"));
        a.replace((stem + QStringLiteral(".dsl")).toUtf8(), "WORKSPACE");
        b.replace((stem + QStringLiteral(".json")).toUtf8(), "WORKSPACE");
        QCOMPARE(b, a);
    }

    void badJsonWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("words");
        QTest::newRow("not JSON") << QByteArray("{\n  \"model\": {\n    \"people\": [\n}\n")
                                  << QStringLiteral(":4:") << QString();
        QTest::newRow("not a workspace") << QByteArray("{\n  \"openapi\": \"3.0.0\"\n}\n")
                                         << QStringLiteral(":1:1:") << QStringLiteral("no \"model\"");
        QTest::newRow("unknown element in a relationship")
            << QByteArray("{\n  \"model\": {\n    \"people\": [\n      {\"id\": \"1\", \"name\": \"A\", \"relationships\": [\n"
                          "        {\"id\": \"2\", \"sourceId\": \"1\", \"destinationId\": \"99\"}]}\n    ]\n  }\n}\n")
            << QStringLiteral(":5:55:") << QStringLiteral("\"99\" names no element");
        QTest::newRow("duplicate id")
            << QByteArray("{\n  \"model\": {\n    \"people\": [\n      {\"id\": \"1\", \"name\": \"A\"},\n"
                          "      {\"id\": \"1\", \"name\": \"B\"}\n    ]\n  }\n}\n")
            << QStringLiteral(":5:14:") << QStringLiteral("duplicate id \"1\"");
    }
    void badJsonWritesNothing() { importIsRefused(QStringLiteral("bad.json")); }

    void includeReadsLocalFiles()
    {
        QVERIFY(writeBytes(path(QStringLiteral("people.dsl")), "customer = person \"Customer\"\nshop = softwareSystem \"Shop\"\n"));
        QVERIFY(writeBytes(path(QStringLiteral("main.dsl")),
                           "workspace \"Inc\" {\n    !docs docs\n    model {\n        !include people.dsl\n"
                           "        customer -> shop \"Buys from\" \"HTTPS\"\n    }\n}\n"));
        const QString out = path(QStringLiteral("inc.yaml"));
        const CliRun run = runCli(importArgs(path(QStringLiteral("main.dsl")), {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray yaml = readBytes(out);
        QVERIFY(yaml.contains("  - id: customer\n    name: Customer\n    kind: person\n"));
        QVERIFY(yaml.contains("    from: customer\n    to: shop\n    description: Buys from\n    protocol: HTTPS\n"));
        QVERIFY2(run.err.contains(":2: note: !docs"), run.err);
    }

    void badWorkspacesWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown keyword") << QByteArray("workspace {\n    model {\n        a = person \"A\"\n        b = robot \"B\"\n    }\n}\n")
                                         << QStringLiteral(":4:13:") << QStringLiteral("\"robot\" is not a keyword");
        QTest::newRow("duplicate identifier") << QByteArray("workspace {\n    model {\n        a = person \"A\"\n        a = person \"B\"\n    }\n}\n")
                                              << QStringLiteral(":4:9:") << QStringLiteral("duplicate identifier \"a\"");
        QTest::newRow("unknown identifier") << QByteArray("workspace {\n    model {\n        a = person \"A\"\n        a -> nobody\n    }\n}\n")
                                            << QStringLiteral(":4:14:") << QStringLiteral("\"nobody\" names no element");
        QTest::newRow("unclosed string") << QByteArray("workspace {\n    model {\n        a = person \"A\n    }\n}\n")
                                         << QStringLiteral(":3:20:") << QStringLiteral("never closed");
        QTest::newRow("missing include") << QByteArray("workspace {\n    model {\n        !include nowhere.dsl\n    }\n}\n")
                                         << QStringLiteral(":3:18:") << QStringLiteral("cannot be read");
        QTest::newRow("not a workspace") << QByteArray("hello\n") << QStringLiteral(":1:1:") << QStringLiteral("not a keyword");
    }
    void badWorkspacesWriteNothing() { importIsRefused(QStringLiteral("bad.dsl")); }
};

QTEST_GUILESS_MAIN(TestCliImportStructurizr)
#include "tst_cli_import_structurizr.moc"
