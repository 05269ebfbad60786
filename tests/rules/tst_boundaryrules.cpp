// gateway-bypass, unencrypted-boundary-crossing,
// unauthenticated-boundary-crossing, sensitive-data-to-external.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

void TestRules::boundaryRules_data()
{
    addRuleColumns();
    const QString bypass = QStringLiteral("gateway-bypass");
    QTest::newRow("gateway-bypass fires: untrusted straight to internal")
        << shopWith([](ModelBuilder &b) {
               b.flow(QStringLiteral("app-to-orders"), QStringLiteral("web-app"), QStringLiteral("orders"))
                   .authentication = QStringLiteral("oauth2");
           })
        << bypass
        << ExpectedFindings{{Severity::Warning, {"app-to-orders", "web-app", "orders"},
                             {"Flow app-to-orders goes from untrusted zone internet straight to service orders in "
                              "internal zone core"}}};
    QTest::newRow("gateway-bypass quiet: target in the dmz")
        << shopWith([](ModelBuilder &b) {
               b.flow(QStringLiteral("app-to-orders"), QStringLiteral("web-app"), QStringLiteral("orders"));
               elementIn(b.model(), QStringLiteral("orders")).zone = QStringLiteral("dmz");
           })
        << bypass << ExpectedFindings{};
    QTest::newRow("gateway-bypass fires: restricted zone, trust inherited from the parent zone")
        << shopWith([](ModelBuilder &b) {
               b.zone(QStringLiteral("vault"), Trust::Restricted);
               b.zone(QStringLiteral("vault-inner"), std::nullopt, QStringLiteral("vault"));
               b.element(QStringLiteral("keys"), ElementKind::Service, QStringLiteral("vault-inner"), QStringLiteral("shop"));
               b.flow(QStringLiteral("customer-keys"), QStringLiteral("customer"), QStringLiteral("keys"));
           })
        << bypass
        << ExpectedFindings{{Severity::Warning, {"customer-keys", "customer", "keys"}, {"restricted zone vault-inner"}}};
    QTest::newRow("gateway-bypass quiet: into a gateway")
        << shopWith([](ModelBuilder &b) {
               b.flow(QStringLiteral("app-to-gw2"), QStringLiteral("web-app"), QStringLiteral("gw2"));
               b.element(QStringLiteral("gw2"), ElementKind::Gateway, QStringLiteral("core"), QStringLiteral("shop"));
           })
        << bypass << ExpectedFindings{};

    const QString clear = QStringLiteral("unencrypted-boundary-crossing");
    QTest::newRow("unencrypted-boundary-crossing fires: grpc from dmz to core")
        << shopWith([](ModelBuilder &b) { flowIn(b.model(), QStringLiteral("gateway-to-orders")).protocol = QStringLiteral("grpc"); })
        << clear
        << ExpectedFindings{{Severity::Error, {"gateway-to-orders", "gateway", "orders"},
                             {"Flow gateway-to-orders crosses from zone dmz to core without encryption (protocol grpc)"}}};
    QTest::newRow("unencrypted-boundary-crossing quiet: grpcs") << cleanShop().build() << clear << ExpectedFindings{};
    QTest::newRow("unencrypted-boundary-crossing fires: https marked unencrypted")
        << shopWith([](ModelBuilder &b) { flowIn(b.model(), QStringLiteral("gateway-to-orders")).encrypted = false; })
        << clear << ExpectedFindings{{Severity::Error, {"gateway-to-orders", "gateway", "orders"}, {"(encrypted: false)"}}};
    QTest::newRow("unencrypted-boundary-crossing quiet: grpc marked encrypted")
        << shopWith([](ModelBuilder &b) {
               Flow &f = flowIn(b.model(), QStringLiteral("gateway-to-orders"));
               f.protocol = QStringLiteral("grpc");
               f.encrypted = true;
           })
        << clear << ExpectedFindings{};
    QTest::newRow("unencrypted-boundary-crossing quiet: an end without zone crosses nothing")
        << shopWith([](ModelBuilder &b) { flowIn(b.model(), QStringLiteral("orders-to-payments")).protocol = QStringLiteral("http"); })
        << clear << ExpectedFindings{};

    const QString anon = QStringLiteral("unauthenticated-boundary-crossing");
    QTest::newRow("unauthenticated-boundary-crossing fires: into higher trust")
        << shopWith([](ModelBuilder &b) { flowIn(b.model(), QStringLiteral("gateway-to-orders")).authentication.clear(); })
        << anon
        << ExpectedFindings{{Severity::Error, {"gateway-to-orders", "gateway", "orders"},
                             {"Flow gateway-to-orders crosses from zone dmz (trust dmz) into zone core (trust internal) "
                              "without authentication (none given)"}}};
    QTest::newRow("unauthenticated-boundary-crossing fires: authentication none")
        << shopWith([](ModelBuilder &b) { flowIn(b.model(), QStringLiteral("gateway-to-orders")).authentication = QStringLiteral("none"); })
        << anon << ExpectedFindings{{Severity::Error, {"gateway-to-orders", "gateway", "orders"}, {"(authentication: none)"}}};
    QTest::newRow("unauthenticated-boundary-crossing quiet: into lower trust")
        << shopWith([](ModelBuilder &b) { b.flow(QStringLiteral("orders-to-gateway"), QStringLiteral("orders"), QStringLiteral("gateway")); })
        << anon << ExpectedFindings{};
    QTest::newRow("unauthenticated-boundary-crossing fires: equal trust")
        << shopWith([](ModelBuilder &b) {
               b.zone(QStringLiteral("core-2"), Trust::Internal);
               b.element(QStringLiteral("billing"), ElementKind::Service, QStringLiteral("core-2"), QStringLiteral("shop"));
               b.flow(QStringLiteral("orders-to-billing"), QStringLiteral("orders"), QStringLiteral("billing"));
           })
        << anon << ExpectedFindings{{Severity::Error, {"orders-to-billing", "orders", "billing"}, {"into zone core-2"}}};
    QTest::newRow("unauthenticated-boundary-crossing fires: unknown trust counts as not lower")
        << shopWith([](ModelBuilder &b) {
               b.zone(QStringLiteral("legacy"), std::nullopt);
               b.element(QStringLiteral("billing"), ElementKind::Service, QStringLiteral("legacy"), QStringLiteral("shop"));
               b.flow(QStringLiteral("orders-to-billing"), QStringLiteral("orders"), QStringLiteral("billing"));
           })
        << anon << ExpectedFindings{{Severity::Error, {"orders-to-billing", "orders", "billing"}, {"legacy (trust unknown)"}}};

    const QString leak = QStringLiteral("sensitive-data-to-external");
    QTest::newRow("sensitive-data-to-external fires: card data to the partner")
        << shopWith([](ModelBuilder &b) {
               flowIn(b.model(), QStringLiteral("orders-to-payments")).data = QStringList{QStringLiteral("order-id"), QStringLiteral("card")};
           })
        << leak
        << ExpectedFindings{{Severity::Warning, {"orders-to-payments", "payments", "card"},
                             {"Flow orders-to-payments sends sensitive data card to external payments"}}};
    QTest::newRow("sensitive-data-to-external quiet: internal data only") << cleanShop().build() << leak << ExpectedFindings{};
}

void TestRules::boundaryRules()
{
    verifyRuleRow();
}
