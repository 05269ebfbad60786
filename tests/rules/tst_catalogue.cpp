// The catalogue itself, the shared row checker, and the clean model.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include "model/rules/validator.h"

#include <QFile>
#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace lintel::test {

QDate testDate()
{
    return QDate(2026, 6, 1);
}

ValidationOptions testOptions()
{
    ValidationOptions options;
    options.asOf = testDate();
    options.sourceFile = QStringLiteral("shop.yaml");
    return options;
}

Findings findingsOf(const Findings &all, const QString &rule)
{
    Findings out;
    for (const Finding &f : all)
        if (f.rule == rule)
            out.push_back(f);
    return out;
}

void addRuleColumns()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<ExpectedFindings>("expected");
}

void verifyRuleRow()
{
    QFETCH(Model, model);
    QFETCH(QString, rule);
    QFETCH(ExpectedFindings, expected);
    QVERIFY2(findRule(rule), qPrintable(QStringLiteral("no rule ") + rule));

    const Findings found = findingsOf(validate(model, testOptions()), rule);
    QStringList messages;
    for (const Finding &f : found)
        messages << f.message;
    QVERIFY2(found.size() == std::size_t(expected.size()),
             qPrintable(QStringLiteral("expected %1 finding(s) of %2, got %3: %4")
                            .arg(expected.size())
                            .arg(rule)
                            .arg(found.size())
                            .arg(messages.join(QStringLiteral(" | ")))));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Finding &f = found[std::size_t(i)];
        const ExpectedFinding &e = expected[i];
        QCOMPARE(f.rule, rule);
        QCOMPARE(enumName(f.severity), enumName(e.severity));
        QCOMPARE(f.targets, e.targets);
        for (const QString &part : e.messageParts)
            QVERIFY2(f.message.contains(part),
                     qPrintable(QStringLiteral("'%1' not in message: %2").arg(part, f.message)));
        QVERIFY(!f.suppressed);
    }
}

}  // namespace lintel::test

void TestRules::catalogueHasEveryRuleInOrder()
{
    const QStringList documented = {
        "dangling-reference", "zone-cycle", "shared-datastore", "foreign-datastore-access", "client-direct-datastore",
        "gateway-bypass", "sync-cycle", "deep-sync-chain", "unowned-element", "isolated-element",
        "external-call-without-resilience", "unencrypted-boundary-crossing", "unauthenticated-boundary-crossing",
        "sensitive-data-unencrypted-at-rest", "sensitive-data-to-external", "public-api-without-rate-limit",
        "public-api-unversioned", "deprecated-api-in-use", "secrets-outside-vault", "no-audit-log-on-sensitive",
        "missing-observability", "datastore-without-backup", "api-without-contract", "stateful-scaled-service",
        "decision-integrity", "stale-accepted-risk", "merge-conflict", "handover-missing-walkthrough-or-runbook",
        "handover-done-open", "handover-credentials-not-rotated", "handover-stage-missing", "handover-stage-moved-back",
        "transition-phase-overdue", "handover-stage-ahead-of-phase"};
    QStringList actual;
    for (const RuleInfo &r : ruleCatalogue())
        actual << r.id;
    QCOMPARE(actual, documented);

    const QList<Severity> defaults = {
        Severity::Error, Severity::Error, Severity::Error, Severity::Warning, Severity::Error,
        Severity::Warning, Severity::Error, Severity::Warning, Severity::Warning, Severity::Info, Severity::Warning,
        Severity::Error, Severity::Error, Severity::Error, Severity::Warning, Severity::Warning,
        Severity::Warning, Severity::Warning, Severity::Error, Severity::Warning, Severity::Warning,
        Severity::Warning, Severity::Info, Severity::Warning, Severity::Error, Severity::Info, Severity::Error,
        Severity::Warning, Severity::Error, Severity::Error, Severity::Warning, Severity::Warning, Severity::Warning,
        Severity::Warning};
    QCOMPARE(qsizetype(ruleCatalogue().size()), defaults.size());
    QCOMPARE(ruleCatalogue().size(), std::size_t(34));
    for (std::size_t i = 0; i < ruleCatalogue().size(); ++i)
        QVERIFY2(ruleCatalogue()[i].defaultSeverity == defaults[qsizetype(i)], qPrintable(ruleCatalogue()[i].id));

    QVERIFY(findRule(QStringLiteral("sync-cycle")));
    QCOMPARE(findRule(QStringLiteral("sync-cycle"))->id, QStringLiteral("sync-cycle"));
    QVERIFY(!findRule(QStringLiteral("no-such-rule")));
    const RuleInfo *deep = findRule(QStringLiteral("deep-sync-chain"));
    QCOMPARE(deep->params.size(), std::size_t(1));
    QCOMPARE(deep->params[0].name, QStringLiteral("max_depth"));
    QCOMPARE(deep->params[0].defaultValue, 4);
}

void TestRules::catalogueTextsAreComplete()
{
    for (const RuleInfo &r : ruleCatalogue()) {
        QVERIFY2(!r.title.isEmpty() && !r.rationale.isEmpty() && !r.remediation.isEmpty(), qPrintable(r.id));
        QVERIFY2(r.rationale.size() > 80, qPrintable(r.id + QStringLiteral(": rationale too thin")));
        QVERIFY2(r.rationale.trimmed().endsWith(QLatin1Char('.')), qPrintable(r.id));
        QVERIFY2(r.remediation.trimmed().endsWith(QLatin1Char('.')), qPrintable(r.id));
    }
}

void TestRules::docsDescribeEveryRule()
{
    QFile file(QStringLiteral(LINTEL_SOURCE_DIR "/docs/rules.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "docs/rules.md is missing");
    const QString text = QString::fromUtf8(file.readAll());
    qsizetype previous = -1;
    for (const RuleInfo &r : ruleCatalogue()) {
        // Each rule has its own section, in catalogue order, with its title.
        const qsizetype at = text.indexOf(QStringLiteral("\n### `%1`").arg(r.id));
        QVERIFY2(at > previous, qPrintable(r.id + QStringLiteral(": section missing or out of order")));
        QVERIFY2(text.indexOf(r.title, at) > at, qPrintable(r.id + QStringLiteral(": title missing")));
        previous = at;
    }
}

void TestRules::cleanModelHasNoFindings()
{
    const Findings findings = validate(cleanShop().build(), testOptions());
    QStringList messages;
    for (const Finding &f : findings)
        messages << f.rule + QStringLiteral(": ") + f.message;
    QVERIFY2(findings.empty(), qPrintable(messages.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRules)
