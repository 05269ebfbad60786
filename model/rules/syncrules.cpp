// Rules about synchronous call graphs: cycles and long chains.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"
#include "model/rules/syncgraph.h"

#include <algorithm>

namespace lintel {

namespace {

QStringList idsOf(const ModelIndex &index, const std::vector<int> &elements)
{
    QStringList ids;
    ids.reserve(qsizetype(elements.size()));
    for (int e : elements)
        ids << index.elementAt(e).id;
    return ids;
}

class SyncCycleRule final : public Rule {
public:
    SyncCycleRule()
        : Rule({QStringLiteral("sync-cycle"), Severity::Error,
                QStringLiteral("Cycle of synchronous calls"),
                QStringLiteral("Services that wait on each other in a circle cannot be deployed, scaled "
                               "or restarted independently, and one slow member stalls all of them. "
                               "Cycles also hide unclear responsibilities: usually two teams or vendors "
                               "each own half of one job."),
                QStringLiteral("Break the cycle: make one direction asynchronous (an event or a queue), "
                               "move the shared responsibility into one service, or have the caller pass "
                               "the data instead of being called back.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const SyncGraph graph = buildSyncGraph(ctx.index);
        for (const auto &component : stronglyConnectedComponents(graph)) {
            if (component.size() < 2 && !graph.selfCall[std::size_t(component.front())])
                continue;
            const std::vector<int> cycle = cycleThrough(graph, component);
            QStringList targets = idsOf(ctx.index, cycle);
            QStringList shown = targets;
            shown << targets.front();
            // Very long cycles are shortened in the message (the targets keep
            // every member): the message is copied into every report and
            // every diagram mark of each member.
            QString message = QStringLiteral("Synchronous calls form a cycle: %1").arg(messages::shortChain(shown));
            // Other members of the same tangle are named too, so one finding
            // covers them all rather than one per cycle (there may be
            // exponentially many).
            if (component.size() > cycle.size()) {
                std::vector<int> onCycle = cycle;
                std::sort(onCycle.begin(), onCycle.end());
                std::vector<int> rest;
                for (int v : component)
                    if (!std::binary_search(onCycle.begin(), onCycle.end(), v))
                        rest.push_back(v);
                QStringList others = idsOf(ctx.index, rest);
                others.sort();
                targets += others;
                message += QStringLiteral(" (the cycle is part of a tangle that also includes %1)")
                               .arg(messages::shortList(others));
            }
            sink.report(ctx.index.elementAt(cycle.front()), targets, message);
        }
    }
};

class DeepSyncChainRule final : public Rule {
public:
    DeepSyncChainRule()
        : Rule({QStringLiteral("deep-sync-chain"), Severity::Warning,
                QStringLiteral("Long chain of synchronous calls"),
                QStringLiteral("Every synchronous hop adds its latency and its failure rate to the "
                               "request, and the first caller is only as available as the product of "
                               "all of them. Long chains across vendors also make incidents hard to "
                               "diagnose, since no single party sees the whole path."),
                QStringLiteral("Shorten the chain: let the first service call the last one's data "
                               "provider directly, cache or replicate data closer to the caller, or turn "
                               "later hops into asynchronous messages. Raise `max_depth` in "
                               "`rules.params.deep-sync-chain` if the depth is deliberate."),
                {{QStringLiteral("max_depth"), 4, 1, 1000,
                  QStringLiteral("the most synchronous hops a chain may have")}}})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const int maxDepth = ctx.param(QStringLiteral("max_depth"));
        const SyncGraph graph = buildSyncGraph(ctx.index);
        const ChainLengths chains = longestChains(graph, stronglyConnectedComponents(graph));
        // One finding per chain start, following the longest path: the
        // chain is maximal at both ends, and its sub-chains are not repeated.
        for (std::size_t v = 0; v < chains.hops.size(); ++v) {
            if (chains.called[v] || chains.hops[v] <= maxDepth)
                continue;
            std::vector<int> path;
            for (int u = int(v); u != -1; u = chains.next[std::size_t(u)])
                path.push_back(u);
            const QStringList ids = idsOf(ctx.index, path);
            sink.report(ctx.index.elementAt(int(v)), ids,
                        QStringLiteral("Chain of %1 synchronous calls exceeds max_depth %2: %3")
                            .arg(chains.hops[v])
                            .arg(maxDepth)
                            .arg(messages::shortChain(ids)));
        }
    }
};

}  // namespace

RulePtr makeSyncCycleRule() { return std::make_unique<SyncCycleRule>(); }
RulePtr makeDeepSyncChainRule() { return std::make_unique<DeepSyncChainRule>(); }

}  // namespace lintel
