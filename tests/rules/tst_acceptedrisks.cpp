// Accepted risks: suppression, expiry, and stale risks.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

const QString kStale = QStringLiteral("stale-accepted-risk");

// orders-db has no backup, and a risk of `rule` on `target` expiring on
// `expires`.
Model withRisk(const QString &rule, const QString &target, const QString &expires, bool backup = false)
{
    return shopWith([&](ModelBuilder &b) {
        if (!backup)
            elementIn(b.model(), QStringLiteral("orders-db")).backup.clear();
        b.risk(rule, target, expires);
    });
}

}  // namespace

void TestRules::acceptedRiskSuppresses()
{
    const Findings findings = validate(withRisk(kBackupRule, QStringLiteral("orders-db"), QStringLiteral("2026-12-31")), testOptions());
    const Findings backups = findingsOf(findings, kBackupRule);
    QCOMPARE(backups.size(), std::size_t(1));
    QVERIFY(backups[0].suppressed);
    QCOMPARE(backups[0].suppressionNote, QStringLiteral("accepted by Ada until 2026-12-31: vendor fixes it in release 2"));
    QVERIFY(!backups[0].message.contains(QStringLiteral("expired")));
    QVERIFY(findingsOf(findings, kStale).empty());

    // Any target of the finding will do, not only the first.
    Model m = shopWith([](ModelBuilder &b) {
        flowIn(b.model(), QStringLiteral("orders-to-payments")).resilience.timeout.clear();
        b.risk(QStringLiteral("external-call-without-resilience"), QStringLiteral("payments"));
    });
    const Findings calls = findingsOf(validate(m, testOptions()), QStringLiteral("external-call-without-resilience"));
    QCOMPARE(calls.size(), std::size_t(1));
    QVERIFY(calls[0].suppressed);
    QCOMPARE(calls[0].suppressionNote, QStringLiteral("accepted by Ada: vendor fixes it in release 2"));

    // A risk of another rule on the same target does not.
    const Findings other = validate(withRisk(QStringLiteral("isolated-element"), QStringLiteral("orders-db"), {}), testOptions());
    QVERIFY(!findingsOf(other, kBackupRule).at(0).suppressed);
}

void TestRules::acceptedRiskValidOnItsExpiryDay()
{
    const QString today = testDate().toString(Qt::ISODate);
    const Findings backups = findingsOf(validate(withRisk(kBackupRule, QStringLiteral("orders-db"), today), testOptions()), kBackupRule);
    QCOMPARE(backups.size(), std::size_t(1));
    QVERIFY(backups[0].suppressed);
}

void TestRules::expiredRiskReturnsWithNote()
{
    const QString yesterday = testDate().addDays(-1).toString(Qt::ISODate);
    const Findings findings = validate(withRisk(kBackupRule, QStringLiteral("orders-db"), yesterday), testOptions());
    const Findings backups = findingsOf(findings, kBackupRule);
    QCOMPARE(backups.size(), std::size_t(1));
    QVERIFY(!backups[0].suppressed);
    QVERIFY(backups[0].suppressionNote.isEmpty());
    QVERIFY2(backups[0].message.endsWith(QStringLiteral(" (accepted risk expired on %1)").arg(yesterday)),
             qPrintable(backups[0].message));
    QVERIFY(backups[0].message.startsWith(QStringLiteral("Datastore orders-db has no backup")));
    // It matched a finding, so it is not stale.
    QVERIFY(findingsOf(findings, kStale).empty());
}

void TestRules::staleRisk_data()
{
    addRuleColumns();
    QTest::newRow("fires: the problem was fixed") << withRisk(kBackupRule, QStringLiteral("orders-db"), {}, true) << kStale
        << ExpectedFindings{{Severity::Info, {"orders-db", kBackupRule},
                             {"Accepted risk of datastore-without-backup on orders-db matches no finding",
                              "the problem appears to be fixed"}}};
    QTest::newRow("fires: the target was renamed") << withRisk(kBackupRule, QStringLiteral("orders-database"), {}) << kStale
        << ExpectedFindings{{Severity::Info, {"orders-database", kBackupRule},
                             {"there is no object orders-database; was it renamed?"}}};
    QTest::newRow("fires: expired and fixed")
        << withRisk(kBackupRule, QStringLiteral("orders-db"), QStringLiteral("2020-01-01"), true) << kStale
        << ExpectedFindings{{Severity::Info, {"orders-db", kBackupRule}, {"matches no finding"}}};
    QTest::newRow("quiet: the risk still matches") << withRisk(kBackupRule, QStringLiteral("orders-db"), {}) << kStale
        << ExpectedFindings{};
    QTest::newRow("quiet: unknown rule is a dangling reference instead")
        << withRisk(QStringLiteral("no-backup"), QStringLiteral("orders-db"), {}) << kStale << ExpectedFindings{};
}

void TestRules::staleRisk()
{
    verifyRuleRow();
    if (QTest::currentTestFailed())
        return;
    // Located at the accepted risk, which the builder added last.
    QFETCH(Model, model);
    const Findings stale = findingsOf(validate(model, testOptions()), kStale);
    if (!stale.empty())
        QCOMPARE(stale[0].line, model.acceptedRisks.back().loc.line);
}

void TestRules::riskOfDisabledRuleIsNotStale()
{
    Model m = withRisk(kBackupRule, QStringLiteral("orders-db"), {});
    m.rules.disable = QStringList{kBackupRule};
    const Findings findings = validate(m, testOptions());
    QVERIFY(findingsOf(findings, kBackupRule).empty());
    QVERIFY(findingsOf(findings, kStale).empty());
    // ... but the stale check itself can be disabled too.
    Model fixed = withRisk(kBackupRule, QStringLiteral("orders-db"), {}, true);
    QCOMPARE(findingsOf(validate(fixed, testOptions()), kStale).size(), std::size_t(1));
    fixed.rules.disable = QStringList{kStale};
    QVERIFY(findingsOf(validate(fixed, testOptions()), kStale).empty());
}
