// Section 9: the transition, when the model has one. The numbers come from
// the model-side summary (model/transition/transitionsummary.h), so the pack
// and `lintel-cli transition` always agree.
#include "exporters/handover/handoverdata.h"

#include "model/transition/transitionsummary.h"

namespace lintel::handover {

using namespace transition;

namespace {

QString orNot(const QString &s, const QString &fallback = QStringLiteral("not recorded"))
{
    return s.trimmed().isEmpty() ? fallback : s;
}

QString dates(const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return QStringLiteral("not recorded");
    return QStringLiteral("%1 to %2").arg(orNot(from, QStringLiteral("?")), orNot(to, QStringLiteral("?")));
}

QString stateText(PhaseState state)
{
    switch (state) {
    case PhaseState::Done: return QStringLiteral("done");
    case PhaseState::InProgress: return QStringLiteral("in progress");
    case PhaseState::Overdue: return QStringLiteral("**overdue**");
    case PhaseState::NotStarted: break;
    }
    return QStringLiteral("not started");
}

QString statusText(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Done: return QStringLiteral("done");
    case ItemStatus::NotApplicable: return QStringLiteral("not applicable");
    case ItemStatus::Open: break;
    }
    return QStringLiteral("**open**");
}

// "Acme Build (`vendor`)"; "not set" for no team.
QString teamNameAndId(const HandoverInput &in, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("not set");
    const Team *t = in.index.team(id);
    return nameAndId(t ? t->name.simplified() : QString(), id);
}

void addPhases(const TransitionSummary &s, Data &root)
{
    List phases;
    for (const PhaseSummary &p : s.phases) {
        Data row;
        // Never an empty cell: markdownlint reads "|  |" as misaligned.
        row.set("now", markdown(p.containsAsOf ? QStringLiteral("▶") : QStringLiteral("–")));
        row.set("phase", markdown(nameAndId(p.name.simplified(), p.id)));
        row.set("kind", text(p.kind ? enumName(*p.kind) : QStringLiteral("not set")));
        row.set("planned", text(dates(p.plannedStart, p.plannedEnd)));
        row.set("actual", text(dates(p.actualStart, p.actualEnd)));
        row.set("state", markdown(stateText(p.state)));
        phases.push_back(row);
    }
    setList(root, "transition_phases", phases);
}

Data stageRow(const QString &team, const StageCounts &c)
{
    Data row;
    row.set("team", markdown(team));
    // A code span keeps the bar's cells one width in every rendering.
    const QString bar = stageBar(c);
    row.set("bar", markdown(bar.isEmpty() ? QString() : md::code(bar)));
    for (int stage = 1; stage <= 4; ++stage)
        row.set("stage" + std::to_string(stage), number(c.byStage[std::size_t(stage)]));
    row.set("none", number(c.byStage[0]));
    row.set("total", number(c.total()));
    return row;
}

void addStages(const HandoverInput &in, const TransitionSummary &s, Data &root)
{
    List teams;
    for (const TeamStages &t : s.teams)
        teams.push_back(stageRow(t.team.isEmpty() ? QStringLiteral("no owner") : teamLabel(in.index, t.team),
                                 t.counts));
    teams.push_back(stageRow(QStringLiteral("**All**"), s.overall));
    setList(root, "transition_teams", teams);
}

void addElements(const HandoverInput &in, const TransitionSummary &s, Data &root)
{
    List elements, open;
    int kt = 0, ktItems = 0, done = 0, doneItems = 0;
    for (const ElementSummary &e : s.elements) {
        Data row;
        row.set("element", markdown(nameAndId(e.name, e.id)));
        row.set("team", markdown(teamLabel(in.index, e.team)));
        row.set("stage", text(e.stage ? QString::number(*e.stage) : QStringLiteral("none")));
        row.set("since", text(orNot(e.since)));
        row.set("knowledge", text(QStringLiteral("%1 of %2").arg(e.knowledge.complete()).arg(KnowledgeSummary::kItems)));
        row.set("done", text(QStringLiteral("%1 of %2").arg(e.doneComplete()).arg(e.doneApplicable())));
        elements.push_back(row);
        kt += e.knowledge.complete();
        ktItems += KnowledgeSummary::kItems;
        done += e.doneComplete();
        doneItems += e.doneApplicable();

        QStringList parts;
        if (!e.knowledge.missing().isEmpty())
            parts << QStringLiteral("knowledge transfer: ") + md::inlineText(e.knowledge.missing().join(QStringLiteral(", ")));
        if (!e.openDoneItems().isEmpty())
            parts << QStringLiteral("definition of done: ") + md::inlineText(e.openDoneItems().join(QStringLiteral(", ")));
        if (parts.isEmpty())
            continue;
        Data item;
        item.set("element", markdown(nameAndId(e.name, e.id)));
        item.set("items", markdown(parts.join(QStringLiteral("; "))));
        open.push_back(item);
    }
    setLongList(in, root, "transition_elements", elements);
    setLongList(in, root, "transition_open", open);
    root.set("transition_kt", text(QStringLiteral("%1 of %2").arg(kt).arg(ktItems)));
    root.set("transition_done", text(QStringLiteral("%1 of %2").arg(done).arg(doneItems)));
}

List exitRows(const HandoverInput &in, const char *list, const std::vector<ExitItemSummary> &items)
{
    List rows;
    for (const ExitItemSummary &i : items) {
        Data row;
        row.set("list", text(QLatin1String(list)));
        row.set("what", text(i.what.simplified() + (i.derived ? QStringLiteral(" (derived)") : QString())));
        row.set("element", markdown(i.element.isEmpty() ? QStringLiteral("none") : elementLabel(in.index, i.element)));
        row.set("status", markdown(statusText(i.status)));
        row.set("note", text(i.note.trimmed().isEmpty() ? QStringLiteral("none") : i.note.simplified()));
        rows.push_back(row);
    }
    return rows;
}

void addExits(const HandoverInput &in, const TransitionSummary &s, Data &root)
{
    List exits;
    for (const TeamExitSummary &e : s.exits) {
        Data team;
        team.set("team", markdown(teamNameAndId(in, e.team)));
        team.set("role", text(e.outgoing ? QStringLiteral("the outgoing team") : QStringLiteral("a leaving team")));
        team.set("open", number(e.open()));
        List items = exitRows(in, "access", e.access);
        for (const Data &row : exitRows(in, "credentials", e.credentials))
            items.push_back(row);
        setList(team, "items", items);
        exits.push_back(team);
    }
    setList(root, "transition_exits", exits);
}

}  // namespace

void addTransition(const HandoverInput &in, Data &root)
{
    root.set("has_transition", hasTransition(in.model));
    if (!hasTransition(in.model))
        return;
    const TransitionSummary s = summarizeTransition(in.model, in.asOf);
    root.set("transition_name", text(orNot(s.name, QStringLiteral("The transition"))));
    root.set("transition_outgoing", markdown(teamNameAndId(in, s.outgoing)));
    root.set("transition_incoming", markdown(teamNameAndId(in, s.incoming)));
    root.set("transition_target", text(orNot(s.targetDate, QStringLiteral("not set"))));
    root.set("transition_as_of", text(in.asOf.toString(Qt::ISODate)));
    addPhases(s, root);
    addStages(in, s, root);
    addElements(in, s, root);
    addExits(in, s, root);
}

}  // namespace lintel::handover
