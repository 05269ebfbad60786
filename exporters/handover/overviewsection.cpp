// Section 1: what the system is, who works on it, how big it is, and how
// ready each team's part is to be handed over.
#include "exporters/handover/handoverdata.h"
#include "exporters/handover/pdftables.h"
#include "exporters/handover/readiness.h"

#include <algorithm>

namespace lintel::handover {

QString nameAndId(const QString &name, const QString &id)
{
    if (name.trimmed().isEmpty() || name == id)
        return md::code(id);
    return md::inlineText(name) + QStringLiteral(" (") + md::code(id) + u')';
}

QString elementLabel(const ModelIndex &index, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("none");
    const Element *e = index.element(id);
    if (!e)
        return QStringLiteral("unknown ") + md::code(id);
    return md::inlineText(e->name.trimmed().isEmpty() ? e->id : e->name);
}

QString teamLabel(const ModelIndex &index, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("no owner");
    const Team *t = index.team(id);
    if (!t)
        return QStringLiteral("unknown ") + md::code(id);
    return md::inlineText(t->name.trimmed().isEmpty() ? t->id : t->name);
}

QString zoneLabelText(const ModelIndex &index, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("none");
    const Zone *z = index.zone(id);
    if (!z)
        return QStringLiteral("unknown ") + md::code(id);
    return md::inlineText(z->name.trimmed().isEmpty() ? z->id : z->name);
}

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 %2").arg(n).arg(many);
}

QString joined(const QStringList &items, const QString &fallback)
{
    return items.isEmpty() ? fallback : items.join(QStringLiteral(", "));
}

QString joinedNames(const HandoverInput &in, const QStringList &items, const QString &fallback)
{
    const int limit = in.limits.namesPerCell;
    if (limit <= 0 || items.size() <= limit)
        return joined(items, fallback);
    return items.first(limit).join(QStringLiteral(", "))
         + QStringLiteral(" and %1 more").arg(items.size() - limit);
}

QString fieldText(const HandoverInput &in, const QString &text)
{
    const int limit = in.limits.charsPerField;
    if (limit <= 0 || text.size() <= limit)
        return text;
    qsizetype cut = limit;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + pdfCutNote(cut, text.size());
}

qsizetype shownRows(const HandoverInput &in, qsizetype total)
{
    return in.limits.rows > 0 ? std::min<qsizetype>(total, in.limits.rows) : total;
}

void setLongList(const HandoverInput &in, Data &into, const std::string &name, List items, qsizetype total)
{
    if (total < 0)
        total = qsizetype(items.size());
    const qsizetype shown = std::min(shownRows(in, total), qsizetype(items.size()));
    items.resize(std::size_t(shown));
    into.set(name + "_total", number(total));
    into.set(name + "_shown", number(shown));
    into.set(name + "_abridged", shown < total);
    setList(into, name, items);
}

void addOverview(const HandoverInput &in, Data &root)
{
    const Model &m = in.model;
    const System &s = m.system;
    const QString name = s.name.trimmed().isEmpty() ? QStringLiteral("Unnamed system") : s.name;
    root.set("system_name", text(name));
    root.set("system_title", markdown(md::headingText(name)));
    root.set("system_version", text(s.version.trimmed().isEmpty() ? QStringLiteral("not recorded") : s.version));
    root.set("system_description", markdown(md::paragraphs(fieldText(in, s.description))));
    root.set("has_system_description", !s.description.trimmed().isEmpty());
    root.set("generated_on", text(in.asOf.toString(Qt::ISODate)));
    root.set("source_name", markdown(in.sourceName.isEmpty() ? QStringLiteral("an unsaved model") : md::code(in.sourceName)));

    List teams;
    for (const Team &t : m.teams) {
        int owned = 0;
        for (const Element &e : m.elements)
            owned += e.team == t.id;
        Data row;
        row.set("name", markdown(nameAndId(t.name, t.id)));
        row.set("kind", text(t.kind ? enumName(*t.kind) : QStringLiteral("not recorded")));
        row.set("contact", text(t.contact.trimmed().isEmpty() ? QStringLiteral("not recorded") : t.contact));
        row.set("elements", number(owned));
        teams.push_back(row);
    }
    setList(root, "teams", teams);

    int openQuestions = 0;
    for (const Question &q : m.questions)
        openQuestions += q.status != QuestionStatus::Answered;
    int activeFindings = 0;
    for (const Finding &f : in.findings)
        activeFindings += !f.suppressed;
    const std::pair<const char *, qsizetype> counts[] = {
        {"Elements", qsizetype(m.elements.size())},  {"Flows", qsizetype(m.flows.size())},
        {"API contracts", qsizetype(m.apis.size())}, {"Data classes", qsizetype(m.data.size())},
        {"Trust zones", qsizetype(m.zones.size())},  {"Views", qsizetype(m.views.size())},
        {"Decisions", qsizetype(m.decisions.size())}, {"Open questions", openQuestions},
        {"Findings", activeFindings},
    };
    List countList;
    for (const auto &[label, value] : counts) {
        Data row;
        row.set("label", std::string(label));
        row.set("value", number(value));
        countList.push_back(row);
    }
    setList(root, "counts", countList);
}

namespace {

QString ratio(int done, int of)
{
    if (of == 0)
        return QStringLiteral("n/a");
    return QStringLiteral("%1 of %2").arg(done).arg(of);
}

Data readinessRow(const QString &label, const ReadinessCounts &c)
{
    Data row;
    row.set("team", markdown(label));
    row.set("elements", number(c.elements));
    row.set("owned", markdown(ratio(c.owned, c.elements)));
    row.set("runbook", markdown(ratio(c.runbook, c.elements)));
    row.set("logs_metrics", markdown(ratio(c.logsAndMetrics, c.elements)));
    row.set("health_check", markdown(ratio(c.healthCheck, c.elements)));
    row.set("contracts", markdown(ratio(c.contractsDone, c.providers)));
    row.set("verdict", std::string(c.elements == 0 ? "nothing to run" : c.complete() ? "ready" : "gaps"));
    return row;
}

}  // namespace

void addReadiness(const HandoverInput &in, Data &root)
{
    const Readiness r = computeReadiness(in.index);
    List rows;
    for (const ReadinessRow &row : r.teams)
        rows.push_back(readinessRow(row.teamId.isEmpty() ? row.teamName : nameAndId(row.teamName, row.teamId), row.counts));
    setList(root, "readiness_rows", rows);
    root.set("readiness_overall", readinessRow(QStringLiteral("All teams"), r.overall.counts));

    List gaps;
    for (const ReadinessGap &g : r.gaps) {
        Data row;
        row.set("element", markdown(nameAndId(g.element->name, g.element->id)));
        row.set("team", markdown(teamLabel(in.index, g.element->team)));
        QStringList missing = g.missing;
        if (!g.flowsWithoutContract.isEmpty()) {
            QStringList flows;
            for (const QString &f : g.flowsWithoutContract)
                flows << md::code(f);
            missing << QStringLiteral("contract for ") + flows.join(QStringLiteral(", "));
        }
        row.set("missing", markdown(missing.join(QStringLiteral(", "))));
        gaps.push_back(row);
    }
    setLongList(in, root, "readiness_gaps", gaps);
    const int ready = r.overall.counts.elements - int(r.gaps.size());
    root.set("readiness_summary",
             markdown(QStringLiteral("%1 of %2 operated elements have everything this summary checks.")
                          .arg(ready).arg(r.overall.counts.elements)));
}

}  // namespace lintel::handover
