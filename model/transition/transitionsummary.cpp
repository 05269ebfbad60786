#include "model/transition/transitionsummary.h"

#include "model/index/modelindex.h"
#include "model/transition/teamreach.h"

#include <algorithm>

namespace lintel::transition {

namespace {

// A recorded date that had happened by `asOf`. Unparseable dates are load
// errors elsewhere; here they count as not recorded.
bool happenedBy(const QString &date, QDate asOf)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    return d.isValid() && d <= asOf;
}

PhaseSummary summarizePhase(const TransitionPhase &p, QDate asOf)
{
    PhaseSummary s;
    s.id = p.id;
    s.name = p.name;
    s.kind = p.kind;
    s.plannedStart = p.plannedStart;
    s.plannedEnd = p.plannedEnd;
    s.actualStart = p.actualStart;
    s.actualEnd = p.actualEnd;
    const QDate plannedEnd = QDate::fromString(p.plannedEnd, Qt::ISODate);
    const QDate plannedStart = QDate::fromString(p.plannedStart, Qt::ISODate);
    if (happenedBy(p.actualEnd, asOf))
        s.state = PhaseState::Done;
    else if (plannedEnd.isValid() && plannedEnd < asOf)
        s.state = PhaseState::Overdue;  // the rule transition-phase-overdue judges the same way
    else if (happenedBy(p.actualStart, asOf))
        s.state = PhaseState::InProgress;
    else
        s.state = PhaseState::NotStarted;
    s.containsAsOf = plannedStart.isValid() && plannedEnd.isValid() && plannedStart <= asOf && asOf <= plannedEnd;
    return s;
}

// Observability with no status of its own is done when the element has logs,
// metrics and a health check (docs/model-format.md, "handover").
DoneItemSummary resolveDone(const QString &key, const QString &label, const DoneItem &item)
{
    return {key, label, item.status.value_or(ItemStatus::Open), false, item.note};
}

std::vector<DoneItemSummary> summarizeDone(const Element &e)
{
    const DefinitionOfDone &d = e.handover.done;
    std::vector<DoneItemSummary> out;
    out.push_back(resolveDone(QStringLiteral("tests"), QStringLiteral("tests"), d.tests));
    out.push_back(resolveDone(QStringLiteral("api_docs"), QStringLiteral("API documentation"), d.apiDocs));
    DoneItemSummary observability =
        resolveDone(QStringLiteral("observability"), QStringLiteral("observability"), d.observability);
    if (!d.observability.status) {
        const Operations &o = e.operations;
        observability.fromOperations = true;
        observability.status = o.logs.value_or(false) && o.metrics.value_or(false) && o.healthCheck.value_or(false)
                                   ? ItemStatus::Done
                                   : ItemStatus::Open;
    }
    out.push_back(observability);
    out.push_back(resolveDone(QStringLiteral("rollback_notes"), QStringLiteral("rollback notes"), d.rollbackNotes));
    out.push_back(
        resolveDone(QStringLiteral("operational_notes"), QStringLiteral("operational notes"), d.operationalNotes));
    return out;
}

ElementSummary summarizeElement(const Model &model, const Element &e)
{
    ElementSummary s;
    s.id = e.id;
    s.name = e.name.trimmed().isEmpty() ? e.id : e.name.simplified();
    s.team = e.team;
    s.stage = e.handover.stage;
    s.since = e.handover.since;
    const KnowledgeTransfer &k = e.handover.knowledge;
    s.knowledge.walkthrough = !k.walkthrough.date.trimmed().isEmpty();
    s.knowledge.walkthroughDate = k.walkthrough.date;
    s.knowledge.walkthroughBy = k.walkthrough.by;
    s.knowledge.documentation = k.documentation.trimmed();
    s.knowledge.questionsAnswered = k.questions;
    s.knowledge.accessTransferred = k.accessTransferred.value_or(false);
    for (const Question &q : model.questions)
        if (q.about.contains(e.id) && q.status != QuestionStatus::Answered)
            s.knowledge.openQuestions << q.id;
    s.done = summarizeDone(e);
    return s;
}

// Elements the transition covers: the outgoing team's compute and stores,
// and any element given a stage (an element may move without its team).
bool inTransition(const Element &e, const QString &outgoing)
{
    if (e.handover.stage)
        return true;
    return !outgoing.isEmpty() && e.team == outgoing && !isActor(e.kind);
}

ExitItemSummary explicitItem(const ExitItem &i)
{
    return {i.what, i.element, i.status.value_or(ItemStatus::Open), i.note, false};
}

QString elementName(const ModelIndex &index, const QString &id)
{
    const Element *e = index.element(id);
    return e && !e->name.trimmed().isEmpty() ? e->name.simplified() : id;
}

// The credentials a leaving team knew because its elements reach them:
// the stores and external systems its elements call, and the secrets of its
// own elements kept outside a vault. An element already named by an
// explicit credentials item is left to that item.
void addDerivedCredentials(const ModelIndex &index, const QString &teamId, TeamExitSummary &checklist)
{
    QStringList covered;
    for (const ExitItemSummary &i : checklist.credentials)
        if (!i.element.isEmpty())
            covered << i.element;
    const TeamReach reach = teamReach(index, teamId);
    const auto derive = [&](const QString &id, const QString &what) {
        if (covered.contains(id))
            return;
        covered << id;
        checklist.credentials.push_back({what, id, ItemStatus::Open, {}, true});
    };
    for (const QString &id : reach.stores)
        derive(id, QStringLiteral("credentials for %1").arg(elementName(index, id)));
    for (const QString &id : reach.externals)
        derive(id, QStringLiteral("keys for %1").arg(elementName(index, id)));
    for (const QString &id : reach.secretsOutsideVault) {
        const Element *e = index.element(id);
        derive(id, QStringLiteral("secrets of %1 (kept in %2)")
                       .arg(elementName(index, id), enumName(*e->security.secrets)));
    }
}

QString teamName(const ModelIndex &index, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("no team");
    const Team *t = index.team(id);
    return t && !t->name.trimmed().isEmpty() ? t->name.simplified() : id;
}

}  // namespace

QString phaseStateName(PhaseState state)
{
    switch (state) {
    case PhaseState::Done: return QStringLiteral("done");
    case PhaseState::InProgress: return QStringLiteral("in-progress");
    case PhaseState::Overdue: return QStringLiteral("overdue");
    case PhaseState::NotStarted: break;
    }
    return QStringLiteral("not-started");
}

int KnowledgeSummary::complete() const
{
    return int(walkthrough) + int(!documentation.isEmpty()) + int(accessTransferred) + int(openQuestions.isEmpty());
}

QStringList KnowledgeSummary::missing() const
{
    QStringList out;
    if (!walkthrough)
        out << QStringLiteral("walkthrough");
    if (documentation.isEmpty())
        out << QStringLiteral("documentation");
    if (!accessTransferred)
        out << QStringLiteral("access");
    for (const QString &q : openQuestions)
        out << QStringLiteral("question %1").arg(q);
    return out;
}

int ElementSummary::doneComplete() const
{
    int n = 0;
    for (const DoneItemSummary &d : done)
        n += d.status == ItemStatus::Done;
    return n;
}

int ElementSummary::doneApplicable() const
{
    int n = 0;
    for (const DoneItemSummary &d : done)
        n += d.status != ItemStatus::NotApplicable;
    return n;
}

QStringList ElementSummary::openDoneItems() const
{
    QStringList out;
    for (const DoneItemSummary &d : done)
        if (d.status == ItemStatus::Open)
            out << d.label;
    return out;
}

int StageCounts::total() const
{
    int n = 0;
    for (int c : byStage)
        n += c;
    return n;
}

QString stageBar(const StageCounts &counts, int width)
{
    const int total = counts.total();
    const int cells = std::min(total, width);
    QString bar;
    int cumulative = 0;
    for (int stage = 4; stage >= 0; --stage) {
        cumulative += counts.byStage[std::size_t(stage)];
        // Round each running end so the cells always add up to `cells`.
        const int end = total == 0 ? 0 : (cumulative * cells + total / 2) / total;
        bar += QString(end - int(bar.size()), stage == 0 ? QChar(u'.') : QChar(u'0' + stage));
    }
    return bar;
}

int TeamExitSummary::open() const
{
    int n = 0;
    for (const auto *list : {&access, &credentials})
        for (const ExitItemSummary &i : *list)
            n += i.status == ItemStatus::Open;
    return n;
}

bool hasTransition(const Model &model)
{
    const Transition &t = model.transition;
    if (!t.name.isEmpty() || !t.outgoing.isEmpty() || !t.incoming.isEmpty() || !t.targetDate.isEmpty()
        || !t.phases.empty())
        return true;
    for (const Element &e : model.elements)
        if (e.handover.stage)
            return true;
    for (const Team &team : model.teams)
        if (!team.exit.access.empty() || !team.exit.credentials.empty())
            return true;
    return false;
}

TransitionSummary summarizeTransition(const Model &model, QDate asOf)
{
    const Transition &t = model.transition;
    const ModelIndex index(model);
    TransitionSummary s;
    s.asOf = asOf;
    s.name = t.name.simplified();
    s.outgoing = t.outgoing;
    s.incoming = t.incoming;
    s.targetDate = t.targetDate;
    for (const TransitionPhase &p : t.phases)
        s.phases.push_back(summarizePhase(p, asOf));

    for (const Element &e : model.elements)
        if (inTransition(e, t.outgoing))
            s.elements.push_back(summarizeElement(model, e));

    // Stage counts per team, teams in model order, then teams the model
    // does not define (unknown ids, or no team) in the order met.
    for (const Team &team : model.teams)
        s.teams.push_back({team.id, teamName(index, team.id), {}});
    for (const ElementSummary &e : s.elements) {
        auto it = std::find_if(s.teams.begin(), s.teams.end(), [&](const TeamStages &ts) { return ts.team == e.team; });
        if (it == s.teams.end()) {
            s.teams.push_back({e.team, teamName(index, e.team), {}});
            it = std::prev(s.teams.end());
        }
        const int slot = e.stage.value_or(0);
        ++it->counts.byStage[std::size_t(slot)];
        ++s.overall.byStage[std::size_t(slot)];
    }
    std::erase_if(s.teams, [](const TeamStages &ts) { return ts.counts.total() == 0; });

    for (const Team &team : model.teams) {
        const bool outgoing = team.id == t.outgoing;
        if (!outgoing && team.exit.access.empty() && team.exit.credentials.empty())
            continue;
        TeamExitSummary checklist{team.id, teamName(index, team.id), outgoing, {}, {}};
        for (const ExitItem &i : team.exit.access)
            checklist.access.push_back(explicitItem(i));
        for (const ExitItem &i : team.exit.credentials)
            checklist.credentials.push_back(explicitItem(i));
        addDerivedCredentials(index, team.id, checklist);
        if (outgoing)
            s.exits.insert(s.exits.begin(), std::move(checklist));
        else
            s.exits.push_back(std::move(checklist));
    }
    return s;
}

}  // namespace lintel::transition
