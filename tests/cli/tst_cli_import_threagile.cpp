// lintel-cli import threagile: Threagile's own example model to a golden
// model, re-import, and the malformed models that must stop an import
// (FILE:LINE:COL, exit 2, nothing written).
#include "clitest.h"

#include "model/yaml/yamlio.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliImportThreagile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString example() { return sourcePath(QStringLiteral("tests/data/import/threagile/threagile-example.yaml")); }
    static QStringList importArgs(const QString &source, const QStringList &rest)
    {
        return QStringList{QStringLiteral("import"), QStringLiteral("threagile"), source} + rest;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exampleImportsToTheGoldenModel()
    {
        const QString out = path(QStringLiteral("threagile.yaml"));
        const CliRun run = runCli(importArgs(example(), {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray golden = readBytes(sourcePath(QStringLiteral("tests/data/import/threagile/golden/threagile-example.lintel.yaml")));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(readBytes(out), golden);
        // The accepted risk no Lintel rule matches is kept on its asset and
        // said; risks in other states are said and left out.
        const QByteArray file = example().toUtf8();
        QVERIFY2(run.err.contains(file + ":1300: note: accepted risk \"untrusted-deserialization@erp-system\" matches no Lintel rule"), run.err);
        QVERIFY2(run.err.contains(file + ":1307: note: risk \"ldap-injection@*@ldap-auth-server@*\" is mitigated"), run.err);

        const CliRun again = runCli(importArgs(example(), {QStringLiteral("--into"), out}));
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY2(again.out.trimmed().endsWith("0 added, 0 changed, 0 removed, 51 unchanged"), again.out);
        QCOMPARE(readBytes(out), golden);
    }

    // What the golden file says, spelled out: the merge keys of the data
    // assets, kinds, nesting and the flows' security.
    void exampleMeansWhatThreagileSays()
    {
        const auto model = lintel::readYamlFile(sourcePath(QStringLiteral("tests/data/import/threagile/golden/threagile-example.lintel.yaml"))).model;
        QVERIFY(model);
        const auto data = [&](const char *id) {
            for (const lintel::DataClass &d : model->data)
                if (d.id == QLatin1String(id))
                    return d;
            return lintel::DataClass{};
        };
        // "Customer Accounts" takes everything but its confidentiality from
        // "Customer Contracts" through `<<`.
        QCOMPARE(data("customer-accounts").classification, lintel::Classification::Restricted);
        QCOMPARE(data("contract-summaries").classification, lintel::Classification::Confidential);
        QCOMPARE(data("client-application-code").classification, lintel::Classification::Public);
        const auto element = [&](const char *id) {
            for (const lintel::Element &e : model->elements)
                if (e.id == QLatin1String(id))
                    return e;
            return lintel::Element{};
        };
        QCOMPARE(element("customer-client").kind, lintel::ElementKind::Client);
        QCOMPARE(element("load-balancer").kind, lintel::ElementKind::Gateway);
        QCOMPARE(element("sql-database").kind, lintel::ElementKind::Datastore);
        QCOMPARE(element("sql-database").zone, QStringLiteral("erp-dmz"));
        QCOMPARE(element("ldap-auth-server").encryptionAtRest, std::optional<bool>(true));
        for (const lintel::Zone &z : model->zones)
            if (z.id == u"web-dmz" || z.id == u"erp-dmz" || z.id == u"auth-env")
                QCOMPARE(z.parent, QStringLiteral("application-network"));
        bool sawVpn = false;
        for (const lintel::Flow &f : model->flows) {
            if (f.id == u"web-application-traffic") {  // plain http behind the load balancer
                QCOMPARE(f.protocol, QStringLiteral("http"));
                QCOMPARE(f.encrypted, std::optional<bool>(false));
                QCOMPARE(f.authentication, QStringLiteral("session-id"));
            }
            if (f.id == u"erp-internal-access") {  // https, and through a VPN
                sawVpn = true;
                QCOMPARE(f.encrypted, std::optional<bool>(true));
                QCOMPARE(f.data, (QStringList{QStringLiteral("internal-business-data"), QStringLiteral("customer-contracts")}));
            }
        }
        QVERIFY(sawVpn);
    }

    // An accepted risk becomes a Lintel accepted risk when a Lintel rule
    // reports the same problem on the same object, and stays one on
    // re-import.
    void acceptedRiskWhereALintelRuleMatches()
    {
        const QString source = path(QStringLiteral("risky.yaml"));
        QVERIFY(writeBytes(source, "threagile_version: 1.0.0\ntitle: Risky\n"
                                   "data_assets:\n  Cards:\n    id: cards\n    confidentiality: strictly-confidential\n"
                                   "technical_assets:\n  Card Store:\n    id: card-store\n    type: datastore\n"
                                   "    technology: database\n    encryption: none\n    data_assets_stored: [cards]\n"
                                   "risk_tracking:\n  unencrypted-asset@card-store:\n    status: accepted\n"
                                   "    justification: The disks are encrypted by the host\n    ticket: SEC-1\n"
                                   "    checked_by: Jane Roe\n"));
        const QString out = path(QStringLiteral("risky.lintel.yaml"));
        const CliRun run = runCli(importArgs(source, {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const auto model = lintel::readYamlFile(out).model;
        QVERIFY(model);
        QCOMPARE(model->acceptedRisks.size(), std::size_t(1));
        const lintel::AcceptedRisk &risk = model->acceptedRisks.front();
        QCOMPARE(risk.rule, QStringLiteral("sensitive-data-unencrypted-at-rest"));
        QCOMPARE(risk.target, QStringLiteral("card-store"));
        QCOMPARE(risk.reason, QStringLiteral("The disks are encrypted by the host (ticket SEC-1)"));
        QCOMPARE(risk.acceptedBy, QStringLiteral("Jane Roe"));
        QCOMPARE(model->elements.front().encryptionAtRest, std::optional<bool>(false));

        const QByteArray before = readBytes(out);
        const CliRun again = runCli(importArgs(source, {QStringLiteral("--into"), out}));
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY2(again.out.trimmed().endsWith("0 added, 0 changed, 0 removed, 3 unchanged"), again.out);
        QCOMPARE(readBytes(out), before);
    }

    void badModelsWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("words");
        const QByteArray head = "threagile_version: 1.0.0\ntitle: T\n";
        const QByteArray assets = "technical_assets:\n  A:\n    id: a\n    type: process\n    technology: web-server\n"
                                  "  B:\n    id: b\n    type: datastore\n    technology: database\n";
        QTest::newRow("not Threagile") << QByteArray("otmVersion: 0.2.0\n") << QStringLiteral(":1:1:")
                                       << QStringLiteral("not a Threagile model");
        QTest::newRow("wrong version") << QByteArray("threagile_version: 2.0.0\ntitle: T\n") << QStringLiteral(":1:20:")
                                       << QStringLiteral("version \"2.0.0\" is not supported");
        QTest::newRow("duplicate id") << head + assets + "  C:\n    id: b\n    type: process\n"
                                      << QStringLiteral(":13:9:") << QStringLiteral("duplicate technical asset id \"b\" (first used on line 9)");
        QTest::newRow("unknown link target")
            << head + assets + "    communication_links:\n      Query:\n        target: c\n        protocol: jdbc\n"
            << QStringLiteral(":14:17:") << QStringLiteral("\"c\" names no technical asset");
        QTest::newRow("unknown data asset")
            << head + assets + "    data_assets_stored:\n      - secrets\n"
            << QStringLiteral(":13:9:") << QStringLiteral("\"secrets\" names no data asset");
        QTest::newRow("asset in two boundaries")
            << head + assets + "trust_boundaries:\n  X:\n    id: x\n    technical_assets_inside: [a]\n"
                               "  Y:\n    id: y\n    technical_assets_inside: [a]\n"
            << QStringLiteral(":18:31:") << QStringLiteral("\"a\" is already inside trust boundary \"x\" (line 15)");
        QTest::newRow("boundary nested in itself")
            << head + "trust_boundaries:\n  X:\n    id: x\n    trust_boundaries_nested: [y]\n"
                      "  Y:\n    id: y\n    trust_boundaries_nested: [x]\n"
            << QStringLiteral(":9:31:") << QStringLiteral("trust boundary \"x\" is nested in itself");
        QTest::newRow("syntax error") << head + "technical_assets: [\n" << QStringLiteral(":4:1:") << QStringLiteral("syntax error");
    }
    void badModelsWriteNothing()
    {
        QFETCH(QByteArray, model);
        QFETCH(QString, where);
        QFETCH(QString, words);
        const QString source = path(QStringLiteral("bad-threagile.yaml"));
        QVERIFY(writeBytes(source, model));
        const QString out = path(QStringLiteral("never.yaml"));
        const CliRun run = runCli(importArgs(source, {QStringLiteral("-o"), out}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((source + where).toUtf8()), run.err);
        QVERIFY2(run.err.contains(words.toUtf8()), run.err);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliImportThreagile)
#include "tst_cli_import_threagile.moc"
