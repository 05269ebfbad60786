// Rules about a transition in progress: ownership stages, knowledge
// transfer, the definition of done, the leaving team's exit and the phase
// plan (docs/model-format.md, "transition" and "handover"). Every rule is
// quiet when the model has no transition with an outgoing team. The facts
// they judge come from model/transition/transitionfacts.h, which the CLI and
// the handover pack read as well.
#include "model/rules/builtinrules.h"
#include "model/transition/transitionfacts.h"

namespace lintel {

namespace {

using namespace lintel::transition;

// The stage an element is at, or 0 when it has none.
int stageOf(const Element &e)
{
    return e.handover.stage.value_or(0);
}

class HandoverMissingWalkthroughOrRunbookRule final : public Rule {
public:
    HandoverMissingWalkthroughOrRunbookRule()
        : Rule({QStringLiteral("handover-missing-walkthrough-or-runbook"), Severity::Warning,
                QStringLiteral("Incoming team leads without a walkthrough or runbook"),
                QStringLiteral("From stage 3 the incoming team answers the pager. If nobody from the "
                               "outgoing team ever walked them through the element, or there is no runbook "
                               "to follow, the first incident is where they learn how it works."),
                QStringLiteral("Hold a walkthrough with the outgoing team and record "
                               "`handover.knowledge.walkthrough.date`; write the runbook and link it from "
                               "`operations.runbook`. Until both exist, keep the element at stage 2.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        if (!outgoingTeam(ctx.model))
            return;
        for (const Element &e : ctx.model.elements) {
            if (stageOf(e) < 3)
                continue;
            QStringList missing;
            if (!dateOf(e.handover.knowledge.walkthrough.date).isValid())
                missing << QStringLiteral("no walkthrough date");
            if (e.operations.runbook.trimmed().isEmpty())
                missing << QStringLiteral("no operations.runbook");
            if (!missing.isEmpty())
                sink.report(e, {e.id},
                            QStringLiteral("Element %1 is at stage %2 with %3")
                                .arg(e.id)
                                .arg(stageOf(e))
                                .arg(missing.join(QStringLiteral(" and "))));
        }
    }
};

class HandoverDoneOpenRule final : public Rule {
public:
    HandoverDoneOpenRule()
        : Rule({QStringLiteral("handover-done-open"), Severity::Error,
                QStringLiteral("Handed over with open definition-of-done items"),
                QStringLiteral("Stage 4 means the outgoing team is gone for this element. Whatever the "
                               "definition of done still lacks (tests, current API documentation, "
                               "observability, rollback or operational notes) now has to be rebuilt by "
                               "people who did not write the code, usually during an incident."),
                QStringLiteral("Close the open items, or mark one `not-applicable` with a note saying why; "
                               "otherwise move the element back to stage 3 with a note until they are done.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        if (!outgoingTeam(ctx.model))
            return;
        for (const Element &e : ctx.model.elements) {
            if (stageOf(e) != 4)
                continue;
            const QStringList open = openDoneItems(e);
            if (!open.isEmpty())
                sink.report(e, {e.id},
                            QStringLiteral("Element %1 is at stage 4 with definition-of-done items open: %2")
                                .arg(e.id, open.join(QStringLiteral(", "))));
        }
    }
};

class HandoverCredentialsNotRotatedRule final : public Rule {
public:
    HandoverCredentialsNotRotatedRule()
        : Rule({QStringLiteral("handover-credentials-not-rotated"), Severity::Error,
                QStringLiteral("Handed over while the outgoing team's credentials are not rotated"),
                QStringLiteral("Once the incoming team owns an element alone, nobody from the outgoing team "
                               "should still be able to reach it. A secret they knew and that was never "
                               "rotated is access nobody is accountable for any more."),
                QStringLiteral("Rotate the credential and set its item in the outgoing team's "
                               "`exit.credentials` to `done`; if the element does not use it, give the item "
                               "another `element` or mark it `not-applicable`.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Team *outgoing = outgoingTeam(ctx.model);
        if (!outgoing)
            return;
        for (const Element &e : ctx.model.elements) {
            if (stageOf(e) != 4)
                continue;
            QStringList open;
            for (const ExitItem *item : credentialsToRotateFor(ctx.model, e))
                open << item->what;
            if (!open.isEmpty())
                sink.report(e, {e.id, outgoing->id},
                            QStringLiteral("Element %1 is at stage 4 but %2 still has credentials to rotate: %3")
                                .arg(e.id, outgoing->id, open.join(QStringLiteral("; "))));
        }
    }
};

class HandoverStageMissingRule final : public Rule {
public:
    HandoverStageMissingRule()
        : Rule({QStringLiteral("handover-stage-missing"), Severity::Warning,
                QStringLiteral("Element of the outgoing team without an ownership stage"),
                QStringLiteral("Once knowledge transfer is under way, every service and store the outgoing "
                               "team runs should have a stage, or nobody can tell who answers for it. The "
                               "element without one is usually the one forgotten until the vendor leaves."),
                QStringLiteral("Give the element a `handover.stage` (1 while the outgoing team still leads) "
                               "and the date it was agreed in `handover.since`.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Team *outgoing = outgoingTeam(ctx.model);
        if (!outgoing || !phaseOfKindHasBegun(ctx.model, PhaseKind::KnowledgeTransfer, ctx.asOf))
            return;
        for (const Element &e : ctx.model.elements)
            if (canBeHandedOver(e) && e.team == outgoing->id && !e.handover.stage)
                sink.report(e, {e.id},
                            QStringLiteral("Element %1 of outgoing team %2 has no ownership stage although "
                                           "knowledge transfer has begun")
                                .arg(e.id, outgoing->id));
    }
};

class HandoverStageMovedBackRule final : public Rule {
public:
    HandoverStageMovedBackRule()
        : Rule({QStringLiteral("handover-stage-moved-back"), Severity::Warning,
                QStringLiteral("Ownership stage moved back without a note"),
                QStringLiteral("A stage that goes back means the incoming team was not ready for something. "
                               "That is normal, but the reason is exactly what the next attempt needs to "
                               "know; without it the same step fails again."),
                QStringLiteral("Write why the stage moved back in the `note` of the entry that moved it: "
                               "`handover.note` for the current stage, the history entry's `note` for an "
                               "earlier one.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        if (!outgoingTeam(ctx.model))
            return;
        for (const Element &e : ctx.model.elements) {
            const Handover &h = e.handover;
            // Each step compares a stage with the one before it; the current
            // stage comes after the whole history.
            QStringList moves;
            const auto judge = [&](std::optional<int> before, std::optional<int> after, const QString &since,
                                   const QString &note) {
                if (before && after && *after < *before && note.trimmed().isEmpty())
                    moves << QStringLiteral("from %1 to %2%3")
                                 .arg(*before)
                                 .arg(*after)
                                 .arg(since.trimmed().isEmpty() ? QString() : QStringLiteral(" on ") + since);
            };
            for (std::size_t i = 1; i < h.history.size(); ++i)
                judge(h.history[i - 1].stage, h.history[i].stage, h.history[i].since, h.history[i].note);
            if (!h.history.empty())
                judge(h.history.back().stage, h.stage, h.since, h.note);
            if (!moves.isEmpty())
                sink.report(e, {e.id},
                            QStringLiteral("Element %1 moved back %2 without a note")
                                .arg(e.id, moves.join(QStringLiteral(", "))));
        }
    }
};

class TransitionPhaseOverdueRule final : public Rule {
public:
    TransitionPhaseOverdueRule()
        : Rule({QStringLiteral("transition-phase-overdue"), Severity::Warning,
                QStringLiteral("Transition phase past its planned end"),
                QStringLiteral("A phase that ran past its planned end pushes every later phase, and often "
                               "the outgoing contract's end date with it. Noticing it the day it slips "
                               "leaves time to extend the contract or cut scope; noticing it at the end "
                               "does not."),
                QStringLiteral("Record the phase's `actual_end` if it finished, or agree a new "
                               "`planned_end` and move the later phases with it.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        if (!outgoingTeam(ctx.model))
            return;
        for (const TransitionPhase &p : ctx.model.transition.phases)
            if (isOverdue(p, ctx.asOf))
                sink.report(p, {p.id},
                            QStringLiteral("Phase %1 was planned to end on %2 and has no actual end")
                                .arg(p.id, p.plannedEnd.trimmed()));
    }
};

class HandoverStageAheadOfPhaseRule final : public Rule {
public:
    HandoverStageAheadOfPhaseRule()
        : Rule({QStringLiteral("handover-stage-ahead-of-phase"), Severity::Warning,
                QStringLiteral("Ownership stage ahead of the transition plan"),
                QStringLiteral("The incoming team can only lead what it has been taught, and can only own "
                               "alone what the ownership shift has begun to hand over. A stage ahead of the "
                               "plan is either a plan nobody updated or a handover that skipped a step."),
                QStringLiteral("Record the `actual_start` of the knowledge-transfer or ownership-shift phase "
                               "if it has begun; otherwise set the element back to the stage the plan has "
                               "reached, with a note.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        if (!outgoingTeam(ctx.model))
            return;
        const bool transferBegun = phaseOfKindHasBegun(ctx.model, PhaseKind::KnowledgeTransfer, ctx.asOf);
        const bool shiftBegun = phaseOfKindHasBegun(ctx.model, PhaseKind::OwnershipShift, ctx.asOf);
        for (const Element &e : ctx.model.elements) {
            const int stage = stageOf(e);
            QStringList notBegun;
            if (stage >= 3 && !transferBegun)
                notBegun << QStringLiteral("knowledge transfer");
            if (stage == 4 && !shiftBegun)
                notBegun << QStringLiteral("the ownership shift");
            if (!notBegun.isEmpty())
                sink.report(e, {e.id},
                            QStringLiteral("Element %1 is at stage %2 before %3 began")
                                .arg(e.id)
                                .arg(stage)
                                .arg(notBegun.join(QStringLiteral(" or "))));
        }
    }
};

}  // namespace

RulePtr makeHandoverMissingWalkthroughOrRunbookRule() { return std::make_unique<HandoverMissingWalkthroughOrRunbookRule>(); }
RulePtr makeHandoverDoneOpenRule() { return std::make_unique<HandoverDoneOpenRule>(); }
RulePtr makeHandoverCredentialsNotRotatedRule() { return std::make_unique<HandoverCredentialsNotRotatedRule>(); }
RulePtr makeHandoverStageMissingRule() { return std::make_unique<HandoverStageMissingRule>(); }
RulePtr makeHandoverStageMovedBackRule() { return std::make_unique<HandoverStageMovedBackRule>(); }
RulePtr makeTransitionPhaseOverdueRule() { return std::make_unique<TransitionPhaseOverdueRule>(); }
RulePtr makeHandoverStageAheadOfPhaseRule() { return std::make_unique<HandoverStageAheadOfPhaseRule>(); }

}  // namespace lintel
