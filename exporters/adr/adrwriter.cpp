#include "exporters/adr/adrwriter.h"

#include "exporters/adr/markdowntext.h"
#include "model/index/lookup.h"

namespace lintel::adr {

namespace {

QString notRecorded() { return QStringLiteral("Not recorded."); }

QString statusText(const Decision &d)
{
    return d.status ? enumName(*d.status) : QStringLiteral("not set");
}

QString titleOf(const Decision &d)
{
    return d.title.trimmed().isEmpty() ? d.id : d.title;
}

// A link to another record of the same log, or the bare id when the model
// names a decision it does not contain.
QString decisionLink(const Model &model, const QString &id)
{
    const qsizetype i = indexOfObject<Decision>(model, id);
    if (i < 0)
        return md::code(id) + QStringLiteral(" (not in the model)");
    const Decision &d = model.decisions[std::size_t(i)];
    return md::link(QStringLiteral("%1 %2").arg(i + 1, 4, 10, QChar(u'0')).arg(titleOf(d)),
                    fileName(model, i));
}

// Name and kind of whatever an `affects` id points at.
std::pair<QString, QString> describeTarget(const Model &model, const QString &id)
{
    if (const Element *e = findObject<Element>(model, id))
        return {e->name.isEmpty() ? e->id : e->name, enumName(e->kind)};
    if (const Api *a = findObject<Api>(model, id))
        return {a->name.isEmpty() ? a->id : a->name, QStringLiteral("API contract")};
    if (const Flow *f = findObject<Flow>(model, id))
        return {f->description.isEmpty() ? f->id : f->description, QStringLiteral("flow")};
    if (const Zone *z = findObject<Zone>(model, id))
        return {z->name.isEmpty() ? z->id : z->name, QStringLiteral("trust zone")};
    if (const DataClass *d = findObject<DataClass>(model, id))
        return {d->name.isEmpty() ? d->id : d->name, QStringLiteral("data class")};
    return {id, QStringLiteral("not in the model")};
}

QString section(const QString &heading, const QString &body)
{
    return QStringLiteral("## %1\n\n%2\n\n").arg(heading, body.isEmpty() ? notRecorded() : body);
}

QString prosAndCons(const Decision &d)
{
    if (d.options.empty())
        return section(QStringLiteral("Pros and Cons of the Options"),
                       QStringLiteral("No options were recorded."));
    QString out = QStringLiteral("## Pros and Cons of the Options\n\n");
    md::HeadingSet headings;  // two options may share a name (MD024)
    for (const DecisionOption &o : d.options) {
        out += QStringLiteral("### %1\n\n").arg(headings.unique(md::headingText(o.name)));
        // "Good:" rather than MADR's "Good, because": the model's pros and
        // cons are written as phrases that start with a capital ("Nothing to
        // operate"), which read wrongly after "because".
        QStringList bullets;
        for (const QString &p : o.pros)
            bullets << QStringLiteral("- Good: ") + md::inlineText(p);
        for (const QString &c : o.cons)
            bullets << QStringLiteral("- Bad: ") + md::inlineText(c);
        out += (bullets.isEmpty() ? QStringLiteral("No pros or cons recorded.") : bullets.join(u'\n'))
             + QStringLiteral("\n\n");
    }
    return out;
}

QString affectedElements(const Model &model, const Decision &d)
{
    if (d.affects.isEmpty())
        return section(QStringLiteral("Affected Elements"),
                       QStringLiteral("The record names no elements."));
    QString table = QStringLiteral("| Name | Id | Kind |\n| --- | --- | --- |\n");
    for (const QString &id : d.affects) {
        const auto [name, kind] = describeTarget(model, id);
        table += QStringLiteral("| %1 | %2 | %3 |\n")
                     .arg(md::inlineText(name), md::code(id), md::inlineText(kind));
    }
    table.chop(1);
    return section(QStringLiteral("Affected Elements"), table);
}

}  // namespace

QString fileName(const Model &model, qsizetype index)
{
    const Decision &d = model.decisions[std::size_t(index)];
    QString s = md::slug(d.title);
    if (s.isEmpty())
        s = md::slug(d.id);
    if (s.isEmpty())
        s = QStringLiteral("decision");
    return QStringLiteral("%1-%2.md").arg(index + 1, 4, 10, QChar(u'0')).arg(s);
}

QString decisionMarkdown(const Model &model, qsizetype index)
{
    const Decision &d = model.decisions[std::size_t(index)];
    QString out = QStringLiteral("# %1\n\n").arg(md::headingText(titleOf(d)));

    QStringList facts;
    facts << QStringLiteral("- Status: ") + md::inlineText(statusText(d));
    facts << QStringLiteral("- Date: ") + (d.date.isEmpty() ? QStringLiteral("not recorded") : md::inlineText(d.date));
    QStringList deciders;
    for (const QString &who : d.deciders)
        deciders << md::inlineText(who);
    facts << QStringLiteral("- Deciders: ") + (deciders.isEmpty() ? QStringLiteral("not recorded") : deciders.join(QStringLiteral(", ")));
    facts << QStringLiteral("- Record: ") + md::code(d.id);
    if (!d.supersedes.isEmpty())
        facts << QStringLiteral("- Supersedes: ") + decisionLink(model, d.supersedes);
    if (!d.supersededBy.isEmpty())
        facts << QStringLiteral("- Superseded by: ") + decisionLink(model, d.supersededBy);
    // Records that point at this one without it pointing back still matter
    // to a reader: the log may be half-maintained.
    for (qsizetype i = 0; i < qsizetype(model.decisions.size()); ++i) {
        const Decision &other = model.decisions[std::size_t(i)];
        if (i != index && other.supersedes == d.id && d.supersededBy != other.id)
            facts << QStringLiteral("- Superseded by: ") + decisionLink(model, other.id);
    }
    out += facts.join(u'\n') + QStringLiteral("\n\n");

    out += section(QStringLiteral("Context and Problem Statement"), md::paragraphs(d.context));

    QStringList options;
    for (const DecisionOption &o : d.options)
        options << QStringLiteral("- ") + md::inlineText(o.name);
    out += section(QStringLiteral("Considered Options"),
                   options.isEmpty() ? QStringLiteral("No options were recorded.") : options.join(u'\n'));

    const QString noOutcome = d.status == DecisionStatus::Proposed
                                  ? QStringLiteral("Not decided yet: the record is a proposal.")
                                  : notRecorded();
    out += QStringLiteral("## Decision Outcome\n\n%1\n\n")
               .arg(d.outcome.trimmed().isEmpty() ? noOutcome : md::paragraphs(d.outcome));
    out += QStringLiteral("### Consequences\n\n%1\n\n")
               .arg(d.consequences.trimmed().isEmpty() ? notRecorded() : md::paragraphs(d.consequences));

    out += prosAndCons(d);
    out += affectedElements(model, d);
    out += QStringLiteral("[Back to the decision log](README.md)\n");
    return md::tidy(out);
}

QString indexMarkdown(const Model &model)
{
    QString out = QStringLiteral("# Architecture Decision Log\n\n");
    const QString system = model.system.name.trimmed().isEmpty() ? QStringLiteral("this system")
                                                                 : md::inlineText(model.system.name);
    if (model.decisions.empty()) {
        out += QStringLiteral("No decisions are recorded for %1.\n").arg(system);
        return md::tidy(out);
    }
    out += QStringLiteral("Decisions recorded for %1, in the order of the model. "
                          "Each record follows the MADR layout.\n\n").arg(system);
    out += QStringLiteral("| No. | Decision | Status | Date |\n| --- | --- | --- | --- |\n");
    for (qsizetype i = 0; i < qsizetype(model.decisions.size()); ++i) {
        const Decision &d = model.decisions[std::size_t(i)];
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(i + 1, 4, 10, QChar(u'0'))
                   .arg(md::link(titleOf(d), fileName(model, i)), md::inlineText(statusText(d)),
                        d.date.isEmpty() ? QStringLiteral("not recorded") : md::inlineText(d.date));
    }
    return md::tidy(out);
}

}  // namespace lintel::adr
