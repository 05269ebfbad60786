// Rules about the model's own records: decisions and accepted risks.
#include "model/rules/builtinrules.h"
#include "model/index/modelindex.h"

namespace lintel {

namespace {

class DecisionIntegrityRule final : public Rule {
public:
    DecisionIntegrityRule()
        : Rule({QStringLiteral("decision-integrity"), Severity::Error,
                QStringLiteral("Incomplete decision record"),
                QStringLiteral("Decision records are how the reasons for a design survive the people and "
                               "vendors who made it. An accepted decision without an outcome, or a "
                               "superseded one that does not say what replaced it, leaves the next team "
                               "to rediscover the answer."),
                QStringLiteral("Write the outcome of an accepted decision; for a superseded decision set "
                               "`superseded_by` to the decision that replaced it.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Decision &d : ctx.model.decisions) {
            if (d.status == DecisionStatus::Superseded && d.supersededBy.trimmed().isEmpty())
                sink.report(d, {d.id},
                            QStringLiteral("Decision %1 is superseded but names no superseded_by").arg(d.id));
            else if (d.status == DecisionStatus::Accepted && d.outcome.trimmed().isEmpty())
                sink.report(d, {d.id}, QStringLiteral("Decision %1 is accepted but has no outcome").arg(d.id));
        }
    }
};

// Runs after accepted risks were applied: the engine hands it the risks
// that covered no finding.
class StaleAcceptedRiskRule final : public Rule {
public:
    StaleAcceptedRiskRule()
        : Rule({QStringLiteral("stale-accepted-risk"), Severity::Info,
                QStringLiteral("Accepted risk that matches no finding"),
                QStringLiteral("An accepted risk that no longer covers anything was either fixed (good: "
                               "the record should go) or its target was renamed, in which case the "
                               "problem is back unnoticed under a new name. Either way the risk register "
                               "no longer describes the system."),
                QStringLiteral("Delete the accepted risk if the problem is gone; otherwise point its "
                               "`target` at the current id.")})
    {
    }

    Phase phase() const override { return Phase::AfterSuppression; }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const AcceptedRisk *r : ctx.unmatchedRisks) {
            const QString why = ctx.index.hasObject(r->target)
                ? QStringLiteral("the problem appears to be fixed")
                : QStringLiteral("there is no object %1; was it renamed?").arg(r->target);
            sink.reportAt(r->loc, {r->target, r->rule},
                          QStringLiteral("Accepted risk of %1 on %2 matches no finding: %3").arg(r->rule, r->target, why));
        }
    }
};

}  // namespace

RulePtr makeDecisionIntegrityRule() { return std::make_unique<DecisionIntegrityRule>(); }
RulePtr makeStaleAcceptedRiskRule() { return std::make_unique<StaleAcceptedRiskRule>(); }

}  // namespace lintel
