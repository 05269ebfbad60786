// The rules section: severity overrides, disabling, bad settings; and
// severities that depend on the date.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

// A model whose only findings come from its `rules` section.
Model withSettings(const std::function<void(RuleSettings &)> &edit)
{
    Model m = cleanShop().build();
    m.rules.loc = {200, 1};
    edit(m.rules);
    return m;
}

}  // namespace

void TestRules::severityOverride()
{
    Model m = withoutBackup();
    QCOMPARE(findingsOf(validate(m, testOptions()), kBackupRule).at(0).severity, Severity::Warning);

    m.rules.severity = {{kBackupRule, Severity::Error}};
    const Findings raised = findingsOf(validate(m, testOptions()), kBackupRule);
    QCOMPARE(raised.size(), std::size_t(1));
    QCOMPARE(raised[0].severity, Severity::Error);

    // An override also wins over a rule's own escalation.
    Model late = shopWith([](ModelBuilder &b) {
        Api &api = apiIn(b.model(), QStringLiteral("orders-api"));
        api.status = ApiStatus::Deprecated;
        api.sunset = QStringLiteral("2020-01-01");
    });
    const QString deprecated = QStringLiteral("deprecated-api-in-use");
    QCOMPARE(findingsOf(validate(late, testOptions()), deprecated).at(0).severity, Severity::Error);
    late.rules.severity = {{deprecated, Severity::Info}};
    QCOMPARE(findingsOf(validate(late, testOptions()), deprecated).at(0).severity, Severity::Info);
}

void TestRules::disableRule()
{
    Model m = withoutBackup();
    elementIn(m, QStringLiteral("orders")).team.clear();
    QCOMPARE(findingsOf(validate(m, testOptions()), kBackupRule).size(), std::size_t(1));

    m.rules.disable = QStringList{kBackupRule};
    const Findings findings = validate(m, testOptions());
    QVERIFY(findingsOf(findings, kBackupRule).empty());
    // Only that rule: the others still run.
    QCOMPARE(findingsOf(findings, QStringLiteral("unowned-element")).size(), std::size_t(1));
    QVERIFY(findingsOf(findings, QStringLiteral("dangling-reference")).empty());
}

void TestRules::badSettingsAreReported_data()
{
    addRuleColumns();
    const QString rule = QStringLiteral("dangling-reference");
    QTest::newRow("unknown rule in disable")
        << withSettings([](RuleSettings &s) { s.disable = QStringList{QStringLiteral("no-such-rule")}; }) << rule
        << ExpectedFindings{{Severity::Error, {"no-such-rule"},
                             {"The rules section names unknown rule no-such-rule (in rules.disable)"}}};
    QTest::newRow("one finding for one typo used twice")
        << withSettings([](RuleSettings &s) {
               s.disable = QStringList{QStringLiteral("sync-cycles")};
               s.severity = {{QStringLiteral("sync-cycles"), Severity::Info}};
           })
        << rule << ExpectedFindings{{Severity::Error, {"sync-cycles"}, {"(in rules.disable, rules.severity)"}}};
    QTest::newRow("unknown rule in params")
        << withSettings([](RuleSettings &s) { s.params = {{QStringLiteral("deep-chain"), {{QStringLiteral("max_depth"), QStringLiteral("3")}}}}; })
        << rule << ExpectedFindings{{Severity::Error, {"deep-chain"}, {"unknown rule deep-chain (in rules.params)"}}};
    QTest::newRow("unknown parameter")
        << withSettings([](RuleSettings &s) { s.params = {{QStringLiteral("deep-sync-chain"), {{QStringLiteral("depth"), QStringLiteral("3")}}}}; })
        << rule
        << ExpectedFindings{{Severity::Error, {"deep-sync-chain", "depth"},
                             {"rules.params.deep-sync-chain names unknown parameter depth (known: max_depth)"}}};
    QTest::newRow("parameter of a rule that takes none")
        << withSettings([](RuleSettings &s) { s.params = {{QStringLiteral("isolated-element"), {{QStringLiteral("x"), QStringLiteral("1")}}}}; })
        << rule << ExpectedFindings{{Severity::Error, {"isolated-element", "x"}, {"(the rule takes none)"}}};
    QTest::newRow("value out of range")
        << withSettings([](RuleSettings &s) { s.params = {{QStringLiteral("deep-sync-chain"), {{QStringLiteral("max_depth"), QStringLiteral("0")}}}}; })
        << rule
        << ExpectedFindings{{Severity::Error, {"deep-sync-chain", "max_depth"},
                             {"rules.params.deep-sync-chain.max_depth has invalid value '0'", "from 1 to 1000",
                              "the default 4 is used"}}};
    QTest::newRow("value not a number")
        << withSettings([](RuleSettings &s) { s.params = {{QStringLiteral("deep-sync-chain"), {{QStringLiteral("max_depth"), QStringLiteral("four")}}}}; })
        << rule << ExpectedFindings{{Severity::Error, {"deep-sync-chain", "max_depth"}, {"invalid value 'four'"}}};
    QTest::newRow("quiet: valid settings")
        << withSettings([](RuleSettings &s) {
               s.disable = QStringList{QStringLiteral("isolated-element")};
               s.severity = {{QStringLiteral("sync-cycle"), Severity::Warning}};
               s.params = {{QStringLiteral("deep-sync-chain"), {{QStringLiteral("max_depth"), QStringLiteral(" 6 ")}}}};
           })
        << rule << ExpectedFindings{};
}

void TestRules::badSettingsAreReported()
{
    verifyRuleRow();
    if (QTest::currentTestFailed())
        return;
    // Located at the rules section.
    QFETCH(Model, model);
    for (const Finding &f : validate(model, testOptions()))
        QCOMPARE(f.line, 200);
}

void TestRules::deprecatedApiBecomesErrorAfterSunset_data()
{
    QTest::addColumn<QString>("sunset");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Severity>("severity");
    const QString sunset = QStringLiteral("2026-06-01");
    QTest::newRow("day before") << sunset << QDate(2026, 5, 31) << Severity::Warning;
    QTest::newRow("on the day") << sunset << QDate(2026, 6, 1) << Severity::Error;
    QTest::newRow("after") << sunset << QDate(2027, 1, 1) << Severity::Error;
    QTest::newRow("no sunset") << QString() << QDate(2030, 1, 1) << Severity::Warning;
    QTest::newRow("not a date") << QStringLiteral("soon") << QDate(2030, 1, 1) << Severity::Warning;
}

void TestRules::deprecatedApiBecomesErrorAfterSunset()
{
    QFETCH(QString, sunset);
    QFETCH(QDate, asOf);
    QFETCH(Severity, severity);
    const Model m = shopWith([&](ModelBuilder &b) {
        Api &api = apiIn(b.model(), QStringLiteral("orders-api"));
        api.status = ApiStatus::Deprecated;
        api.sunset = sunset;
    });
    ValidationOptions options = testOptions();
    options.asOf = asOf;
    const Findings found = findingsOf(validate(m, options), QStringLiteral("deprecated-api-in-use"));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(enumName(found[0].severity), enumName(severity));
}
