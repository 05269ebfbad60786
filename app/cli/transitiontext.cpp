// `lintel-cli transition --format text`: what a status meeting reads off a
// screen. Plain ASCII, so it survives any terminal, mail or CI log.
#include "app/cli/findingreports.h"
#include "app/cli/standardoutput.h"
#include "app/cli/transitionreport.h"

namespace lintel::cli {

using namespace transition;

namespace {

constexpr int kBarWidth = 20;

QString pad(const QString &s, int width) { return s.leftJustified(width); }

QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; }

QString phaseStateLabel(PhaseState state) { return phaseStateName(state).replace(u'-', u' '); }

QString stageBarText(const StageCounts &counts)
{
    return u'[' + stageBar(counts, kBarWidth).leftJustified(kBarWidth) + u']';
}

QString stageCounts(const StageCounts &c)
{
    return QStringLiteral("stage 1: %1, 2: %2, 3: %3, 4: %4, none: %5")
        .arg(c.byStage[1])
        .arg(c.byStage[2])
        .arg(c.byStage[3])
        .arg(c.byStage[4])
        .arg(c.byStage[0]);
}

QString checkbox(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Done: return QStringLiteral("[x]");
    case ItemStatus::NotApplicable: return QStringLiteral("[-]");
    case ItemStatus::Open: break;
    }
    return QStringLiteral("[ ]");
}

void addPhases(const TransitionSummary &s, QStringList &out)
{
    out << QStringLiteral("Phases (> marks %1)").arg(s.asOf.toString(Qt::ISODate));
    if (s.phases.empty())
        out << QStringLiteral("  none planned");
    for (const PhaseSummary &p : s.phases) {
        QString actual;
        if (!p.actualStart.isEmpty() || !p.actualEnd.isEmpty())
            actual = QStringLiteral("  actual %1 .. %2").arg(orDash(p.actualStart), orDash(p.actualEnd));
        out << QStringLiteral("%1 %2 %3 .. %4  %5%6")
                   .arg(p.containsAsOf ? QStringLiteral(">") : QStringLiteral(" "), pad(phaseStateLabel(p.state), 12),
                        pad(orDash(p.plannedStart), 10), pad(orDash(p.plannedEnd), 10),
                        p.name.isEmpty() ? p.id : p.name.simplified(), actual);
    }
}

void addStages(const TransitionSummary &s, QStringList &out)
{
    out << QString() << QStringLiteral("Stages (1 outgoing leads, 2 shared, 3 incoming leads, 4 incoming owns)");
    int width = 7;
    for (const TeamStages &t : s.teams)
        width = std::max(width, int(t.name.size()));
    for (const TeamStages &t : s.teams)
        out << QStringLiteral("  %1 %2 %3").arg(pad(t.name, width), stageBarText(t.counts), stageCounts(t.counts));
    out << QStringLiteral("  %1 %2 %3").arg(pad(QStringLiteral("overall"), width), stageBarText(s.overall),
                                            stageCounts(s.overall));
}

void addElements(const TransitionSummary &s, QStringList &out)
{
    out << QString() << QStringLiteral("Elements");
    if (s.elements.empty()) {
        out << QStringLiteral("  none");
        return;
    }
    int width = 7;
    for (const ElementSummary &e : s.elements)
        width = std::max(width, int(e.id.size()));
    out << QStringLiteral("  %1 STAGE  SINCE       KT    DONE  TEAM").arg(pad(QStringLiteral("ELEMENT"), width));
    int kt = 0, ktItems = 0, done = 0, doneItems = 0;
    QStringList open;
    for (const ElementSummary &e : s.elements) {
        out << QStringLiteral("  %1 %2  %3  %4  %5  %6")
                   .arg(pad(e.id, width), pad(e.stage ? QString::number(*e.stage) : QStringLiteral("-"), 5),
                        pad(orDash(e.since), 10),
                        pad(QStringLiteral("%1/%2").arg(e.knowledge.complete()).arg(KnowledgeSummary::kItems), 4),
                        pad(QStringLiteral("%1/%2").arg(e.doneComplete()).arg(e.doneApplicable()), 4),
                        orDash(e.team));
        kt += e.knowledge.complete();
        ktItems += KnowledgeSummary::kItems;
        done += e.doneComplete();
        doneItems += e.doneApplicable();
        QStringList parts;
        if (!e.knowledge.missing().isEmpty())
            parts << QStringLiteral("knowledge transfer: ") + e.knowledge.missing().join(QStringLiteral(", "));
        if (!e.openDoneItems().isEmpty())
            parts << QStringLiteral("definition of done: ") + e.openDoneItems().join(QStringLiteral(", "));
        if (!parts.isEmpty())
            open << QStringLiteral("  %1: %2").arg(e.id, parts.join(QStringLiteral("; ")));
    }
    out << QString()
        << QStringLiteral("Knowledge transfer: %1 of %2 items; definition of done: %3 of %4 items")
               .arg(kt)
               .arg(ktItems)
               .arg(done)
               .arg(doneItems);
    if (!open.isEmpty())
        out << QStringLiteral("Open items") << open;
}

void addExitList(const char *heading, const std::vector<ExitItemSummary> &items, QStringList &out)
{
    out << QStringLiteral("  ") + QLatin1String(heading);
    if (items.empty())
        out << QStringLiteral("    none listed");
    for (const ExitItemSummary &i : items) {
        QString line = QStringLiteral("    %1 %2").arg(checkbox(i.status), i.what.simplified());
        if (!i.element.isEmpty())
            line += QStringLiteral(" (%1)").arg(i.element);
        if (i.derived)
            line += QStringLiteral(" [derived]");
        if (!i.note.trimmed().isEmpty())
            line += QStringLiteral(": ") + i.note.simplified();
        out << line;
    }
}

void addExits(const TransitionSummary &s, QStringList &out)
{
    for (const TeamExitSummary &e : s.exits) {
        out << QString()
            << QStringLiteral("Exit checklist: %1%2, %3 open")
                   .arg(e.name, e.outgoing ? QStringLiteral(" (outgoing)") : QString())
                   .arg(e.open());
        addExitList("access to revoke", e.access, out);
        addExitList("credentials to rotate", e.credentials, out);
    }
}

}  // namespace

bool writeTransitionText(const TransitionSummary &s, const Findings &findings, const QString &modelPath)
{
    QStringList out;
    const auto team = [](const QString &id) { return id.isEmpty() ? QStringLiteral("?") : id; };
    out << QStringLiteral("Transition: %1 (%2 -> %3), target %4, as of %5")
               .arg(s.name.isEmpty() ? QStringLiteral("unnamed") : s.name, team(s.outgoing), team(s.incoming),
                    s.targetDate.isEmpty() ? QStringLiteral("not set") : s.targetDate,
                    s.asOf.toString(Qt::ISODate))
        << QString();
    addPhases(s, out);
    addStages(s, out);
    addElements(s, out);
    addExits(s, out);
    QStringList lines;
    for (const Finding &f : findings)
        if (!f.suppressed)
            lines << QStringLiteral("  ") + findingLine(f, modelPath);
    out << QString() << QStringLiteral("Findings of the transition rules: %1").arg(lines.size()) << lines;
    return writeStdout((out.join(u'\n') + u'\n').toUtf8());
}

}  // namespace lintel::cli
