// Rule packs on the command line: validate --rules and --explain, a model's
// own rules.packs, rules list with origins, rules test, bad packs, and
// SARIF with pack rules checked by Microsoft's SARIF validator.
#include "clitest.h"
#include "sarifmultitool.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QString examplesPack() { return sourcePath(QStringLiteral("resources/rules/examples.yaml")); }

// The new user's rule from the issue, with two tests: one finding, one not.
const QByteArray kMtlsPack = R"(rules:
  - id: restricted-reached-over-mtls
    severity: error
    title: Restricted zones are reached only over mTLS
    description: A stolen token must not open the restricted zone.
    for: flows
    where: {to.zone.trust: restricted, crosses-boundary: true}
    require: {authentication: mtls}
    message: "{id} reaches {to.zone.name} with {authentication}"
tests:
  - name: a token is not enough
    model:
      zones: [{id: a, trust: internal}, {id: r, name: Vault zone, trust: restricted}]
      elements: [{id: x, kind: service, zone: a}, {id: y, kind: service, zone: r}]
      flows: [{id: x-y, from: x, to: y, authentication: jwt}]
    expect: [{rule: restricted-reached-over-mtls, target: x-y}]
  - name: mtls passes
    model:
      zones: [{id: a, trust: internal}, {id: r, trust: restricted}]
      elements: [{id: x, kind: service, zone: a}, {id: y, kind: service, zone: r}]
      flows: [{id: x-y, from: x, to: y, authentication: mtls}]
    absent: [{rule: restricted-reached-over-mtls, target: x-y}]
)";

const QByteArray kModel = R"(lintel: 1
rules:
  packs: [org/mtls.yaml]
zones:
  - {id: a, trust: internal}
  - {id: r, name: Vault zone, trust: restricted}
elements:
  - {id: x, name: X, kind: service, zone: a, operations: {logs: true, metrics: true}}
  - {id: y, name: Y, kind: service, zone: r, operations: {logs: true, metrics: true}}
flows:
  - {id: x-y, from: x, to: y, protocol: https, authentication: jwt}
)";

}  // namespace

class TestCliRulePacks : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("org")));
        QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("org/mtls.yaml")), kMtlsPack));
        QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("model.yaml")), kModel));
    }

    void rulesTestPassesTheExamples()
    {
        const CliRun run = runCli({QStringLiteral("rules"), QStringLiteral("test"), examplesPack(), m_dir.filePath(QStringLiteral("org/mtls.yaml"))});
        QVERIFY2(run.exitCode == 0, run.describe() + run.out);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 8);
        for (const QByteArray &line : lines)
            QVERIFY2(line.startsWith("PASS "), line.constData());
    }

    void rulesTestFailsOnABrokenExpectation()
    {
        QByteArray broken = kMtlsPack;
        broken.replace("authentication: jwt}", "authentication: mtls}");
        const QString pack = m_dir.filePath(QStringLiteral("broken.yaml"));
        QVERIFY(writeBytes(pack, broken));
        const CliRun run = runCli({QStringLiteral("rules"), QStringLiteral("test"), pack});
        QVERIFY2(run.exitCode == 1, run.describe());
        QVERIFY2(run.out.contains("FAIL " + pack.toUtf8() + ":11:5: a token is not enough"), run.out.constData());
        QVERIFY2(run.out.contains("PASS " + pack.toUtf8() + ":17:5: mtls passes"), run.out.constData());
    }

    void rulesTestReportsARuleWithoutTest()
    {
        QByteArray untested = kMtlsPack.left(kMtlsPack.indexOf("tests:"));
        const QString pack = m_dir.filePath(QStringLiteral("untested.yaml"));
        QVERIFY(writeBytes(pack, untested));
        const CliRun run = runCli({QStringLiteral("rules"), QStringLiteral("test"), pack});
        QVERIFY2(run.exitCode == 1, run.describe());
        QVERIFY2(run.out.startsWith("UNTESTED " + pack.toUtf8() + ":2:9: rule restricted-reached-over-mtls"),
                 run.out.constData());
    }

    void validateRunsTheModelsPacksAndExplains()
    {
        const CliRun run = runCli({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("model.yaml")),
                                   QStringLiteral("--explain")});
        QVERIFY2(run.exitCode == 1, run.describe());
        const QByteArray expected = m_dir.filePath(QStringLiteral("model.yaml")).toUtf8()
            + ":11:5: error: x-y reaches Vault zone with jwt [restricted-reached-over-mtls]\n"
              "    where: to.zone.trust is restricted\n"
              "    where: crosses-boundary is true\n"
              "    require failed: authentication is jwt, required mtls\n";
        QVERIFY2(run.out.contains(expected), run.out.constData());

        const CliRun plain = runCli({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("model.yaml"))});
        QVERIFY2(!plain.out.contains("    where:"), plain.out.constData());
    }

    void jsonAndSarifCarryPackRules()
    {
        const QString model = m_dir.filePath(QStringLiteral("model.yaml"));
        const CliRun json = runCli({QStringLiteral("validate"), model, QStringLiteral("--format"), QStringLiteral("json")});
        bool found = false;
        for (const QJsonValue &f : QJsonDocument::fromJson(json.out).object()[u"findings"].toArray())
            if (f[u"rule"].toString() == u"restricted-reached-over-mtls") {
                found = true;
                QCOMPARE(f[u"explanation"].toArray().size(), 3);
            }
        QVERIFY2(found, json.out.constData());

        const CliRun sarif = runCli({QStringLiteral("validate"), model, QStringLiteral("--format"), QStringLiteral("sarif")});
        const QJsonObject run = QJsonDocument::fromJson(sarif.out).object()[u"runs"][0].toObject();
        const QJsonObject extension = run[u"tool"][u"extensions"][0].toObject();
        QVERIFY(extension[u"name"].toString().endsWith(QStringLiteral("org/mtls.yaml")));
        QCOMPARE(extension[u"rules"][0][u"id"].toString(), QStringLiteral("restricted-reached-over-mtls"));
        QCOMPARE(extension[u"rules"][0][u"fullDescription"][u"text"].toString(),
                 QStringLiteral("A stolen token must not open the restricted zone."));
        found = false;
        for (const QJsonValue &r : run[u"results"].toArray())
            if (r[u"rule"][u"id"].toString() == u"restricted-reached-over-mtls") {
                found = true;
                QCOMPARE(r[u"rule"][u"toolComponent"][u"index"].toInt(), 0);
                QVERIFY(!r.toObject().contains(QStringLiteral("ruleIndex")));
                // Named by `rule` alone: a ruleId beside it would repeat it (SARIF2004).
                QVERIFY(!r.toObject().contains(QStringLiteral("ruleId")));
            }
        QVERIFY2(found, sarif.out.constData());
    }

    void sarifWithPackRulesPassesTheSarifValidator()
    {
        QVERIFY2(QFileInfo(sarifMultitool()).isExecutable(),
                 qPrintable(sarifMultitool() + QStringLiteral(" is missing or not executable: run scripts/setup.sh")));
        const CliRun run = runCli({QStringLiteral("validate"), shopModel(), QStringLiteral("--rules"), examplesPack(),
                                   QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("--as-of"),
                                   QString::fromLatin1(kShopAsOf)});
        QVERIFY2(run.exitCode == 1, run.describe());
        // The log must hold what is being checked: the pack as a tool
        // component, with results pointing into it (one about an operation).
        QJsonObject sarif = QJsonDocument::fromJson(run.out).object();
        const QJsonObject sarifRun = sarif[u"runs"][0].toObject();
        QCOMPARE(sarifRun[u"tool"][u"extensions"].toArray().size(), 1);
        QStringList packResults;
        for (const QJsonValue &r : sarifRun[u"results"].toArray())
            if (r[u"rule"][u"toolComponent"].isObject())
                packResults << r[u"rule"][u"id"].toString();
        QVERIFY2(packResults.size() >= 4, qPrintable(packResults.join(u' ')));
        QVERIFY(packResults.contains(QStringLiteral("cardholder-writes-idempotent")));

        const QString sarifPath = m_dir.filePath(QStringLiteral("shop-packs.sarif"));
        QVERIFY(writeBytes(sarifPath, run.out));
        QString failure;
        const QStringList problems =
            sarifComplaints(sarifPath, m_dir.filePath(QStringLiteral("shop-packs.log.sarif")), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The same check on a pack result the validator objects to (the
        // rule named twice, as ruleId and rule.id, which is how pack results
        // were once written), or a pass proves nothing.
        QJsonArray results = sarif[u"runs"][0][u"results"].toArray();
        for (qsizetype i = 0; i < results.size(); ++i) {
            QJsonObject r = results[i].toObject();
            if (r[u"rule"][u"toolComponent"].isObject()) {
                r.insert(QStringLiteral("ruleId"), r[u"rule"][u"id"].toString());
                results[i] = r;
                break;
            }
        }
        QJsonArray runs = sarif[u"runs"].toArray();
        QJsonObject first = runs[0].toObject();
        first.insert(QStringLiteral("results"), results);
        runs[0] = first;
        sarif.insert(QStringLiteral("runs"), runs);
        const QString brokenPath = m_dir.filePath(QStringLiteral("broken.sarif"));
        QVERIFY(writeBytes(brokenPath, QJsonDocument(sarif).toJson()));
        const QStringList brokenProblems =
            sarifComplaints(brokenPath, m_dir.filePath(QStringLiteral("broken.log.sarif")), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!brokenProblems.isEmpty());
    }

    void rulesListShowsOrigins()
    {
        const CliRun run = runCli({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--model"),
                                   m_dir.filePath(QStringLiteral("model.yaml"))});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY(run.out.contains("built-in"));
        const QByteArray origin = m_dir.filePath(QStringLiteral("org/mtls.yaml")).toUtf8() + ":2";
        QVERIFY2(run.out.contains(origin), run.out.constData());
    }

    void handoverPackListsPackFindings()
    {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("handover"),
                                   m_dir.filePath(QStringLiteral("model.yaml")), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray handover = readBytes(out + QStringLiteral("/handover/handover.md"));
        QVERIFY2(handover.contains("restricted-reached-over-mtls"), handover.constData());
        QVERIFY2(handover.contains("x-y reaches Vault zone with jwt"), handover.constData());
    }

    void aBrokenPackStopsValidationWithItsPlace()
    {
        QByteArray broken = kMtlsPack;
        broken.replace("authentication: mtls}\n    message", "authentication: {\"<\": mtls}}\n    message");
        QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("org/mtls.yaml")), broken));
        const CliRun run = runCli({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("model.yaml"))});
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.contains("org/mtls.yaml:8:32: operator '<' does not apply to authentication"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void aMissingPackIsAnError()
    {
        const CliRun run = runCli({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("model.yaml")),
                                   QStringLiteral("--rules"), m_dir.filePath(QStringLiteral("nowhere.yaml"))});
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.contains("nowhere.yaml"), run.err.constData());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliRulePacks)
#include "tst_cli_rulepacks.moc"
