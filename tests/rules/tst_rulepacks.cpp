// Rule packs (model/rules/packs/): loading with located problems, judging
// conditions with explanations, messages, the packs' own tests, and packs
// taking part in validation like built-in rules.
#include "model/rules/packs/packloader.h"
#include "model/rules/packs/packtests.h"
#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace lintel;
using namespace lintel::packs;

namespace {

QString sourcePath(const QString &relative) { return QStringLiteral(LINTEL_SOURCE_DIR "/") + relative; }

// A pack holding one rule, with the given lines under it.
QByteArray oneRule(const QByteArray &forWhat, const QByteArray &body, const QByteArray &message = "\"{id}\"")
{
    return "rules:\n"
           "  - id: house-rule\n"
           "    severity: error\n"
           "    title: A house rule\n"
           "    description: Why it matters.\n"
           "    for: " + forWhat + "\n" + body + "    message: " + message + "\n";
}

LoadedPacks loadText(QTemporaryDir &dir, const QByteArray &text, const QString &name = QStringLiteral("pack.yaml"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    return loadRulePacks({{path, {}, {}}});
}

// For QVERIFY2 messages, which are built whether or not the check fails.
QString firstProblem(const LoadedPacks &packs)
{
    return packs.problems.empty() ? QString() : packs.problems.front().toString();
}

Model readModel(const QByteArray &yaml)
{
    YamlLoadResult r = readYaml("lintel: 1\n" + yaml, QStringLiteral("model.yaml"));
    if (!r.ok())
        qFatal("test model does not load: %s", qPrintable(r.problems.front().toString()));
    return std::move(*r.model);
}

Findings runPack(const LoadedPacks &packs, const Model &model, const QString &rule)
{
    ValidationOptions options;
    options.packRules = packs.rules();
    Findings out;
    for (Finding &f : validate(model, options))
        if (f.rule == rule)
            out.push_back(std::move(f));
    return out;
}

const QByteArray kRestrictedModel = "zones:\n"
                                    "  - {id: edge, trust: dmz}\n"
                                    "  - {id: cde, name: Card zone, trust: restricted}\n"
                                    "elements:\n"
                                    "  - {id: gw, name: Gateway, kind: gateway, zone: edge}\n"
                                    "  - {id: vault, name: Vault, kind: service, zone: cde}\n"
                                    "flows:\n"
                                    "  - {id: gw-vault, from: gw, to: vault, protocol: https, authentication: jwt}\n"
                                    "  - {id: gw-vault-mtls, from: gw, to: vault, protocol: https, authentication: mtls}\n";

// One of every kind of object a rule can be for.
const QByteArray kEverySubjectModel =
    "teams:\n"
    "  - {id: core, name: Core, kind: in-house}\n"
    "  - {id: acme, name: Acme, kind: vendor}\n"
    "zones:\n"
    "  - {id: edge, trust: dmz}\n"
    "  - {id: cde, name: Card zone, trust: restricted}\n"
    "data:\n"
    "  - {id: cards, classification: restricted}\n"
    "  - {id: prices, classification: public}\n"
    "elements:\n"
    "  - {id: gw, name: Gateway, kind: gateway, zone: edge, team: core}\n"
    "  - {id: vault, name: Vault, kind: service, zone: cde, team: acme}\n"
    "  - {id: db, kind: datastore, zone: cde, team: acme, data: [cards]}\n"
    "flows:\n"
    "  - {id: gw-vault, from: gw, to: vault, protocol: https, authentication: jwt}\n"
    "  - {id: vault-db, from: vault, to: db, protocol: postgres, authentication: mtls}\n"
    "apis:\n"
    "  - id: vault-api\n"
    "    name: Vault API\n"
    "    provider: vault\n"
    "    visibility: public\n"
    "    operations:\n"
    "      - {id: pay, method: POST, path: /payments}\n"
    "      - {id: look, method: GET, path: /payments, idempotent: true}\n"
    "  - id: gw-api\n"
    "    provider: gw\n"
    "    visibility: internal\n"
    "    operations:\n"
    "      - {id: pay, method: POST, path: /pay, idempotent: true}\n"
    "decisions:\n"
    "  - {id: use-vault, title: Use a vault, status: accepted}\n"
    "  - {id: maybe-cache, title: Maybe a cache, status: proposed}\n";

}  // namespace

class TestRulePacks : public QObject {
    Q_OBJECT
private slots:
    void examplesPackLoadsAndItsTestsPass()
    {
        const LoadedPacks packs = loadRulePacks({{sourcePath(QStringLiteral("resources/rules/examples.yaml")), {}, {}}});
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        QCOMPARE(packs.packs.size(), std::size_t(1));
        QVERIFY(packs.packs[0].rules.size() >= 6);
        const PackTestReport report = runPackTests(packs);
        QVERIFY(report.results.size() >= packs.packs[0].rules.size());
        for (const PackTestResult &r : report.results)
            QVERIFY2(r.passed(), qPrintable(r.name + QStringLiteral(": ") + r.failures.join(u'\n')));
        QVERIFY(report.untested.empty());
    }

    void badInputIsReportedWhereItIs_data()
    {
        QTest::addColumn<QByteArray>("pack");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown key") << oneRule("flows", "    colour: red\n    require: {sync: false}\n") << 7 << 5
                                     << "unknown key 'colour'";
        QTest::newRow("unknown field") << oneRule("flows", "    require: {speed: 3}\n") << 7 << 15
                                       << "unknown field 'speed' of flow";
        QTest::newRow("unknown field past a reference")
            << oneRule("flows", "    require: {to.zone.colour: red}\n") << 7 << 15 << "unknown field 'to.zone.colour'";
        QTest::newRow("comparison on text") << oneRule("elements", "    require: {name: {\"<\": b}}\n") << 7 << 22
                                            << "operator '<' does not apply to name";
        QTest::newRow("matches on a flag") << oneRule("flows", "    require: {sync: {matches: x}}\n") << 7 << 22
                                           << "operator 'matches' does not apply to sync";
        QTest::newRow("unknown operator") << oneRule("flows", "    require: {protocol: {like: x}}\n") << 7 << 26
                                          << "unknown operator 'like'";
        QTest::newRow("value outside the order") << oneRule("flows", "    require: {to.trust: {\">=\": secret}}\n")
                                                 << 7 << 32 << "to.trust is never 'secret'";
        QTest::newRow("regex that does not compile")
            << oneRule("flows", "    require: {protocol: {matches: \"(http\"}}\n") << 7 << 35
            << "regular expression does not compile";
        QTest::newRow("placeholder naming nothing")
            << oneRule("flows", "    require: {sync: false}\n", "\"{to.colour}\"") << 8 << 14
            << "placeholder {to.colour}";
        QTest::newRow("clash with a built-in rule")
            << QByteArray(oneRule("flows", "    require: {sync: false}\n")).replace("house-rule", "shared-datastore")
            << 2 << 9 << "built-in rule shared-datastore";
        QTest::newRow("no require") << oneRule("flows", "") << 2 << 5 << "needs 'require'";
        QTest::newRow("bad kind in a test model")
            << oneRule("elements", "    require: {name: {present: true}}\n")
                   + "tests:\n  - name: t\n    model:\n      elements:\n        - {id: a, kind: spaceship}\n"
            << 13 << 19 << "spaceship";
    }

    void badInputIsReportedWhereItIs()
    {
        QFETCH(QByteArray, pack);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(dir, pack);
        QVERIFY(packs.packs.empty());  // a pack with a problem gives no rules
        QVERIFY(!packs.problems.empty());
        const Diagnostic &d = packs.problems.front();
        QVERIFY2(d.message.contains(says), qPrintable(d.toString()));
        QCOMPARE(d.file, dir.filePath(QStringLiteral("pack.yaml")));
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
    }

    void duplicateIdsAcrossPacksNameBothPlaces()
    {
        QTemporaryDir dir;
        const QByteArray rule = oneRule("flows", "    require: {sync: false}\n");
        loadText(dir, rule, QStringLiteral("first.yaml"));
        loadText(dir, "# second\n" + rule, QStringLiteral("second.yaml"));
        const LoadedPacks packs = loadRulePacks(
            {{dir.filePath(QStringLiteral("first.yaml")), {}, {}}, {dir.filePath(QStringLiteral("second.yaml")), {}, {}}});
        QCOMPARE(packs.packs.size(), std::size_t(1));
        QCOMPARE(packs.problems.size(), std::size_t(1));
        const Diagnostic &d = packs.problems.front();
        QCOMPARE(d.file, dir.filePath(QStringLiteral("second.yaml")));
        QCOMPARE(d.line, 3);
        QVERIFY2(d.message.contains(dir.filePath(QStringLiteral("first.yaml")) + QStringLiteral(":2:9")),
                 qPrintable(d.message));
    }

    void missingPackIsReportedAtTheModelsRulesSection()
    {
        Model model = readModel("rules:\n  packs: [nowhere.yaml]\n");
        const LoadedPacks packs = loadRulePacks(packSourcesOf(model, QStringLiteral("/models/shop.yaml")));
        QCOMPARE(packs.problems.size(), std::size_t(1));
        QCOMPARE(packs.problems[0].file, QStringLiteral("/models/shop.yaml"));
        QCOMPARE(packs.problems[0].line, 3);
        QVERIFY(packs.problems[0].message.contains(QStringLiteral("/models/nowhere.yaml")));
    }

    void findingExplainsWhichClausesDecided()
    {
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(
            dir, oneRule("flows", "    where:\n      to.zone.trust: restricted\n      crosses-boundary: true\n"
                                  "    require:\n      authentication: mtls\n",
                         "\"{id}: {from.name} to {to.zone.name} uses {authentication}\""));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        const Findings findings = runPack(packs, readModel(kRestrictedModel), QStringLiteral("house-rule"));
        QCOMPARE(findings.size(), std::size_t(1));
        const Finding &f = findings.front();
        QCOMPARE(f.targets, QStringList{QStringLiteral("gw-vault")});
        QCOMPARE(f.message, QStringLiteral("gw-vault: Gateway to Card zone uses jwt"));
        QCOMPARE(f.explanation, (QStringList{QStringLiteral("where: to.zone.trust is restricted"),
                                             QStringLiteral("where: crosses-boundary is true"),
                                             QStringLiteral("require failed: authentication is jwt, required mtls")}));
        QCOMPARE(f.fingerprint, findingFingerprint(QStringLiteral("house-rule"), f.targets));
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.line, 9);
    }

    void everySubjectCanBeTargeted_data()
    {
        QTest::addColumn<QByteArray>("forWhat");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("elements of some kinds")
            << QByteArray("elements") << QByteArray("    kinds: [service, datastore]\n    require: {team.kind: in-house}\n")
            << QStringList{"db", "vault"};
        QTest::newRow("flows") << QByteArray("flows") << QByteArray("    require: {authentication: mtls}\n")
                               << QStringList{"gw-vault"};
        QTest::newRow("zones") << QByteArray("zones") << QByteArray("    require: {trust: {\"<\": restricted}}\n")
                               << QStringList{"cde"};
        QTest::newRow("data") << QByteArray("data") << QByteArray("    require: {classification: {\"<\": restricted}}\n")
                              << QStringList{"cards"};
        QTest::newRow("apis") << QByteArray("apis")
                              << QByteArray("    where: {visibility: public}\n    require: {rate_limit: {present: true}}\n")
                              << QStringList{"vault-api"};
        QTest::newRow("operations") << QByteArray("operations") << QByteArray("    require: {method: GET}\n")
                                    << QStringList{"gw-api/pay", "vault-api/pay"};
        QTest::newRow("operations by their provider's zone")
            << QByteArray("operations")
            << QByteArray("    where: {api.provider.zone.trust: restricted}\n    require: {idempotent: true}\n")
            << QStringList{"vault-api/pay"};
        QTest::newRow("teams") << QByteArray("teams") << QByteArray("    require: {kind: in-house}\n")
                               << QStringList{"acme"};
        QTest::newRow("decisions")
            << QByteArray("decisions")
            << QByteArray("    where: {status: accepted}\n    require: {deciders: {present: true}}\n")
            << QStringList{"use-vault"};
    }

    void everySubjectCanBeTargeted()
    {
        QFETCH(QByteArray, forWhat);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, found);
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(dir, oneRule(forWhat, body));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        QStringList targets;
        for (const Finding &f : runPack(packs, readModel(kEverySubjectModel), QStringLiteral("house-rule")))
            targets << f.targets.join(u'/');
        targets.sort();
        QCOMPARE(targets, found);
    }

    void operationFindingsNameTheirApiAndSitAtTheOperation()
    {
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(
            dir, oneRule("operations",
                         "    where: {api.provider.trust: restricted, method: POST}\n"
                         "    require: {idempotent: true}\n",
                         "\"{method} {path} ({id}) of {api.name}, run by {api.provider.team.name}\""));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        Findings findings = runPack(packs, readModel(kEverySubjectModel), QStringLiteral("house-rule"));
        QCOMPARE(findings.size(), std::size_t(1));
        const Finding &f = findings.front();
        // The API first, whose id is unique in the model; then the operation.
        QCOMPARE(f.targets, (QStringList{QStringLiteral("vault-api"), QStringLiteral("pay")}));
        QCOMPARE(f.message, QStringLiteral("POST /payments (pay) of Vault API, run by Acme"));
        QCOMPARE(f.explanation, (QStringList{QStringLiteral("where: api.provider.trust is restricted"),
                                             QStringLiteral("where: method is POST"),
                                             QStringLiteral("require failed: idempotent is absent, required true")}));
        QCOMPARE(f.fingerprint, findingFingerprint(QStringLiteral("house-rule"), f.targets));
        QCOMPARE(f.line, 24);  // the operation's own line; its API starts at 19

        // Accepted by its API's id, like any finding that names the API.
        Model accepted = readModel(kEverySubjectModel
                                   + "accepted_risks:\n  - {rule: house-rule, target: vault-api, reason: retries are off}\n");
        ValidationOptions options;
        options.packRules = packs.rules();
        bool seen = false;
        for (const Finding &g : validate(accepted, options)) {
            QVERIFY2(g.rule != QLatin1String("dangling-reference"), qPrintable(g.message));
            if (g.rule == QLatin1String("house-rule")) {
                seen = true;
                QVERIFY(g.suppressed);
            }
        }
        QVERIFY(seen);
    }

    void operationsInExpressionsAndTests()
    {
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(
            dir, oneRule("operations",
                         "    expression: \"it.method !== 'POST' || it.api.provider.id !== 'vault' || "
                         "`${it.id} of ${it.api.id} writes to the vault`\"\n")
                     + "tests:\n"
                       "  - name: only the vault's write\n"
                       "    model:\n"
                       "      elements: [{id: vault, kind: service}, {id: gw, kind: gateway}]\n"
                       "      apis:\n"
                       "        - {id: a, provider: vault, operations: [{id: pay, method: POST}, {id: get, method: GET}]}\n"
                       "        - {id: b, provider: gw, operations: [{id: pay, method: POST}]}\n"
                       "    expect: [{rule: house-rule, target: a/pay}]\n"
                       "    absent: [{rule: house-rule, target: a/get}, {rule: house-rule, target: b/pay}]\n");
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        const PackTestReport report = runPackTests(packs);
        QCOMPARE(report.results.size(), std::size_t(1));
        QVERIFY2(report.results[0].passed(), qPrintable(report.results[0].failures.join(u'\n')));

        const Findings findings = runPack(packs, packs.packs[0].tests[0].model, QStringLiteral("house-rule"));
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].explanation, QStringList{QStringLiteral("expression failed: pay of a writes to the vault")});
    }

    void operationRulesRefuseWhatOperationsDoNotHave()
    {
        QTemporaryDir dir;
        LoadedPacks packs = loadText(dir, oneRule("operations", "    require: {zone: edge}\n"));
        QVERIFY(!packs.problems.empty());
        QVERIFY2(packs.problems.front().message.contains(QStringLiteral("unknown field 'zone' of operation")),
                 qPrintable(firstProblem(packs)));
        packs = loadText(dir, oneRule("operations", "    kinds: [service]\n    require: {method: GET}\n"));
        QVERIFY2(firstProblem(packs).contains(QStringLiteral("'kinds' applies only to rules for elements")),
                 qPrintable(firstProblem(packs)));
    }

    void explanationsOfAnyAndNot()
    {
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(
            dir, oneRule("flows", "    where: {not: {authentication: mtls}}\n"
                                  "    require: {any: [{protocol: grpc}, {authentication: mtls}]}\n"));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        const Findings findings = runPack(packs, readModel(kRestrictedModel), QStringLiteral("house-rule"));
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].explanation,
                 (QStringList{QStringLiteral("where: not (authentication is jwt, required mtls)"),
                              QStringLiteral("require failed: protocol is https, required grpc"),
                              QStringLiteral("require failed: authentication is jwt, required mtls")}));
    }

    void derivedFactsAndOrders_data()
    {
        QTest::addColumn<QByteArray>("forWhat");
        QTest::addColumn<QByteArray>("require");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("trust below") << QByteArray("flows") << QByteArray("{from.trust: {\">=\": internal}}")
                                     << QStringList{"gw-vault", "gw-vault-mtls"};
        QTest::newRow("trust at least") << QByteArray("flows") << QByteArray("{to.trust: {\"<\": restricted}}")
                                        << QStringList{"gw-vault", "gw-vault-mtls"};
        QTest::newRow("one of") << QByteArray("flows") << QByteArray("{authentication: [mtls, mutual-tls]}")
                                << QStringList{"gw-vault"};
        QTest::newRow("any") << QByteArray("flows")
                             << QByteArray("{any: [{authentication: mtls}, {protocol: {matches: \"^grpc\"}}]}")
                             << QStringList{"gw-vault"};
        QTest::newRow("not") << QByteArray("flows") << QByteArray("{not: {authentication: jwt}}")
                             << QStringList{"gw-vault"};
        QTest::newRow("counts") << QByteArray("elements") << QByteArray("{flows-in: {\"<\": 1}}")
                                << QStringList{"vault"};
        QTest::newRow("reached from") << QByteArray("elements") << QByteArray("{not: {reached-from: dmz}}")
                                      << QStringList{"vault"};
        QTest::newRow("absent") << QByteArray("elements") << QByteArray("{team: {present: true}}")
                                << QStringList{"gw", "vault"};
        QTest::newRow("kind") << QByteArray("elements") << QByteArray("{kind: [service, worker]}")
                              << QStringList{"gw"};
    }

    void derivedFactsAndOrders()
    {
        QFETCH(QByteArray, forWhat);
        QFETCH(QByteArray, require);
        QFETCH(QStringList, found);
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(dir, oneRule(forWhat, "    require: " + require + "\n"));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        QStringList targets;
        for (const Finding &f : runPack(packs, readModel(kRestrictedModel), QStringLiteral("house-rule")))
            targets << f.targets.value(0);
        targets.sort();
        QCOMPARE(targets, found);
    }

    void packFindingsAreSettledLikeBuiltInOnes()
    {
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(dir, oneRule("flows", "    require: {authentication: mtls}\n"));
        Model model = readModel(kRestrictedModel
                                + "rules:\n  severity: {house-rule: info}\n"
                                  "accepted_risks:\n  - {rule: house-rule, target: gw-vault, reason: until Q3}\n");
        ValidationOptions options;
        options.packRules = packs.rules();
        const Findings findings = validate(model, options);
        bool seen = false;
        for (const Finding &f : findings) {
            QVERIFY2(f.rule != QLatin1String("dangling-reference"), qPrintable(f.message));
            if (f.rule == QLatin1String("house-rule")) {
                seen = true;
                QVERIFY(f.suppressed);
                QCOMPARE(f.severity, Severity::Info);
            }
        }
        QVERIFY(seen);
    }

    void failingAndMissingTestsAreReported()
    {
        QTemporaryDir dir;
        const QByteArray pack = oneRule("flows", "    require: {authentication: mtls}\n")
            + "  - id: other-rule\n    severity: info\n    title: t\n    description: d\n    for: zones\n"
              "    require: {name: {present: true}}\n    message: \"{id}\"\n"
              "tests:\n  - name: expects what is not there\n    model:\n      elements:\n"
              "        - {id: a, kind: service}\n        - {id: b, kind: service}\n"
              "      flows:\n        - {id: a-b, from: a, to: b, authentication: mtls}\n"
              "    expect:\n      - {rule: house-rule, target: a-b}\n";
        const PackTestReport report = runPackTests(loadText(dir, pack));
        QCOMPARE(report.results.size(), std::size_t(1));
        QVERIFY(!report.results[0].passed());
        QVERIFY(report.results[0].failures[0].contains(QStringLiteral("house-rule on a-b")));
        QCOMPARE(report.results[0].loc.line, 17);
        QCOMPARE(report.untested.size(), std::size_t(1));
        QCOMPARE(report.untested[0].rule, QStringLiteral("other-rule"));
        QVERIFY(!report.passed());
    }

    void expressionsJudgeWhatConditionsCannot()
    {
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(
            dir, oneRule("flows", "    where: {crosses-boundary: true}\n"
                                  "    expression: |\n"
                                  "      it.to.zone.trust !== 'restricted' || it.authentication === 'mtls'\n"
                                  "        || `${it.from.name} uses ${it.authentication} into ${it.to.zone.name}`\n"));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        const Findings findings = runPack(packs, readModel(kRestrictedModel), QStringLiteral("house-rule"));
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].targets.value(0), QStringLiteral("gw-vault"));
        QCOMPARE(findings[0].explanation.last(), QStringLiteral("expression failed: Gateway uses jwt into Card zone"));
    }

    void expressionsSeeAFrozenViewAndNoHost()
    {
        QTemporaryDir dir;
        // Each clause is false when the engine lets the expression change
        // the model's view or reach timers, the network or the console.
        const LoadedPacks packs = loadText(
            dir, oneRule("elements", "    expression: |\n"
                                     "      (() => { 'use strict'; try { it.name = 'x'; return 'view was writable'; }\n"
                                     "               catch (e) { return true; } })() === true\n"
                                     "      && typeof setTimeout === 'undefined' && typeof XMLHttpRequest === 'undefined'\n"
                                     "      && typeof console === 'undefined' && typeof Qt === 'undefined'\n"
                                     "      && it.flowsIn.length + it.flowsOut.length >= 1\n"));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        const Findings findings = runPack(packs, readModel(kRestrictedModel), QStringLiteral("house-rule"));
        if (!findings.empty())
            QFAIL(qPrintable(findings.front().message + u' ' + findings.front().explanation.join(u'|')));
    }

    void aThrowingExpressionIsAFindingNotACrash()
    {
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(dir, oneRule("zones", "    expression: it.nothing.deeper\n"));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        const Findings findings = runPack(packs, readModel(kRestrictedModel), QStringLiteral("house-rule"));
        QCOMPARE(findings.size(), std::size_t(2));
        QVERIFY2(findings[0].message.contains(QStringLiteral("could not judge edge: TypeError")),
                 qPrintable(findings[0].message));
        QVERIFY(findings[0].explanation.last().startsWith(QStringLiteral("expression threw: TypeError")));
    }

    void aRunawayExpressionIsStoppedByItsBudget()
    {
        QTemporaryDir dir;
        const LoadedPacks packs =
            loadText(dir, oneRule("zones", "    budget-ms: 20\n    expression: \"(() => { for (;;) {} })()\"\n"));
        QVERIFY2(packs.problems.empty(), qPrintable(firstProblem(packs)));
        QElapsedTimer clock;
        clock.start();
        const Findings findings = runPack(packs, readModel(kRestrictedModel), QStringLiteral("house-rule"));
        QCOMPARE(findings.size(), std::size_t(2));
        QVERIFY(findings[1].message.contains(QStringLiteral("took longer than 20 ms")));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));  // stopped, not hung
    }

    void aJavaScriptSyntaxErrorIsALoadError()
    {
        QTemporaryDir dir;
        const LoadedPacks packs = loadText(dir, oneRule("zones", "    expression: \"it.name ===\"\n"));
        QVERIFY(packs.packs.empty());
        QCOMPARE(packs.problems.size(), std::size_t(1));
        QCOMPARE(packs.problems[0].line, 7);
        QCOMPARE(packs.problems[0].column, 17);
        QVERIFY2(packs.problems[0].message.contains(QStringLiteral("JavaScript error")), qPrintable(packs.problems[0].message));
    }

    void packsOfAModelRoundTrip()
    {
        const Model model = readModel("rules:\n  packs: [rules/house.yaml, ../shared/org.yaml]\n");
        QCOMPARE(model.rules.packs, (QStringList{"rules/house.yaml", "../shared/org.yaml"}));
        const YamlLoadResult again = readYaml(writeYaml(model), QStringLiteral("again.yaml"));
        QVERIFY(again.ok());
        QCOMPARE(again.model->rules.packs, model.rules.packs);
        const std::vector<PackSource> sources = packSourcesOf(model, QStringLiteral("/work/models/shop.yaml"));
        QCOMPARE(sources.size(), std::size_t(2));
        QCOMPARE(sources[0].path, QStringLiteral("/work/models/rules/house.yaml"));
        QCOMPARE(sources[1].path, QStringLiteral("/work/shared/org.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestRulePacks)
#include "tst_rulepacks.moc"
