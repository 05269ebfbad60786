// lintel-cli import structurizr: Structurizr's real "Big Bank plc"
// workspace to a golden model, re-import, !include, and the DSL errors that
// must stop an import (FILE:LINE:COL, exit 2, nothing written).
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
    static QStringList importArgs(const QString &source, const QStringList &rest)
    {
        return QStringList{QStringLiteral("import"), QStringLiteral("structurizr"), source} + rest;
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
        QTest::addColumn<QByteArray>("dsl");
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
    void badWorkspacesWriteNothing()
    {
        QFETCH(QByteArray, dsl);
        QFETCH(QString, where);
        QFETCH(QString, words);
        const QString source = path(QStringLiteral("bad.dsl"));
        QVERIFY(writeBytes(source, dsl));
        const QString out = path(QStringLiteral("never.yaml"));
        const CliRun run = runCli(importArgs(source, {QStringLiteral("-o"), out}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((source + where).toUtf8()), run.err);
        QVERIFY2(run.err.contains(words.toUtf8()), run.err);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliImportStructurizr)
#include "tst_cli_import_structurizr.moc"
