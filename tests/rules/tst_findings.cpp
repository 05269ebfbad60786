// What the engine adds to every finding: fingerprint, location, order.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <tuple>

using namespace lintel;
using namespace lintel::test;

namespace {

// A model with many findings of many rules, several on one line.
Model messyShop()
{
    return shopWith([](ModelBuilder &b) {
        Element &db = elementIn(b.model(), QStringLiteral("orders-db"));
        db.backup.clear();
        db.encryptionAtRest = false;
        db.team.clear();
        Element &orders = elementIn(b.model(), QStringLiteral("orders"));
        orders.operations.logs = false;
        orders.security.secrets = SecretsStore::Code;
        flowIn(b.model(), QStringLiteral("gateway-to-orders")).protocol = QStringLiteral("http");
        flowIn(b.model(), QStringLiteral("orders-to-payments")).resilience = Resilience();
        b.element(QStringLiteral("legacy"), ElementKind::Service);
        b.element(QStringLiteral("billing"), ElementKind::Service, QStringLiteral("core"), QStringLiteral("shop"));
        b.flow(QStringLiteral("orders-bills"), QStringLiteral("orders"), QStringLiteral("billing"));
        b.flow(QStringLiteral("billing-asks"), QStringLiteral("billing"), QStringLiteral("orders"));
        b.flow(QStringLiteral("app-db"), QStringLiteral("web-app"), QStringLiteral("orders-db"), QStringLiteral("http"));
    });
}

}  // namespace

void TestRules::fingerprintIsHashOfRuleAndTargets()
{
    const Findings found = findingsOf(validate(withoutBackup(), testOptions()), kBackupRule);
    QCOMPARE(found.size(), std::size_t(1));
    // Pinned: baselines stored by users must keep matching in later versions.
    QCOMPARE(found[0].fingerprint, QStringLiteral("a92fcbfb0b7f3e92"));
    const QByteArray expected = QCryptographicHash::hash("datastore-without-backup|orders-db", QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(16);
    QCOMPARE(found[0].fingerprint, QString::fromLatin1(expected));
    QCOMPARE(findingFingerprint(kBackupRule, {QStringLiteral("orders-db")}), found[0].fingerprint);
    QVERIFY(findingFingerprint(kBackupRule, {QStringLiteral("a"), QStringLiteral("b")})
            != findingFingerprint(kBackupRule, {QStringLiteral("b"), QStringLiteral("a")}));
}

void TestRules::fingerprintStableAcrossRuns()
{
    const Model m = messyShop();
    const Findings first = validate(m, testOptions());
    QVERIFY(first.size() > 10);
    QCOMPARE(validate(m, testOptions()), first);
    // Fingerprints identify findings: no two alike in one run.
    QStringList prints;
    for (const Finding &f : first) {
        QCOMPARE(f.fingerprint, findingFingerprint(f.rule, f.targets));
        prints << f.fingerprint;
    }
    prints.removeDuplicates();
    QCOMPARE(prints.size(), qsizetype(first.size()));
}

void TestRules::fingerprintIndependentOfUnrelatedEdits()
{
    const Finding before = findingsOf(validate(withoutBackup(), testOptions()), kBackupRule).at(0);

    Model edited = withoutBackup();
    // Unrelated edits: new elements and flows, changed texts, other order,
    // everything moved down the file.
    ModelBuilder extra;
    extra.element(QStringLiteral("search"), ElementKind::Service, QStringLiteral("core"), QStringLiteral("shop"));
    edited.elements.insert(edited.elements.begin(), extra.build().elements.front());
    elementIn(edited, QStringLiteral("orders-db")).description = QStringLiteral("Orders, payments, refunds.");
    elementIn(edited, QStringLiteral("orders-db")).name = QStringLiteral("Orders DB");
    flowIn(edited, QStringLiteral("orders-to-db")).description = QStringLiteral("writes orders");
    std::reverse(edited.flows.begin(), edited.flows.end());
    for (Element &e : edited.elements)
        e.loc.line += 40;

    const Findings after = findingsOf(validate(edited, testOptions()), kBackupRule);
    QCOMPARE(after.size(), std::size_t(1));
    QCOMPARE(after[0].fingerprint, before.fingerprint);
    QCOMPARE(after[0].message, before.message);
    QCOMPARE(after[0].line, before.line + 40);

    // A related edit (the store's id) is a different finding.
    elementIn(edited, QStringLiteral("orders-db")).id = QStringLiteral("orders-store");
    QVERIFY(findingsOf(validate(edited, testOptions()), kBackupRule).at(0).fingerprint != before.fingerprint);
}

void TestRules::locationComesFromFirstTarget()
{
    ModelBuilder b = cleanShop();
    elementIn(b.model(), QStringLiteral("orders-db")).backup.clear();
    elementIn(b.model(), QStringLiteral("orders-db")).loc = {42, 7};
    flowIn(b.model(), QStringLiteral("gateway-to-orders")).protocol = QStringLiteral("http");
    b.element(QStringLiteral("legacy"), ElementKind::Service, {}, QStringLiteral("shop")).loc = SourceLoc();
    const Findings findings = validate(b.build(), testOptions());

    const Finding backup = findingsOf(findings, kBackupRule).at(0);
    QCOMPARE(backup.file, QStringLiteral("shop.yaml"));
    QCOMPARE(backup.line, 42);
    QCOMPARE(backup.column, 7);

    const Finding crossing = findingsOf(findings, QStringLiteral("unencrypted-boundary-crossing")).at(0);
    QCOMPARE(crossing.targets.first(), QStringLiteral("gateway-to-orders"));
    QCOMPARE(crossing.line, b.lineOf(QStringLiteral("gateway-to-orders")));
    QCOMPARE(crossing.column, 3);

    // No location known: no file position either.
    const Finding isolated = findingsOf(findings, QStringLiteral("isolated-element")).at(0);
    QCOMPARE(isolated.targets, QStringList{QStringLiteral("legacy")});
    QCOMPARE(isolated.line, 0);
    QCOMPARE(isolated.column, 0);
    QVERIFY(isolated.file.isEmpty());
}

void TestRules::orderIsDeterministic()
{
    const Model m = messyShop();
    const Findings findings = validate(m, testOptions());
    auto key = [](const Finding &f) { return std::tie(f.line, f.rule, f.fingerprint); };
    for (std::size_t i = 1; i < findings.size(); ++i)
        QVERIFY2(key(findings[i - 1]) < key(findings[i]),
                 qPrintable(findings[i - 1].rule + QStringLiteral(" before ") + findings[i].rule));
    // Several rules on one object (line) come by rule id.
    bool sameLineSeen = false;
    for (std::size_t i = 1; i < findings.size(); ++i)
        sameLineSeen |= findings[i - 1].line == findings[i].line;
    QVERIFY(sameLineSeen);

    // The order of the model's lists does not matter: locations travel
    // with the objects.
    for (int round = 0; round < 5; ++round) {
        Model shuffled = m;
        QRandomGenerator rng(quint32(round + 1));
        std::shuffle(shuffled.elements.begin(), shuffled.elements.end(), rng);
        std::shuffle(shuffled.flows.begin(), shuffled.flows.end(), rng);
        QCOMPARE(validate(shuffled, testOptions()), findings);
    }
}
