#pragma once
// A small model as a workshop has it: two zones, three services, a vendor
// team, a flow with a derived id and one named by hand, and one view.
#include "model/types.h"

namespace lintel::testing {

inline Model workshopModel()
{
    Model m;
    auto zone = [&](const char *id, const char *name, Trust trust) {
        Zone z;
        z.id = QString::fromUtf8(id);
        z.name = QString::fromUtf8(name);
        z.trust = trust;
        m.zones.push_back(z);
    };
    zone("internet", "Internet", Trust::Untrusted);
    zone("app-network", "App network", Trust::Internal);
    auto element = [&](const char *id, const char *name, const char *zoneId) {
        Element e;
        e.id = QString::fromUtf8(id);
        e.name = QString::fromUtf8(name);
        e.zone = QString::fromUtf8(zoneId);
        m.elements.push_back(e);
    };
    element("booking-service", "Booking service", "app-network");
    element("records-service", "Records service", "app-network");
    element("legacy-box", "Patient records", "app-network");  // an id set by hand
    Team vendor;
    vendor.id = QStringLiteral("payments-vendor");
    vendor.name = QStringLiteral("Kestrel Payments");
    m.teams.push_back(vendor);
    Flow derived;
    derived.id = QStringLiteral("booking-service-to-records-service");
    derived.from = QStringLiteral("booking-service");
    derived.to = QStringLiteral("records-service");
    Flow byHand;
    byHand.id = QStringLiteral("nightly-export");
    byHand.from = QStringLiteral("records-service");
    byHand.to = QStringLiteral("booking-service");
    m.flows = {derived, byHand};
    View v;
    v.id = QStringLiteral("overview");
    v.elements = {QStringLiteral("booking-service"), QStringLiteral("records-service")};
    v.positions = {{QStringLiteral("booking-service"), {0, 0}}, {QStringLiteral("records-service"), {200, 0}}};
    m.views = {v};
    return m;
}

}  // namespace lintel::testing
