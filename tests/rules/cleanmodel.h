#pragma once
// A small but complete shop that breaks no rule: the base that many tests
// change in one place to make exactly one rule fire.
#include "tests/rules/modelbuilder.h"

#include <functional>

namespace lintel::test {

inline ModelBuilder cleanShop()
{
    ModelBuilder b;
    b.team(QStringLiteral("shop"));
    b.zone(QStringLiteral("internet"), Trust::Untrusted);
    b.zone(QStringLiteral("dmz"), Trust::Dmz);
    b.zone(QStringLiteral("core"), Trust::Internal);
    b.data(QStringLiteral("card"), Classification::Confidential);
    b.data(QStringLiteral("order-id"), Classification::Internal);

    const QString shop = QStringLiteral("shop");
    b.element(QStringLiteral("customer"), ElementKind::Person, QStringLiteral("internet"));
    b.element(QStringLiteral("web-app"), ElementKind::Client, QStringLiteral("internet"));
    Element &gateway = b.element(QStringLiteral("gateway"), ElementKind::Gateway, QStringLiteral("dmz"), shop);
    gateway.exposure = Exposure::Public;
    gateway.security.rateLimited = true;
    gateway.security.secrets = SecretsStore::Vault;
    b.element(QStringLiteral("orders"), ElementKind::Service, QStringLiteral("core"), shop);
    b.element(QStringLiteral("fulfilment"), ElementKind::Worker, QStringLiteral("core"), shop);
    Element &db = b.element(QStringLiteral("orders-db"), ElementKind::Datastore, QStringLiteral("core"), shop);
    db.owner = QStringLiteral("orders");
    db.backup = QStringLiteral("daily snapshots");
    db.encryptionAtRest = true;
    db.data = QStringList{QStringLiteral("card"), QStringLiteral("order-id")};
    b.element(QStringLiteral("events"), ElementKind::Queue, QStringLiteral("core"), shop);
    b.element(QStringLiteral("payments"), ElementKind::External);

    Api &shopApi = b.api(QStringLiteral("shop-api"), QStringLiteral("gateway"), Visibility::Public);
    shopApi.version = QStringLiteral("v1");
    shopApi.rateLimit = QStringLiteral("100/min");
    b.api(QStringLiteral("orders-api"), QStringLiteral("orders"));

    b.flow(QStringLiteral("customer-uses-app"), QStringLiteral("customer"), QStringLiteral("web-app"));
    Flow &toGateway = b.flow(QStringLiteral("app-to-gateway"), QStringLiteral("web-app"), QStringLiteral("gateway"));
    toGateway.authentication = QStringLiteral("oauth2");
    toGateway.api = QStringLiteral("shop-api");
    Flow &toOrders = b.flow(QStringLiteral("gateway-to-orders"), QStringLiteral("gateway"), QStringLiteral("orders"),
                            QStringLiteral("grpcs"));
    toOrders.authentication = QStringLiteral("mtls");
    toOrders.api = QStringLiteral("orders-api");
    b.flow(QStringLiteral("orders-to-db"), QStringLiteral("orders"), QStringLiteral("orders-db"),
           QStringLiteral("postgres+tls"));
    Flow &toPayments = b.flow(QStringLiteral("orders-to-payments"), QStringLiteral("orders"),
                              QStringLiteral("payments"));
    toPayments.resilience.timeout = QStringLiteral("2s");
    toPayments.resilience.retries = 2;
    toPayments.data = QStringList{QStringLiteral("order-id")};
    b.flow(QStringLiteral("orders-publish"), QStringLiteral("orders"), QStringLiteral("events"),
           QStringLiteral("kafka+ssl"));
    b.flow(QStringLiteral("fulfilment-consume"), QStringLiteral("events"), QStringLiteral("fulfilment"),
           QStringLiteral("kafka+ssl"));

    Decision &pg = b.decision(QStringLiteral("use-postgres"), DecisionStatus::Accepted);
    pg.outcome = QStringLiteral("PostgreSQL");
    pg.affects = QStringList{QStringLiteral("orders-db")};
    Decision &old = b.decision(QStringLiteral("use-mysql"), DecisionStatus::Superseded);
    old.supersededBy = QStringLiteral("use-postgres");
    b.question(QStringLiteral("peak-load")).about = QStringList{QStringLiteral("orders")};
    b.view(QStringLiteral("overview")).elements = QStringList{QStringLiteral("gateway"), QStringLiteral("orders")};
    return b;
}

// The clean shop with one edit: most rows of the per-rule tests are built
// this way, in pairs that differ only in the edit.
inline Model shopWith(const std::function<void(ModelBuilder &)> &edit)
{
    ModelBuilder b = cleanShop();
    edit(b);
    return b.build();
}

// The rule the engine and risk tests make fire, and the clean shop with it
// firing once: orders-db loses its backup.
inline const QString kBackupRule = QStringLiteral("datastore-without-backup");
inline Model withoutBackup()
{
    return shopWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("orders-db")).backup.clear(); });
}

}  // namespace lintel::test
