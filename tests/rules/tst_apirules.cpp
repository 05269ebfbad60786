// public-api-without-rate-limit, public-api-unversioned,
// deprecated-api-in-use, api-without-contract, and decision-integrity.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

Api &shopApi(ModelBuilder &b)
{
    return apiIn(b.model(), QStringLiteral("shop-api"));
}

// orders-api deprecated, with `sunset` (may be empty).
Model ordersApiDeprecated(const QString &sunset)
{
    return shopWith([&](ModelBuilder &b) {
        Api &api = apiIn(b.model(), QStringLiteral("orders-api"));
        api.status = ApiStatus::Deprecated;
        api.sunset = sunset;
    });
}

}  // namespace

void TestRules::apiRules_data()
{
    addRuleColumns();
    const QString rate = QStringLiteral("public-api-without-rate-limit");
    QTest::newRow("public-api-without-rate-limit fires: public element")
        << shopWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("gateway")).security.rateLimited = false; })
        << rate << ExpectedFindings{{Severity::Warning, {"gateway"}, {"Gateway gateway is exposed publicly but is not rate limited"}}};
    QTest::newRow("public-api-without-rate-limit quiet: internal element")
        << shopWith([](ModelBuilder &b) {
               Element &gw = elementIn(b.model(), QStringLiteral("gateway"));
               gw.security.rateLimited = false;
               gw.exposure = Exposure::Internal;
           })
        << rate << ExpectedFindings{};
    QTest::newRow("public-api-without-rate-limit fires: public API")
        << shopWith([](ModelBuilder &b) { shopApi(b).rateLimit.clear(); }) << rate
        << ExpectedFindings{{Severity::Warning, {"shop-api"}, {"Public API shop-api has no rate_limit"}}};
    QTest::newRow("public-api-without-rate-limit quiet: partner API")
        << shopWith([](ModelBuilder &b) {
               shopApi(b).rateLimit.clear();
               shopApi(b).visibility = Visibility::Partner;
           })
        << rate << ExpectedFindings{};

    const QString version = QStringLiteral("public-api-unversioned");
    QTest::newRow("public-api-unversioned fires: public")
        << shopWith([](ModelBuilder &b) { shopApi(b).version.clear(); }) << version
        << ExpectedFindings{{Severity::Warning, {"shop-api"}, {"Public API shop-api has no version"}}};
    QTest::newRow("public-api-unversioned fires: partner")
        << shopWith([](ModelBuilder &b) {
               shopApi(b).version.clear();
               shopApi(b).visibility = Visibility::Partner;
           })
        << version << ExpectedFindings{{Severity::Warning, {"shop-api"}, {"Partner API shop-api has no version"}}};
    QTest::newRow("public-api-unversioned quiet: internal")
        << shopWith([](ModelBuilder &b) {
               shopApi(b).version.clear();
               shopApi(b).visibility = Visibility::Internal;
           })
        << version << ExpectedFindings{};

    const QString deprecated = QStringLiteral("deprecated-api-in-use");
    const QStringList use = {"gateway-to-orders", "orders-api"};
    QTest::newRow("deprecated-api-in-use fires: no sunset") << ordersApiDeprecated({}) << deprecated
        << ExpectedFindings{{Severity::Warning, use, {"Flow gateway-to-orders uses deprecated API orders-api"}}};
    QTest::newRow("deprecated-api-in-use fires: sunset ahead") << ordersApiDeprecated(QStringLiteral("2027-01-01"))
        << deprecated << ExpectedFindings{{Severity::Warning, use, {"(sunset 2027-01-01)"}}};
    QTest::newRow("deprecated-api-in-use fires as error: sunset passed") << ordersApiDeprecated(QStringLiteral("2026-01-01"))
        << deprecated << ExpectedFindings{{Severity::Error, use, {"whose sunset date 2026-01-01 has passed"}}};
    QTest::newRow("deprecated-api-in-use quiet: stable") << cleanShop().build() << deprecated << ExpectedFindings{};

    const QString contract = QStringLiteral("api-without-contract");
    QTest::newRow("api-without-contract fires")
        << shopWith([](ModelBuilder &b) { flowIn(b.model(), QStringLiteral("gateway-to-orders")).api.clear(); })
        << contract
        << ExpectedFindings{{Severity::Info, {"gateway-to-orders", "orders"},
                             {"Flow gateway-to-orders calls service orders over grpcs without naming an api"}}};
    QTest::newRow("api-without-contract quiet: asynchronous")
        << shopWith([](ModelBuilder &b) {
               Flow &f = flowIn(b.model(), QStringLiteral("gateway-to-orders"));
               f.api.clear();
               f.sync = false;
           })
        << contract << ExpectedFindings{};
    QTest::newRow("api-without-contract quiet: not http or grpc")
        << shopWith([](ModelBuilder &b) {
               Flow &f = flowIn(b.model(), QStringLiteral("gateway-to-orders"));
               f.api.clear();
               f.protocol = QStringLiteral("tcp+tls");
           })
        << contract << ExpectedFindings{};

    const QString integrity = QStringLiteral("decision-integrity");
    QTest::newRow("decision-integrity fires: superseded without successor")
        << shopWith([](ModelBuilder &b) { decisionIn(b.model(), QStringLiteral("use-mysql")).supersededBy.clear(); })
        << integrity
        << ExpectedFindings{{Severity::Error, {"use-mysql"}, {"Decision use-mysql is superseded but names no superseded_by"}}};
    QTest::newRow("decision-integrity fires: accepted without outcome")
        << shopWith([](ModelBuilder &b) { decisionIn(b.model(), QStringLiteral("use-postgres")).outcome = QStringLiteral("  "); })
        << integrity
        << ExpectedFindings{{Severity::Error, {"use-postgres"}, {"Decision use-postgres is accepted but has no outcome"}}};
    QTest::newRow("decision-integrity quiet: proposed without outcome")
        << shopWith([](ModelBuilder &b) {
               Decision &d = decisionIn(b.model(), QStringLiteral("use-postgres"));
               d.outcome.clear();
               d.status = DecisionStatus::Proposed;
           })
        << integrity << ExpectedFindings{};
}

void TestRules::apiRules()
{
    verifyRuleRow();
}
