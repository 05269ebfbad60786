#pragma once
// How ready each team's part of the system is to be handed over: of the
// elements someone has to run (not people, clients or outside systems), how
// many have an owner, a runbook, logs and metrics, a health check, and a
// contract for every synchronous HTTP/gRPC interface they provide.
#include "model/index/modelindex.h"
#include "model/types.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lintel::handover {

struct ReadinessCounts {
    int elements = 0;
    int owned = 0;
    int runbook = 0;
    int logsAndMetrics = 0;
    int healthCheck = 0;
    int providers = 0;       // elements that receive sync HTTP/gRPC calls
    int contractsDone = 0;   // ... of which every such flow names a contract
    bool complete() const
    {
        return owned == elements && runbook == elements && logsAndMetrics == elements
            && healthCheck == elements && contractsDone == providers;
    }
};

struct ReadinessRow {
    QString teamId;    // empty: the "no owner" row and the overall row
    QString teamName;  // display name
    ReadinessCounts counts;
};

struct ReadinessGap {
    const Element *element = nullptr;
    QStringList missing;                 // "owner", "runbook", "logs", ...
    QStringList flowsWithoutContract;    // flow ids
};

struct Readiness {
    std::vector<ReadinessRow> teams;  // model order; a "no owner" row last if needed
    ReadinessRow overall;
    std::vector<ReadinessGap> gaps;   // model order of elements
};

// Elements that someone has to operate, as opposed to the people, clients
// and outside systems they serve.
bool isOperated(const Element &element);

// Flows into `element` that are synchronous HTTP or gRPC calls and name no
// API contract.
QStringList flowsMissingContract(const ModelIndex &index, int element);
// The element receives synchronous HTTP or gRPC calls at all.
bool providesSyncInterface(const ModelIndex &index, int element);

Readiness computeReadiness(const ModelIndex &index);

}  // namespace lintel::handover
