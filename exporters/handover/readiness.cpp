#include "exporters/handover/readiness.h"

#include "model/index/semantics.h"

namespace lintel::handover {

namespace {

// HTTP and gRPC calls are the interfaces a contract (OpenAPI, proto) should
// describe; messaging and database protocols are not.
bool isCallProtocol(const QString &protocol)
{
    const QString p = normalizedProtocol(protocol);
    return p.startsWith(u"http") || p.startsWith(u"grpc") || p == u"rest" || p == u"h2";
}

bool isContractCall(const ModelIndex &index, int flow)
{
    return index.isSync(flow) && isCallProtocol(index.flowAt(flow).protocol);
}

void count(ReadinessCounts &c, const ReadinessGap &facts, bool provider)
{
    ++c.elements;
    c.owned += !facts.missing.contains(u"owner");
    c.runbook += !facts.missing.contains(u"runbook");
    c.logsAndMetrics += !(facts.missing.contains(u"logs") || facts.missing.contains(u"metrics"));
    c.healthCheck += !facts.missing.contains(u"health check");
    if (provider) {
        ++c.providers;
        c.contractsDone += facts.flowsWithoutContract.isEmpty();
    }
}

}  // namespace

bool isOperated(const Element &element)
{
    return !isActor(element.kind);
}

QStringList flowsMissingContract(const ModelIndex &index, int element)
{
    QStringList out;
    for (int flow : index.incoming(element))
        if (isContractCall(index, flow) && index.flowAt(flow).api.trimmed().isEmpty())
            out << index.flowAt(flow).id;
    return out;
}

bool providesSyncInterface(const ModelIndex &index, int element)
{
    for (int flow : index.incoming(element))
        if (isContractCall(index, flow))
            return true;
    return false;
}

Readiness computeReadiness(const ModelIndex &index)
{
    const Model &model = index.model();
    Readiness result;
    for (const Team &t : model.teams)
        result.teams.push_back({t.id, t.name.isEmpty() ? t.id : t.name, {}});
    ReadinessRow unowned{{}, QStringLiteral("No owner"), {}};

    for (int i = 0; i < int(model.elements.size()); ++i) {
        const Element &e = index.elementAt(i);
        if (!isOperated(e))
            continue;
        ReadinessGap gap{&e, {}, flowsMissingContract(index, i)};
        const Team *team = index.team(e.team);
        if (!team)
            gap.missing << QStringLiteral("owner");
        if (e.operations.runbook.trimmed().isEmpty())
            gap.missing << QStringLiteral("runbook");
        if (e.operations.logs != true)
            gap.missing << QStringLiteral("logs");
        if (e.operations.metrics != true)
            gap.missing << QStringLiteral("metrics");
        if (e.operations.healthCheck != true)
            gap.missing << QStringLiteral("health check");
        const bool provider = providesSyncInterface(index, i);

        count(result.overall.counts, gap, provider);
        ReadinessRow *row = &unowned;
        for (ReadinessRow &r : result.teams)
            if (team && r.teamId == team->id)
                row = &r;
        count(row->counts, gap, provider);
        if (!gap.missing.isEmpty() || !gap.flowsWithoutContract.isEmpty())
            result.gaps.push_back(gap);
    }
    if (unowned.counts.elements > 0)
        result.teams.push_back(unowned);
    result.overall.teamName = QStringLiteral("Overall");
    return result;
}

}  // namespace lintel::handover
