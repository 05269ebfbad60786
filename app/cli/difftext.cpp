// The text form of `lintel-cli diff`: for a terminal, one line per change.
#include "app/cli/diffreport.h"

#include "model/document/collections.h"

namespace lintel::cli {

QString objectLabel(const ObjectChange &change)
{
    if (!change.collection)
        return change.section;
    return collectionName(*change.collection) + u' ' + change.id;
}

QString oneLineValue(const QString &text, int limit)
{
    QString line = text;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" / ")).replace(u'\n', QStringLiteral(" / "));
    if (line.size() > limit)
        line = line.left(limit - 1) + QChar(0x2026);
    return line;
}

QString changeSummary(const ModelDiff &diff)
{
    SectionCounts all;
    for (const SectionCounts &row : diff.counts()) {
        all.added += row.added;
        all.removed += row.removed;
        all.changed += row.changed;
        all.renamed += row.renamed;
    }
    return QStringLiteral("%1 added, %2 removed, %3 changed, %4 renamed")
        .arg(all.added)
        .arg(all.removed)
        .arg(all.changed)
        .arg(all.renamed);
}

QString layoutSummary(const ObjectChange &change)
{
    QStringList parts;
    if (const int moved = change.movedElements())
        parts << QStringLiteral("%1 %2 moved").arg(moved).arg(moved == 1 ? "element" : "elements");
    if (const int placed = change.placedElements())
        parts << QStringLiteral("%1 %2 placed").arg(placed).arg(placed == 1 ? "element" : "elements");
    return parts.join(QStringLiteral(", "));
}

namespace {

QString fieldLine(const FieldChange &f)
{
    if (f.isSet) {
        QStringList parts;
        for (const QString &item : f.added)
            parts << u'+' + item;
        for (const QString &item : f.removed)
            parts << u'-' + item;
        return f.pathText() + QStringLiteral(": ") + parts.join(u' ');
    }
    return f.pathText() + QStringLiteral(": ") + oneLineValue(f.beforeText()) + QStringLiteral(" -> ")
        + oneLineValue(f.afterText());
}

QString findingLine(const Finding &f)
{
    return QStringLiteral("%1 [%2] %3: %4")
        .arg(enumName(f.severity), f.rule, f.targets.value(0), oneLineValue(f.message, 200));
}

void appendChange(QString &out, const ObjectChange &c, bool layout)
{
    switch (c.status) {
    case ChangeStatus::Added:
        out += QStringLiteral("  + %1 (added)\n").arg(objectLabel(c));
        break;
    case ChangeStatus::Removed:
        out += QStringLiteral("  - %1 (removed)\n").arg(objectLabel(c));
        return;
    case ChangeStatus::Renamed:
        out += QStringLiteral("  > %1 %2 renamed to %3\n").arg(collectionName(*c.collection), c.oldId, c.id);
        return;
    case ChangeStatus::Changed:
        out += QStringLiteral("  ~ %1\n").arg(objectLabel(c));
        break;
    }
    for (const FieldChange &f : c.fields)
        if (!f.isLayout)
            out += QStringLiteral("      ") + fieldLine(f) + u'\n';
    const QString layoutLine = c.status == ChangeStatus::Changed ? layoutSummary(c) : QString();
    if (!layoutLine.isEmpty()) {
        out += QStringLiteral("      ") + layoutLine + u'\n';
        if (layout)
            for (const FieldChange &f : c.fields)
                if (f.isLayout)
                    out += QStringLiteral("        %1: %2 -> %3\n")
                               .arg(f.path.back(), f.beforeText(), f.afterText());
    }
}

}  // namespace

QString diffText(const DiffReport &report, bool layout)
{
    QString out = QStringLiteral("%1 -> %2: ").arg(report.oldLabel, report.newLabel);
    out += report.diff.isEmpty() ? QStringLiteral("the same model\n") : changeSummary(report.diff) + u'\n';
    QString section;
    for (const ObjectChange &c : report.diff.changes) {
        if (c.section != section) {
            section = c.section;
            out += section + u'\n';
        }
        appendChange(out, c, layout);
    }
    const RiskDelta &r = report.risk;
    out += QStringLiteral("findings: %1 introduced, %2 resolved, %3 unchanged\n")
               .arg(r.introduced.size())
               .arg(r.resolved.size())
               .arg(r.unchanged);
    for (const Finding &f : r.introduced)
        out += QStringLiteral("  + ") + findingLine(f) + u'\n';
    for (const Finding &f : r.resolved)
        out += QStringLiteral("  - ") + findingLine(f) + u'\n';
    auto risks = [&](const char *what, const std::vector<AcceptedRisk> &list) {
        for (const AcceptedRisk &a : list)
            out += QStringLiteral("accepted risk %1: %2 on %3\n").arg(QLatin1String(what), a.rule, a.target);
    };
    risks("added", r.risksAdded);
    risks("removed", r.risksRemoved);
    risks("expired", r.risksExpired);
    return out;
}

}  // namespace lintel::cli
