#include "model/document/transitioncommands.h"

#include "model/index/lookup.h"

namespace lintel {

namespace {

QString isoDate(QDate date) { return date.toString(Qt::ISODate); }

}  // namespace

Transition transitionTemplate(const QString &outgoing, const QString &incoming, QDate start)
{
    // Rough durations in weeks, only a starting point: the audit is short
    // and quiet, knowledge transfer is the longest step.
    struct Step {
        const char *id;
        const char *name;
        PhaseKind kind;
        int weeks;
    };
    static constexpr Step steps[] = {
        {"audit", "Silent audit", PhaseKind::Audit, 3},
        {"parallel-team", "Parallel team", PhaseKind::ParallelTeam, 4},
        {"knowledge-transfer", "Knowledge transfer", PhaseKind::KnowledgeTransfer, 8},
        {"controlled-implementation", "Controlled implementation", PhaseKind::ControlledImplementation, 6},
        {"ownership-shift", "Ownership shift", PhaseKind::OwnershipShift, 4},
    };
    Transition t;
    t.name = QStringLiteral("Handover");
    t.outgoing = outgoing;
    t.incoming = incoming;
    QDate from = start;
    for (const Step &step : steps) {
        TransitionPhase phase;
        phase.id = QString::fromLatin1(step.id);
        phase.name = QString::fromLatin1(step.name);
        phase.kind = step.kind;
        phase.plannedStart = isoDate(from);
        from = from.addDays(7 * step.weeks);
        phase.plannedEnd = isoDate(from.addDays(-1));
        t.phases.push_back(std::move(phase));
    }
    t.targetDate = t.phases.back().plannedEnd;
    return t;
}

ReplaceTransitionCommand::ReplaceTransitionCommand(Document *document, Transition transition, const QString &text,
                                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_old(document->model().transition),
      m_new(std::move(transition))
{
}

void ReplaceTransitionCommand::apply(const Transition &transition)
{
    m_document->mutableModel().transition = transition;
    m_document->notifyTransitionChanged();
}

ChangeStageCommand::ChangeStageCommand(Document *document, const QString &elementId, std::optional<int> stage,
                                       QDate date, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_elementId(elementId)
{
    const Element *element = findObject<Element>(document->model(), elementId);
    if (!element || element->handover.stage == stage || (stage && (*stage < 1 || *stage > 4)))
        return;
    m_valid = true;
    m_old = element->handover;
    m_new = m_old;
    if (m_old.stage)
        m_new.history.push_back(StageRecord{{}, m_old.since, m_old.stage, m_old.note});
    m_new.stage = stage;
    m_new.since = stage ? isoDate(date) : QString();
    m_new.note.clear();
    setText(stage ? QStringLiteral("Move %1 to stage %2").arg(elementId).arg(*stage)
                  : QStringLiteral("Clear the stage of %1").arg(elementId));
}

void ChangeStageCommand::apply(const Handover &handover)
{
    Element *element = findObject<Element>(m_document->mutableModel(), m_elementId);
    if (!element)
        return;
    element->handover = handover;
    m_document->notifyChanged(Collection::Elements, m_elementId, QStringLiteral("handover"));
}

}  // namespace lintel
