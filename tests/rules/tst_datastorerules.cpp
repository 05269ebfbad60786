// shared-datastore, foreign-datastore-access, client-direct-datastore,
// sensitive-data-unencrypted-at-rest, datastore-without-backup.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

// A `reports` service of `team` reading the orders database.
void addReports(ModelBuilder &b, const QString &team)
{
    if (team != QStringLiteral("shop"))
        b.team(team);
    b.element(QStringLiteral("reports"), ElementKind::Service, QStringLiteral("core"), team);
    b.flow(QStringLiteral("reports-read"), QStringLiteral("reports"), QStringLiteral("orders-db"),
           QStringLiteral("postgres+tls"));
}

}  // namespace

void TestRules::datastoreRules_data()
{
    addRuleColumns();
    const QString shared = QStringLiteral("shared-datastore");
    QTest::newRow("shared-datastore fires: two teams")
        << shopWith([](ModelBuilder &b) { addReports(b, QStringLiteral("bi")); }) << shared
        << ExpectedFindings{{Severity::Error, {"orders-db", "bi", "shop"},
                             {"Datastore orders-db is read or written by compute elements of 2 teams",
                              "bi (reports)", "shop (orders)"}}};
    QTest::newRow("shared-datastore quiet: one team")
        << shopWith([](ModelBuilder &b) { addReports(b, QStringLiteral("shop")); }) << shared << ExpectedFindings{};
    QTest::newRow("shared-datastore fires: cache, flow out of the store")
        << shopWith([](ModelBuilder &b) {
               b.team(QStringLiteral("bi"));
               b.element(QStringLiteral("reports"), ElementKind::Worker, {}, QStringLiteral("bi"));
               b.element(QStringLiteral("prices"), ElementKind::Cache, {}, QStringLiteral("shop"));
               b.flow(QStringLiteral("orders-cache"), QStringLiteral("orders"), QStringLiteral("prices"));
               b.flow(QStringLiteral("cache-feeds-reports"), QStringLiteral("prices"), QStringLiteral("reports"));
           })
        << shared << ExpectedFindings{{Severity::Error, {"prices", "bi", "shop"}, {"Cache prices"}}};
    QTest::newRow("shared-datastore quiet: a queue may be shared")
        << shopWith([](ModelBuilder &b) {
               b.team(QStringLiteral("bi"));
               b.element(QStringLiteral("reports"), ElementKind::Worker, {}, QStringLiteral("bi"));
               b.flow(QStringLiteral("events-to-reports"), QStringLiteral("events"), QStringLiteral("reports"),
                      QStringLiteral("kafka+ssl"));
           })
        << shared << ExpectedFindings{};

    const QString foreign = QStringLiteral("foreign-datastore-access");
    QTest::newRow("foreign-datastore-access fires: not the owner")
        << shopWith([](ModelBuilder &b) { addReports(b, QStringLiteral("shop")); }) << foreign
        << ExpectedFindings{{Severity::Warning, {"reports", "orders-db"},
                             {"Service reports accesses datastore orders-db, which is owned by orders",
                              "reports-read"}}};
    QTest::newRow("foreign-datastore-access quiet: store without owner")
        << shopWith([](ModelBuilder &b) {
               addReports(b, QStringLiteral("shop"));
               elementIn(b.model(), QStringLiteral("orders-db")).owner.clear();
           })
        << foreign << ExpectedFindings{};
    QTest::newRow("foreign-datastore-access quiet: owner is unknown (dangling-reference reports it)")
        << shopWith([](ModelBuilder &b) {
               addReports(b, QStringLiteral("shop"));
               elementIn(b.model(), QStringLiteral("orders-db")).owner = QStringLiteral("ghost");
           })
        << foreign << ExpectedFindings{};
    QTest::newRow("foreign-datastore-access fires: owned queue")
        << shopWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("events")).owner = QStringLiteral("orders"); })
        << foreign
        << ExpectedFindings{{Severity::Warning, {"fulfilment", "events"}, {"Worker fulfilment accesses queue events"}}};

    const QString client = QStringLiteral("client-direct-datastore");
    QTest::newRow("client-direct-datastore fires: client to datastore")
        << shopWith([](ModelBuilder &b) {
               b.flow(QStringLiteral("app-to-db"), QStringLiteral("web-app"), QStringLiteral("orders-db"));
           })
        << client
        << ExpectedFindings{{Severity::Error, {"app-to-db", "web-app", "orders-db"},
                             {"Client web-app reaches datastore orders-db directly through flow app-to-db"}}};
    QTest::newRow("client-direct-datastore fires: datastore to external")
        << shopWith([](ModelBuilder &b) {
               b.flow(QStringLiteral("db-export"), QStringLiteral("orders-db"), QStringLiteral("payments"));
           })
        << client << ExpectedFindings{{Severity::Error, {"db-export", "payments", "orders-db"}, {"External payments"}}};
    QTest::newRow("client-direct-datastore quiet: client to queue")
        << shopWith([](ModelBuilder &b) {
               b.flow(QStringLiteral("app-to-db"), QStringLiteral("web-app"), QStringLiteral("events"));
           })
        << client << ExpectedFindings{};

    const QString atRest = QStringLiteral("sensitive-data-unencrypted-at-rest");
    QTest::newRow("sensitive-data-unencrypted-at-rest fires: encryption off")
        << shopWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("orders-db")).encryptionAtRest = false; })
        << atRest
        << ExpectedFindings{{Severity::Error, {"orders-db", "card"},
                             {"Datastore orders-db holds sensitive data card (confidential)", "encryption_at_rest"}}};
    QTest::newRow("sensitive-data-unencrypted-at-rest fires: not stated, restricted data in a queue")
        << shopWith([](ModelBuilder &b) {
               b.data(QStringLiteral("pan"), Classification::Restricted);
               elementIn(b.model(), QStringLiteral("events")).data = QStringList{QStringLiteral("pan")};
           })
        << atRest << ExpectedFindings{{Severity::Error, {"events", "pan"}, {"pan (restricted)"}}};
    QTest::newRow("sensitive-data-unencrypted-at-rest quiet: only internal data")
        << shopWith([](ModelBuilder &b) {
               Element &db = elementIn(b.model(), QStringLiteral("orders-db"));
               db.encryptionAtRest = false;
               db.data = QStringList{QStringLiteral("order-id")};
           })
        << atRest << ExpectedFindings{};

    const QString backup = QStringLiteral("datastore-without-backup");
    QTest::newRow("datastore-without-backup fires: no backup")
        << shopWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("orders-db")).backup.clear(); }) << backup
        << ExpectedFindings{{Severity::Warning, {"orders-db"}, {"Datastore orders-db has no backup"}}};
    QTest::newRow("datastore-without-backup fires: backup none")
        << shopWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("orders-db")).backup = QStringLiteral("none"); })
        << backup << ExpectedFindings{{Severity::Warning, {"orders-db"}, {"has backup: none"}}};
    QTest::newRow("datastore-without-backup quiet: a cache needs none")
        << shopWith([](ModelBuilder &b) { b.element(QStringLiteral("prices"), ElementKind::Cache, {}, QStringLiteral("shop")); })
        << backup << ExpectedFindings{};
}

void TestRules::datastoreRules()
{
    verifyRuleRow();
}
