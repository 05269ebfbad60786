#include "model/transition/transitionfacts.h"

namespace lintel::transition {

namespace {

bool isSettled(const std::optional<ItemStatus> &status)
{
    return status == ItemStatus::Done || status == ItemStatus::NotApplicable;
}

}  // namespace

QDate dateOf(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

const Team *outgoingTeam(const Model &model)
{
    const QString id = model.transition.outgoing.trimmed();
    if (id.isEmpty())
        return nullptr;
    for (const Team &team : model.teams)
        if (team.id == id)
            return &team;
    return nullptr;
}

bool canBeHandedOver(const Element &element)
{
    return isCompute(element.kind) || isStore(element.kind);
}

bool hasBegun(const TransitionPhase &phase, QDate asOf)
{
    const QDate start = dateOf(phase.actualStart);
    return start.isValid() && start <= asOf;
}

bool isOverdue(const TransitionPhase &phase, QDate asOf)
{
    const QDate plannedEnd = dateOf(phase.plannedEnd);
    return plannedEnd.isValid() && plannedEnd < asOf && phase.actualEnd.trimmed().isEmpty();
}

bool phaseOfKindHasBegun(const Model &model, PhaseKind kind, QDate asOf)
{
    for (const TransitionPhase &phase : model.transition.phases)
        if (phase.kind == kind && hasBegun(phase, asOf))
            return true;
    return false;
}

bool operationsShowObservability(const Element &element)
{
    const Operations &ops = element.operations;
    return ops.logs.value_or(false) && ops.metrics.value_or(false) && ops.healthCheck.value_or(false);
}

QStringList openDoneItems(const Element &element)
{
    const DefinitionOfDone &done = element.handover.done;
    QStringList open;
    if (!isSettled(done.tests.status))
        open << QStringLiteral("tests");
    if (!isSettled(done.apiDocs.status))
        open << QStringLiteral("api_docs");
    const bool observabilityDone = done.observability.status ? isSettled(done.observability.status)
                                                             : operationsShowObservability(element);
    if (!observabilityDone)
        open << QStringLiteral("observability");
    if (!isSettled(done.rollbackNotes.status))
        open << QStringLiteral("rollback_notes");
    if (!isSettled(done.operationalNotes.status))
        open << QStringLiteral("operational_notes");
    return open;
}

std::vector<const ExitItem *> credentialsToRotateFor(const Model &model, const Element &element)
{
    std::vector<const ExitItem *> open;
    const Team *outgoing = outgoingTeam(model);
    if (!outgoing)
        return open;
    for (const ExitItem &item : outgoing->exit.credentials) {
        const QString concerns = item.element.trimmed();
        if (!isSettled(item.status) && (concerns.isEmpty() || concerns == element.id))
            open.push_back(&item);
    }
    return open;
}

}  // namespace lintel::transition
