// Rules about running the system: resilience, observability, scaling.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"

namespace lintel {

namespace {

class ExternalCallWithoutResilienceRule final : public Rule {
public:
    ExternalCallWithoutResilienceRule()
        : Rule({QStringLiteral("external-call-without-resilience"), Severity::Warning,
                QStringLiteral("Synchronous call to an external system without resilience"),
                QStringLiteral("Third-party systems fail and slow down on their own schedule. A "
                               "synchronous call without a timeout holds threads and connections until "
                               "the caller falls over too; without retries or a circuit breaker every "
                               "blip at the partner becomes an outage of yours."),
                QStringLiteral("Give the flow a `resilience.timeout`, and `retries` or a "
                               "`circuit_breaker: true` (ideally both), or make the call asynchronous.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const ModelIndex &index = ctx.index;
        for (std::size_t i = 0; i < ctx.model.flows.size(); ++i) {
            const int from = index.fromOf(int(i)), to = index.toOf(int(i));
            if (from < 0 || to < 0 || !index.isSync(int(i)) || !isCompute(index.elementAt(from).kind)
                || index.elementAt(to).kind != ElementKind::External)
                continue;
            const Flow &f = ctx.model.flows[i];
            QStringList lacking;
            if (f.resilience.timeout.trimmed().isEmpty())
                lacking << QStringLiteral("no timeout");
            if (f.resilience.retries.value_or(0) <= 0 && !f.resilience.circuitBreaker.value_or(false))
                lacking << QStringLiteral("neither retries nor a circuit breaker");
            if (lacking.isEmpty())
                continue;
            sink.report(f, {f.id, f.from, f.to},
                        QStringLiteral("Flow %1 calls external %2 synchronously with %3")
                            .arg(f.id, f.to, lacking.join(QStringLiteral(" and "))));
        }
    }
};

class MissingObservabilityRule final : public Rule {
public:
    MissingObservabilityRule()
        : Rule({QStringLiteral("missing-observability"), Severity::Warning,
                QStringLiteral("Service without logs or metrics"),
                QStringLiteral("Logs and metrics are how anyone other than the original developers finds "
                               "out what a service is doing. Without them support depends on the vendor "
                               "forever, and incidents are diagnosed by guessing."),
                QStringLiteral("Ship logs and metrics to the shared platform and set "
                               "`operations.logs: true` and `operations.metrics: true`.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Element &e : ctx.model.elements) {
            if (!isCompute(e.kind))
                continue;
            const bool logs = e.operations.logs.value_or(false);
            const bool metrics = e.operations.metrics.value_or(false);
            if (logs && metrics)
                continue;
            const QString what = !logs && !metrics ? QStringLiteral("neither logs nor metrics")
                : !logs                             ? QStringLiteral("no logs")
                                                    : QStringLiteral("no metrics");
            sink.report(e, {e.id}, QStringLiteral("%1 has %2").arg(messages::Named(e), what));
        }
    }
};

class StatefulScaledServiceRule final : public Rule {
public:
    StatefulScaledServiceRule()
        : Rule({QStringLiteral("stateful-scaled-service"), Severity::Warning,
                QStringLiteral("Stateful service with several replicas"),
                QStringLiteral("Replicas of a stateful service each hold their own copy of the state. "
                               "Requests then see different answers depending on where they land, and "
                               "scaling down or restarting loses data, which tends to surface only under "
                               "production load."),
                QStringLiteral("Move the state into a store shared by the replicas, or run one replica "
                               "(with sticky routing documented as a deliberate choice).")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Element &e : ctx.model.elements) {
            if (!isCompute(e.kind) || !e.stateful.value_or(false) || e.replicas.value_or(1) <= 1)
                continue;
            sink.report(e, {e.id},
                        QStringLiteral("%1 is stateful but runs %2 replicas").arg(messages::Named(e)).arg(*e.replicas));
        }
    }
};

}  // namespace

RulePtr makeExternalCallWithoutResilienceRule() { return std::make_unique<ExternalCallWithoutResilienceRule>(); }
RulePtr makeMissingObservabilityRule() { return std::make_unique<MissingObservabilityRule>(); }
RulePtr makeStatefulScaledServiceRule() { return std::make_unique<StatefulScaledServiceRule>(); }

}  // namespace lintel
