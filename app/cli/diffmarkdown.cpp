// The Markdown form of `lintel-cli diff`: a pull-request comment. A verdict
// first (what a reviewer must know), then counts, the findings the change
// introduces, and the changes object by object. Written to pass
// markdownlint's default rules.
#include "app/cli/diffreport.h"

#include "model/document/collections.h"

namespace lintel::cli {

namespace {

// Prose from the model (messages, values) must not turn into Markdown.
QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : oneLineValue(text, 300)) {
        if (QStringLiteral("\\`*_[]<>|#{}!~").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

// An id or a value in a code span, whatever backticks it holds.
QString code(const QString &text)
{
    const QString line = oneLineValue(text);
    if (line.isEmpty())
        return QStringLiteral("(empty)");
    if (!line.contains(u'`'))
        return u'`' + line + u'`';
    QString fence = QStringLiteral("``");
    while (line.contains(fence))
        fence += u'`';
    return fence + u' ' + line + u' ' + fence;
}

// In a table cell a pipe ends the cell even inside a code span.
QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|"));
}

QString verdict(const DiffReport &report)
{
    const RiskDelta &r = report.risk;
    const int errors = r.introducedAtLeast(Severity::Error);
    QString risk;
    if (!r.introduced.empty())
        risk = QStringLiteral("**introduces %1 %2%3**").arg(r.introduced.size())
                   .arg(r.introduced.size() == 1 ? "finding" : "findings",
                        errors ? QStringLiteral(" (%1 %2)").arg(errors).arg(errors == 1 ? "error" : "errors")
                               : QString());
    else
        risk = QStringLiteral("introduces no finding");
    if (report.diff.isEmpty())
        return QStringLiteral("No change to the model; %1.").arg(risk);
    return QStringLiteral("This change %1 and resolves %2; objects: %3.")
        .arg(risk)
        .arg(r.resolved.size())
        .arg(changeSummary(report.diff));
}

void countsTable(QString &out, const ModelDiff &diff)
{
    out += QStringLiteral("| Section | Added | Removed | Changed | Renamed |\n"
                          "| --- | ---: | ---: | ---: | ---: |\n");
    for (const SectionCounts &row : diff.counts())
        if (row.total() > 0)
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                       .arg(code(row.section))
                       .arg(row.added)
                       .arg(row.removed)
                       .arg(row.changed)
                       .arg(row.renamed);
}

void findingsTable(QString &out, const Findings &findings)
{
    out += QStringLiteral("| Severity | Rule | Target | Message |\n| --- | --- | --- | --- |\n");
    for (const Finding &f : findings)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(enumName(f.severity), cell(code(f.rule)), cell(code(f.targets.value(0))), cell(escaped(f.message)));
}

QString fieldItem(const FieldChange &f)
{
    if (f.isSet) {
        QStringList parts;
        if (!f.added.isEmpty()) {
            QStringList items;
            for (const QString &i : f.added)
                items << code(i);
            parts << QStringLiteral("added ") + items.join(QStringLiteral(", "));
        }
        if (!f.removed.isEmpty()) {
            QStringList items;
            for (const QString &i : f.removed)
                items << code(i);
            parts << QStringLiteral("removed ") + items.join(QStringLiteral(", "));
        }
        return QStringLiteral("- %1: %2\n").arg(code(f.pathText()), parts.join(QStringLiteral("; ")));
    }
    if (f.before.type == YamlValue::Type::Null)
        return QStringLiteral("- %1: %2\n").arg(code(f.pathText()), code(f.afterText()));
    if (f.after.type == YamlValue::Type::Null)
        return QStringLiteral("- %1: %2 removed\n").arg(code(f.pathText()), code(f.beforeText()));
    return QStringLiteral("- %1: %2 → %3\n").arg(code(f.pathText()), code(f.beforeText()), code(f.afterText()));
}

void changeSection(QString &out, const ObjectChange &c, bool layout)
{
    const QString what = c.collection ? collectionName(*c.collection) + u' ' + code(c.id) : code(c.section);
    out += QStringLiteral("### %1 %2\n\n").arg(what, changeStatusName(c.status));
    if (c.status == ChangeStatus::Renamed) {
        out += QStringLiteral("Was %1; nothing else changed.\n\n").arg(code(c.oldId));
        return;
    }
    if (c.status == ChangeStatus::Removed) {
        out += QStringLiteral("Removed with all its fields.\n\n");
        return;
    }
    QString items;
    for (const FieldChange &f : c.fields)
        if (!f.isLayout)
            items += fieldItem(f);
    const QString layoutLine = c.status == ChangeStatus::Changed ? layoutSummary(c) : QString();
    if (!layoutLine.isEmpty()) {
        items += QStringLiteral("- ") + layoutLine + u'\n';
        if (layout)
            for (const FieldChange &f : c.fields)
                if (f.isLayout)
                    items += QStringLiteral("  - %1: %2 → %3\n").arg(code(f.path.back()), code(f.beforeText()), code(f.afterText()));
    }
    out += items + u'\n';
}

}  // namespace

QString diffMarkdown(const DiffReport &report, bool layout)
{
    QString out = QStringLiteral("# Lintel model review\n\n");
    out += verdict(report) + QStringLiteral("\n\n");
    out += QStringLiteral("Compared %1 with %2: %3 findings unchanged.\n\n")
               .arg(code(report.oldLabel), code(report.newLabel))
               .arg(report.risk.unchanged);
    if (!report.diff.isEmpty()) {
        out += QStringLiteral("## Counts\n\n");
        countsTable(out, report.diff);
        out += u'\n';
    }
    if (!report.risk.introduced.empty()) {
        out += QStringLiteral("## Introduced findings\n\n");
        findingsTable(out, report.risk.introduced);
        out += u'\n';
    }
    if (!report.risk.resolved.empty()) {
        out += QStringLiteral("## Resolved findings\n\n");
        findingsTable(out, report.risk.resolved);
        out += u'\n';
    }
    const RiskDelta &r = report.risk;
    if (!r.risksAdded.empty() || !r.risksRemoved.empty() || !r.risksExpired.empty()) {
        out += QStringLiteral("## Accepted risks\n\n");
        auto list = [&](const char *what, const std::vector<AcceptedRisk> &risks) {
            for (const AcceptedRisk &a : risks)
                out += QStringLiteral("- %1: %2 on %3\n").arg(QLatin1String(what), code(a.rule), code(a.target));
        };
        list("added", r.risksAdded);
        list("removed", r.risksRemoved);
        list("expired", r.risksExpired);
        out += u'\n';
    }
    if (!report.diff.isEmpty()) {
        out += QStringLiteral("## Changes\n\n");
        for (const ObjectChange &c : report.diff.changes)
            changeSection(out, c, layout);
    }
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

}  // namespace lintel::cli
