#pragma once
// A small shop system for the canvas tests: four zones (one nested), a
// person, a client, a gateway, services, a store, a queue and an external
// system, with positions in one view.
#include "model/types.h"

namespace lintel::testing {

inline Element makeElement(const char *id, ElementKind kind, const char *name, const char *zone,
                           const char *technology = "", const char *team = "")
{
    Element e;
    e.id = QString::fromLatin1(id);
    e.kind = kind;
    e.name = QString::fromLatin1(name);
    e.zone = QString::fromLatin1(zone);
    e.technology = QString::fromLatin1(technology);
    e.team = QString::fromLatin1(team);
    return e;
}

inline Flow makeFlow(const char *from, const char *to, const char *protocol, const char *auth = "")
{
    Flow f;
    f.from = QString::fromLatin1(from);
    f.to = QString::fromLatin1(to);
    f.id = f.from + QStringLiteral("-to-") + f.to;
    f.protocol = QString::fromLatin1(protocol);
    f.authentication = QString::fromLatin1(auth);
    return f;
}

inline Zone makeZone(const char *id, const char *name, Trust trust, const char *parent = "")
{
    Zone z;
    z.id = QString::fromLatin1(id);
    z.name = QString::fromLatin1(name);
    z.trust = trust;
    z.parent = QString::fromLatin1(parent);
    return z;
}

inline Model shopModel()
{
    Model m;
    m.system.name = QStringLiteral("Shop");
    m.teams.push_back({{}, QStringLiteral("shop-team"), QStringLiteral("Shop team"), TeamKind::InHouse, {}, {}});
    m.teams.push_back({{}, QStringLiteral("acme"), QStringLiteral("Acme"), TeamKind::Vendor, {}, {}});
    DataClass orders;
    orders.id = QStringLiteral("orders");
    orders.name = QStringLiteral("Orders");
    orders.classification = Classification::Confidential;
    m.data.push_back(orders);

    m.zones = {makeZone("internet", "Internet", Trust::Untrusted), makeZone("dmz", "DMZ", Trust::Dmz),
               makeZone("internal", "Internal", Trust::Internal),
               makeZone("data", "Data tier", Trust::Restricted, "internal")};
    m.elements = {
        makeElement("customer", ElementKind::Person, "Customer", "internet"),
        makeElement("web", ElementKind::Client, "Web shop", "internet", "React"),
        makeElement("gateway", ElementKind::Gateway, "API gateway", "dmz", "Kong"),
        makeElement("orders", ElementKind::Service, "Orders", "internal", "Java 21", "shop-team"),
        makeElement("worker", ElementKind::Worker, "Fulfilment worker", "internal", "Go", "acme"),
        makeElement("events", ElementKind::Queue, "Order events", "internal", "Kafka"),
        makeElement("order-db", ElementKind::Datastore, "Orders DB", "data", "PostgreSQL 16"),
        makeElement("payments", ElementKind::External, "Payment provider", "internet", "Stripe"),
    };
    m.elements[6].data = {QStringLiteral("orders")};
    m.flows = {makeFlow("customer", "web", "https"),
               makeFlow("web", "gateway", "https", "oauth2"),
               makeFlow("gateway", "orders", "http"),  // unprotected crossing: red
               makeFlow("orders", "order-db", "postgres+tls", "password"),
               makeFlow("orders", "events", "kafka", "sasl"),
               makeFlow("events", "worker", "kafka", "sasl"),
               makeFlow("orders", "payments", "https", "mtls"),
               makeFlow("payments", "orders", "https", "hmac")};
    View main;
    main.id = QStringLiteral("main");
    main.name = QStringLiteral("Main");
    const std::pair<const char *, Position> places[] = {
        {"customer", {100, 100}}, {"web", {100, 300}},     {"payments", {100, 520}},
        {"gateway", {420, 300}},  {"orders", {760, 300}},  {"events", {760, 520}},
        {"worker", {1060, 520}},  {"order-db", {1060, 300}}};
    for (const auto &[id, p] : places) {
        main.elements << QString::fromLatin1(id);
        main.positions.emplace_back(QString::fromLatin1(id), p);
    }
    m.views.push_back(main);
    return m;
}

}  // namespace lintel::testing
