// Turning a read sentence into one undo step: a parent command whose
// children are the Document's ordinary commands.
#include "model/document/renamecommands.h"
#include "model/index/lookup.h"
#include "model/sentence/sentence.h"

namespace lintel::sentence {

namespace {

// Gives `id` a position in the placement's view and lists it there (as the
// canvas does when something is dropped from the palette): position first,
// so the canvas knows where to draw the new member when it appears.
void place(Document *document, const Placement &placement, const QString &id, const QString &zoneId,
           QUndoCommand *parent)
{
    const View *view = findObject<View>(document->model(), placement.viewId);
    if (!view || !placement.positionFor)
        return;
    const std::optional<Position> at = placement.positionFor(zoneId);
    if (!at)
        return;
    new MoveElementsCommand(document, view->id, {{id, std::nullopt, *at}}, parent);
    if (!view->elements.contains(id))
        new SetFieldCommand(document, {Collection::Views, view->id}, QStringLiteral("elements"),
                            QStringList(view->elements) << id, parent);
}

}  // namespace

QString describe(const Plan &plan)
{
    const QString inZone = plan.zone.isEmpty() ? QString() : QStringLiteral(" in %1").arg(plan.zone);
    switch (plan.action) {
    case Action::AddElement: return QStringLiteral("Add %1 %2%3").arg(enumName(plan.kind), plan.id, inZone);
    case Action::AddZone: return QStringLiteral("Add zone %1%2").arg(plan.id, inZone);
    case Action::AddTeam: return QStringLiteral("Add team %1").arg(plan.id);
    case Action::AddFlow:
        return QStringLiteral("Add flow %1 -> %2 (%3%4)")
            .arg(plan.from, plan.to, plan.protocol,
                 plan.sync ? (*plan.sync ? QStringLiteral(", sync") : QStringLiteral(", async")) : QString());
    case Action::AddQuestion: {
        const QString who = !plan.owner.isEmpty() ? plan.owner : plan.about.value(0);
        return who.isEmpty() ? QStringLiteral("Ask question %1").arg(plan.id)
                             : QStringLiteral("Ask %1 question %2").arg(who, plan.id);
    }
    case Action::AddDecision: return QStringLiteral("Record decision %1").arg(plan.id);
    case Action::SetField:
        return QStringLiteral("Set %1 %2 to %3")
            .arg(plan.target.id, plan.field, plan.name.isEmpty() ? QStringLiteral("nothing") : plan.name);
    case Action::Rename:
        return plan.id == plan.target.id
                   ? QStringLiteral("Rename %1 to \"%2\"").arg(plan.target.id, plan.name)
                   : QStringLiteral("Rename %1 to \"%2\" (id %3)").arg(plan.target.id, plan.name, plan.id);
    }
    return {};
}

ObjectRef subjectOf(const Plan &plan)
{
    switch (plan.action) {
    case Action::AddElement: return {Collection::Elements, plan.id};
    case Action::AddZone: return {Collection::Zones, plan.id};
    case Action::AddTeam: return {Collection::Teams, plan.id};
    case Action::AddFlow: return {Collection::Flows, plan.id};
    case Action::AddQuestion: return {Collection::Questions, plan.id};
    case Action::AddDecision: return {Collection::Decisions, plan.id};
    case Action::Rename: return {plan.target.collection, plan.id};
    case Action::SetField: return plan.target;
    }
    return {};
}

QUndoCommand *makeCommand(Document *document, const Plan &plan, const Placement &placement)
{
    if (plan.action == Action::Rename) {
        QUndoCommand *command = makeRenameCommand(document, plan.target, plan.name);
        if (command)
            command->setText(describe(plan));
        return command;
    }
    if (plan.action == Action::SetField) {
        auto *command = new SetFieldCommand(document, plan.target, plan.field, plan.value);
        if (!command->isValid()) {
            delete command;
            return nullptr;
        }
        command->setText(describe(plan));
        return command;
    }
    // A plan read against an older model may clash with what was added since.
    if (!checkNewId(document->model(), plan.id).isEmpty())
        return nullptr;
    auto *command = new QUndoCommand(describe(plan));
    switch (plan.action) {
    case Action::AddElement: {
        Element element;
        element.id = plan.id;
        element.name = plan.name;
        element.kind = plan.kind;
        element.zone = plan.zone;
        new AddObjectCommand<Element>(document, element, -1, command);
        place(document, placement, element.id, plan.zone, command);
        break;
    }
    case Action::AddZone: {
        Zone zone;
        zone.id = plan.id;
        zone.name = plan.name;
        zone.trust = Trust::Internal;  // as on the canvas: the common case
        zone.parent = plan.zone;
        new AddObjectCommand<Zone>(document, zone, -1, command);
        place(document, placement, zone.id, plan.zone, command);
        break;
    }
    case Action::AddTeam: {
        Team team;
        team.id = plan.id;
        team.name = plan.name;
        new AddObjectCommand<Team>(document, team, -1, command);
        break;
    }
    case Action::AddFlow: {
        Flow flow;
        flow.id = plan.id;
        flow.from = plan.from;
        flow.to = plan.to;
        flow.protocol = plan.protocol;
        flow.sync = plan.sync;
        new AddObjectCommand<Flow>(document, flow, -1, command);
        break;
    }
    case Action::AddQuestion: {
        Question question;
        question.id = plan.id;
        question.text = plan.name;
        question.owner = plan.owner;
        question.about = plan.about;
        question.status = QuestionStatus::Open;
        new AddObjectCommand<Question>(document, question, -1, command);
        break;
    }
    case Action::AddDecision: {
        Decision decision;
        decision.id = plan.id;
        decision.title = plan.name;
        decision.status = DecisionStatus::Proposed;
        new AddObjectCommand<Decision>(document, decision, -1, command);
        break;
    }
    case Action::Rename:
    case Action::SetField:
        break;
    }
    return command;
}

}  // namespace lintel::sentence
