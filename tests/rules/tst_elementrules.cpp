// Rules about single elements and their flows: unowned-element,
// isolated-element, external-call-without-resilience, missing-observability,
// stateful-scaled-service, secrets-outside-vault, no-audit-log-on-sensitive.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

Element &orders(ModelBuilder &b)
{
    return elementIn(b.model(), QStringLiteral("orders"));
}

Flow &toPayments(ModelBuilder &b)
{
    return flowIn(b.model(), QStringLiteral("orders-to-payments"));
}

void addRestrictedData(ModelBuilder &b)
{
    b.data(QStringLiteral("pan"), Classification::Restricted);
}

}  // namespace

void TestRules::elementRules_data()
{
    addRuleColumns();
    const QString unowned = QStringLiteral("unowned-element");
    QTest::newRow("unowned-element fires: service") << shopWith([](ModelBuilder &b) { orders(b).team.clear(); })
        << unowned << ExpectedFindings{{Severity::Warning, {"orders"}, {"Service orders has no team"}}};
    QTest::newRow("unowned-element fires: queue")
        << shopWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("events")).team.clear(); }) << unowned
        << ExpectedFindings{{Severity::Warning, {"events"}, {"Queue events has no team"}}};
    QTest::newRow("unowned-element quiet: people and externals need none")
        << cleanShop().build() << unowned << ExpectedFindings{};

    const QString isolated = QStringLiteral("isolated-element");
    QTest::newRow("isolated-element fires")
        << shopWith([](ModelBuilder &b) { b.element(QStringLiteral("legacy"), ElementKind::Service, {}, QStringLiteral("shop")); })
        << isolated << ExpectedFindings{{Severity::Info, {"legacy"}, {"Service legacy has no flows"}}};
    QTest::newRow("isolated-element quiet: one flow, even to an unknown id")
        << shopWith([](ModelBuilder &b) {
               b.element(QStringLiteral("legacy"), ElementKind::Service, {}, QStringLiteral("shop"));
               b.flow(QStringLiteral("legacy-out"), QStringLiteral("legacy"), QStringLiteral("ghost"));
           })
        << isolated << ExpectedFindings{};

    const QString resilience = QStringLiteral("external-call-without-resilience");
    const QStringList call = {"orders-to-payments", "orders", "payments"};
    QTest::newRow("external-call-without-resilience fires: no timeout")
        << shopWith([](ModelBuilder &b) { toPayments(b).resilience.timeout.clear(); }) << resilience
        << ExpectedFindings{{Severity::Warning, call,
                             {"Flow orders-to-payments calls external payments synchronously with no timeout"}}};
    QTest::newRow("external-call-without-resilience fires: no retries, no breaker")
        << shopWith([](ModelBuilder &b) { toPayments(b).resilience.retries.reset(); }) << resilience
        << ExpectedFindings{{Severity::Warning, call, {"with neither retries nor a circuit breaker"}}};
    QTest::newRow("external-call-without-resilience fires: retries 0 and no timeout")
        << shopWith([](ModelBuilder &b) {
               toPayments(b).resilience.retries = 0;
               toPayments(b).resilience.timeout.clear();
           })
        << resilience
        << ExpectedFindings{{Severity::Warning, call, {"no timeout and neither retries nor a circuit breaker"}}};
    QTest::newRow("external-call-without-resilience quiet: breaker instead of retries")
        << shopWith([](ModelBuilder &b) {
               toPayments(b).resilience.retries.reset();
               toPayments(b).resilience.circuitBreaker = true;
           })
        << resilience << ExpectedFindings{};
    QTest::newRow("external-call-without-resilience quiet: asynchronous")
        << shopWith([](ModelBuilder &b) {
               toPayments(b).resilience = Resilience();
               toPayments(b).sync = false;
           })
        << resilience << ExpectedFindings{};

    const QString observability = QStringLiteral("missing-observability");
    QTest::newRow("missing-observability fires: no logs")
        << shopWith([](ModelBuilder &b) { orders(b).operations.logs = false; }) << observability
        << ExpectedFindings{{Severity::Warning, {"orders"}, {"Service orders has no logs"}}};
    QTest::newRow("missing-observability fires: metrics not stated")
        << shopWith([](ModelBuilder &b) { orders(b).operations.metrics.reset(); }) << observability
        << ExpectedFindings{{Severity::Warning, {"orders"}, {"has no metrics"}}};
    QTest::newRow("missing-observability fires: neither")
        << shopWith([](ModelBuilder &b) { orders(b).operations = Operations(); }) << observability
        << ExpectedFindings{{Severity::Warning, {"orders"}, {"has neither logs nor metrics"}}};
    QTest::newRow("missing-observability quiet: a datastore is not compute")
        << shopWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("orders-db")).operations = Operations(); })
        << observability << ExpectedFindings{};

    const QString stateful = QStringLiteral("stateful-scaled-service");
    QTest::newRow("stateful-scaled-service fires")
        << shopWith([](ModelBuilder &b) {
               orders(b).stateful = true;
               orders(b).replicas = 3;
           })
        << stateful << ExpectedFindings{{Severity::Warning, {"orders"}, {"Service orders is stateful but runs 3 replicas"}}};
    QTest::newRow("stateful-scaled-service quiet: one replica")
        << shopWith([](ModelBuilder &b) {
               orders(b).stateful = true;
               orders(b).replicas = 1;
           })
        << stateful << ExpectedFindings{};
    QTest::newRow("stateful-scaled-service quiet: stateless")
        << shopWith([](ModelBuilder &b) {
               orders(b).stateful = false;
               orders(b).replicas = 3;
           })
        << stateful << ExpectedFindings{};

    const QString secrets = QStringLiteral("secrets-outside-vault");
    QTest::newRow("secrets-outside-vault fires: code")
        << shopWith([](ModelBuilder &b) { orders(b).security.secrets = SecretsStore::Code; }) << secrets
        << ExpectedFindings{{Severity::Error, {"orders"}, {"Service orders keeps secrets in code"}}};
    QTest::newRow("secrets-outside-vault fires: config")
        << shopWith([](ModelBuilder &b) { orders(b).security.secrets = SecretsStore::Config; }) << secrets
        << ExpectedFindings{{Severity::Error, {"orders"}, {"keeps secrets in config"}}};
    QTest::newRow("secrets-outside-vault quiet: env")
        << shopWith([](ModelBuilder &b) { orders(b).security.secrets = SecretsStore::Env; }) << secrets
        << ExpectedFindings{};

    const QString audit = QStringLiteral("no-audit-log-on-sensitive");
    QTest::newRow("no-audit-log-on-sensitive fires: stores")
        << shopWith([](ModelBuilder &b) {
               addRestrictedData(b);
               elementIn(b.model(), QStringLiteral("orders-db")).data << QStringLiteral("pan");
           })
        << audit
        << ExpectedFindings{{Severity::Warning, {"orders-db", "pan"},
                             {"Datastore orders-db stores restricted data pan without an audit log"}}};
    QTest::newRow("no-audit-log-on-sensitive fires: sends and receives")
        << shopWith([](ModelBuilder &b) {
               addRestrictedData(b);
               flowIn(b.model(), QStringLiteral("orders-to-db")).data = QStringList{QStringLiteral("pan")};
           })
        << audit
        << ExpectedFindings{{Severity::Warning, {"orders", "pan"}, {"Service orders sends restricted data pan"}},
                            {Severity::Warning, {"orders-db", "pan"}, {"Datastore orders-db receives restricted data pan"}}};
    QTest::newRow("no-audit-log-on-sensitive quiet: both keep audit logs")
        << shopWith([](ModelBuilder &b) {
               addRestrictedData(b);
               flowIn(b.model(), QStringLiteral("orders-to-db")).data = QStringList{QStringLiteral("pan")};
               orders(b).security.auditLog = true;
               elementIn(b.model(), QStringLiteral("orders-db")).security.auditLog = true;
           })
        << audit << ExpectedFindings{};
    QTest::newRow("no-audit-log-on-sensitive quiet: confidential is not restricted")
        << shopWith([](ModelBuilder &b) {
               flowIn(b.model(), QStringLiteral("orders-to-db")).data = QStringList{QStringLiteral("card")};
           })
        << audit << ExpectedFindings{};
    QTest::newRow("no-audit-log-on-sensitive quiet: the external receiver is not asked")
        << shopWith([](ModelBuilder &b) {
               addRestrictedData(b);
               toPayments(b).data = QStringList{QStringLiteral("pan")};
               orders(b).security.auditLog = true;
           })
        << audit << ExpectedFindings{};
}

void TestRules::elementRules()
{
    verifyRuleRow();
}
