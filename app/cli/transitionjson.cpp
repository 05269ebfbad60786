// `lintel-cli transition --format json`: the summary as one small document
// (docs/transition-report.md). A transition has tens of elements, not tens
// of thousands, so it is built whole and dumped, unlike validate's stream.
#include "app/cli/findingreports.h"
#include "app/cli/jsonstream.h"
#include "app/cli/standardoutput.h"
#include "app/cli/transitionreport.h"

namespace lintel::cli {

using namespace transition;

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }

Json strings(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list)
        out.push_back(utf8(s));
    return out;
}

// Absent dates and texts are null, not "", so a reader tells "not recorded"
// from an empty value without knowing our conventions.
Json orNull(const QString &s) { return s.isEmpty() ? Json() : Json(utf8(s)); }

Json phaseJson(const PhaseSummary &p)
{
    return {{"id", utf8(p.id)},
            {"name", orNull(p.name)},
            {"kind", p.kind ? Json(utf8(enumName(*p.kind))) : Json()},
            {"planned_start", orNull(p.plannedStart)},
            {"planned_end", orNull(p.plannedEnd)},
            {"actual_start", orNull(p.actualStart)},
            {"actual_end", orNull(p.actualEnd)},
            {"state", utf8(phaseStateName(p.state))},
            {"today", p.containsAsOf}};
}

Json elementJson(const ElementSummary &e)
{
    const KnowledgeSummary &k = e.knowledge;
    Json items = Json::object();
    for (const DoneItemSummary &d : e.done)
        items[utf8(d.key)] = {{"status", utf8(enumName(d.status))},
                              {"from_operations", d.fromOperations},
                              {"note", orNull(d.note.trimmed())}};
    Json open = Json::array();
    for (const DoneItemSummary &d : e.done)
        if (d.status == ItemStatus::Open)
            open.push_back(utf8(d.key));
    return {{"id", utf8(e.id)},
            {"name", utf8(e.name)},
            {"team", orNull(e.team)},
            {"stage", e.stage ? Json(*e.stage) : Json()},
            {"since", orNull(e.since)},
            {"knowledge",
             {{"walkthrough", k.walkthrough},
              {"walkthrough_date", orNull(k.walkthroughDate)},
              {"walkthrough_by", orNull(k.walkthroughBy)},
              {"documentation", orNull(k.documentation)},
              {"questions_answered", strings(k.questionsAnswered)},
              {"open_questions", strings(k.openQuestions)},
              {"access_transferred", k.accessTransferred},
              {"complete", k.complete()},
              {"items", KnowledgeSummary::kItems}}},
            {"done",
             {{"items", items},
              {"complete", e.doneComplete()},
              {"applicable", e.doneApplicable()},
              {"open", open}}}};
}

Json countsJson(const StageCounts &c)
{
    return {{"1", c.byStage[1]}, {"2", c.byStage[2]}, {"3", c.byStage[3]},
            {"4", c.byStage[4]}, {"none", c.byStage[0]}, {"total", c.total()}};
}

Json exitItemsJson(const std::vector<ExitItemSummary> &items)
{
    Json out = Json::array();
    for (const ExitItemSummary &i : items)
        out.push_back({{"what", utf8(i.what.simplified())},
                       {"element", orNull(i.element)},
                       {"status", utf8(enumName(i.status))},
                       {"note", orNull(i.note.trimmed())},
                       {"derived", i.derived}});
    return out;
}

Json summaryJson(const TransitionSummary &s)
{
    Json phases = Json::array();
    for (const PhaseSummary &p : s.phases)
        phases.push_back(phaseJson(p));
    Json elements = Json::array();
    for (const ElementSummary &e : s.elements)
        elements.push_back(elementJson(e));
    Json teams = Json::array();
    for (const TeamStages &t : s.teams) {
        Json row = {{"team", orNull(t.team)}, {"name", utf8(t.name)}};
        row.update(countsJson(t.counts));
        teams.push_back(row);
    }
    Json exits = Json::array();
    for (const TeamExitSummary &e : s.exits)
        exits.push_back({{"team", utf8(e.team)},
                         {"name", utf8(e.name)},
                         {"outgoing", e.outgoing},
                         {"open", e.open()},
                         {"access", exitItemsJson(e.access)},
                         {"credentials", exitItemsJson(e.credentials)}});
    return {{"name", orNull(s.name)},
            {"outgoing", orNull(s.outgoing)},
            {"incoming", orNull(s.incoming)},
            {"target_date", orNull(s.targetDate)},
            {"phases", phases},
            {"elements", elements},
            {"stages", {{"teams", teams}, {"overall", countsJson(s.overall)}}},
            {"exits", exits}};
}

}  // namespace

bool writeTransitionJson(const TransitionSummary *summary, const Findings &findings, const QString &modelPath,
                         QDate asOf)
{
    Json found = Json::array();
    for (const Finding &f : findings)
        found.push_back({{"rule", utf8(f.rule)},
                         {"severity", utf8(enumName(f.severity))},
                         {"targets", strings(f.targets)},
                         {"message", utf8(f.message)},
                         {"file", utf8(findingFile(f, modelPath))},
                         {"line", f.line},
                         {"column", f.column},
                         {"suppressed", f.suppressed}});
    const Json doc = {{"as_of", utf8(asOf.toString(Qt::ISODate))},
                      {"transition", summary ? summaryJson(*summary) : Json()},
                      {"findings", found}};
    return writeStdout(doc.dump(2) + '\n');
}

}  // namespace lintel::cli
