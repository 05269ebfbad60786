// Sections 6 and 7: where the trust boundaries are, what crosses them and how
// it is protected, and what the rules found.
#include "exporters/handover/handoverdata.h"

#include "model/index/semantics.h"
#include "model/rules/validator.h"
#include "model/index/zonetree.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace lintel::handover {

namespace {

// Zones nest as a Markdown list up to this depth; deeper zones are listed
// at it, each naming the zone it is in. A chain of thousands of nested
// zones would otherwise indent with the square of its depth and take the
// Markdown and PDF renderers minutes.
constexpr int kMaxListedDepth = 8;

// The zones as a nested list, depth first, in model order: top-level zones
// and their trees first, then each parent loop (cut at its first zone, as
// the diagrams cut it; zone-cycle reports it). Linear in the model.
void addZoneRows(const HandoverInput &in, List &rows)
{
    const ZoneTree &tree = in.index.zoneTree();
    const std::vector<Zone> &zones = in.model.zones;
    const auto n = std::size_t(tree.size());
    std::vector<std::vector<int>> children(n);
    std::vector<int> tops, loopStarts;
    for (std::size_t i = 0; i < n; ++i) {
        if (tree.indexOf(zones[i].id) != int(i))
            continue;  // a repeated id: the first zone of it stands for all
        const int parent = tree.parentOf(int(i));
        if (tree.startsLoop(int(i)))
            loopStarts.push_back(int(i));
        else if (parent < 0)
            tops.push_back(int(i));
        else
            children[std::size_t(parent)].push_back(int(i));
    }
    tops.insert(tops.end(), loopStarts.begin(), loopStarts.end());
    std::vector<int> elementCount(n, 0);
    for (const Element &e : in.model.elements)
        if (const int z = tree.indexOf(e.zone); z >= 0)
            ++elementCount[std::size_t(z)];

    // Depth first without recursion: a deep chain must not exhaust the stack.
    std::vector<std::pair<int, int>> stack;  // zone, depth
    for (auto it = tops.rbegin(); it != tops.rend(); ++it)
        stack.emplace_back(*it, 0);
    while (!stack.empty()) {
        const auto [at, depth] = stack.back();
        stack.pop_back();
        const Zone &z = zones[std::size_t(at)];
        QString trust;
        if (z.trust)
            trust = enumName(*z.trust);
        else if (auto inherited = tree.trust(at))
            trust = enumName(*inherited) + QStringLiteral(" (inherited)");
        else
            trust = QStringLiteral("not recorded");
        QString name = nameAndId(z.name, z.id);
        if (depth > kMaxListedDepth) {
            const Zone &parent = zones[std::size_t(tree.parentOf(at))];
            name += QStringLiteral(" (in ") + nameAndId(parent.name, parent.id) + u')';
        }
        const int elements = elementCount[std::size_t(at)];
        Data row;
        row.set("indent", std::string(std::size_t(std::min(depth, kMaxListedDepth)) * 2, ' '));
        row.set("zone", markdown(name));
        row.set("trust", markdown(trust));
        row.set("elements", number(elements));
        row.set("element_count", markdown(counted(elements, QStringLiteral("element"), QStringLiteral("elements"))));
        rows.push_back(row);
        const std::vector<int> &inner = children[std::size_t(at)];
        for (auto it = inner.rbegin(); it != inner.rend(); ++it)
            stack.emplace_back(*it, depth + 1);
    }
}

QString protection(const Flow &f)
{
    QStringList parts;
    parts << (isEncrypted(f) ? QStringLiteral("encrypted") : QStringLiteral("**not encrypted**"));
    if (hasAuthentication(f))
        parts << QStringLiteral("authenticated (") + md::inlineText(f.authentication.trimmed()) + u')';
    else
        parts << QStringLiteral("**no authentication**");
    return parts.join(QStringLiteral(", "));
}

// The findings counted per rule and severity, rules with errors first, then
// by count. Shown above a long list (kFindingsByRuleFrom) so a reader sees
// which rules matter before wading into rows.
constexpr std::size_t kFindingsByRuleFrom = 30;

void addFindingsByRule(const HandoverInput &in, const std::vector<const Finding *> &active, Data &root)
{
    struct Counts {
        QString rule;
        int bySeverity[3] = {0, 0, 0};  // Severity's order: error, warning, info
        int total = 0;
    };
    std::vector<Counts> counts;
    QHash<QString, std::size_t> slot;
    for (const Finding *f : active) {
        auto it = slot.constFind(f->rule);
        if (it == slot.constEnd()) {
            it = slot.insert(f->rule, counts.size());
            counts.push_back({f->rule});
        }
        Counts &c = counts[*it];
        ++c.bySeverity[std::clamp(int(f->severity), 0, 2)];
        ++c.total;
    }
    std::stable_sort(counts.begin(), counts.end(), [](const Counts &a, const Counts &b) {
        if (a.bySeverity[0] != b.bySeverity[0])
            return a.bySeverity[0] > b.bySeverity[0];
        return a.total > b.total;
    });
    List rows;
    if (active.size() >= kFindingsByRuleFrom) {
        for (const Counts &c : counts) {
            const RuleInfo *rule = in.rule(c.rule);
            Data row;
            row.set("rule", markdown(md::code(c.rule)));
            row.set("rule_title", text(rule ? rule->title : QStringLiteral("not a built-in rule")));
            row.set("errors", number(c.bySeverity[0]));
            row.set("warnings", number(c.bySeverity[1]));
            row.set("infos", number(c.bySeverity[2]));
            row.set("total", number(c.total));
            rows.push_back(row);
        }
    }
    setList(root, "findings_by_rule", rows);
}

// Least protected first: neither encrypted nor authenticated, then one of
// the two, then both; the model's order within each.
int protectionRank(const Flow &f)
{
    return int(isEncrypted(f)) + int(hasAuthentication(f));
}

}  // namespace

void addTrustZones(const HandoverInput &in, Data &root)
{
    List zones;
    addZoneRows(in, zones);
    setLongList(in, root, "zones", std::move(zones));

    std::vector<int> crossingFlows;
    for (int i = 0; i < int(in.model.flows.size()); ++i)
        if (in.index.crossesBoundary(i))
            crossingFlows.push_back(i);
    std::stable_sort(crossingFlows.begin(), crossingFlows.end(), [&](int a, int b) {
        return protectionRank(in.index.flowAt(a)) < protectionRank(in.index.flowAt(b));
    });
    const qsizetype totalCrossings = qsizetype(crossingFlows.size());
    crossingFlows.resize(std::size_t(shownRows(in, totalCrossings)));
    List crossings;
    for (int i : crossingFlows) {
        const Flow &f = in.index.flowAt(i);
        const Element &from = in.index.elementAt(in.index.fromOf(i));
        const Element &to = in.index.elementAt(in.index.toOf(i));
        Data row;
        row.set("flow", markdown(md::code(f.id)));
        row.set("from", markdown(elementLabel(in.index, from.id) + QStringLiteral(" in ") + zoneLabelText(in.index, from.zone)));
        row.set("to", markdown(elementLabel(in.index, to.id) + QStringLiteral(" in ") + zoneLabelText(in.index, to.zone)));
        row.set("protocol", markdown(f.protocol.trimmed().isEmpty() ? QStringLiteral("not recorded") : md::inlineText(f.protocol)));
        row.set("protection", markdown(protection(f)));
        crossings.push_back(row);
    }
    setLongList(in, root, "crossings", crossings, totalCrossings);
}

void addFindings(const HandoverInput &in, Data &root)
{
    // Most severe first; the rules' own order (by location) within a severity.
    std::vector<const Finding *> active;
    int suppressed = 0;
    for (const Finding &f : in.findings) {
        if (f.suppressed)
            ++suppressed;
        else
            active.push_back(&f);
    }
    std::stable_sort(active.begin(), active.end(),
                     [](const Finding *a, const Finding *b) { return a->severity < b->severity; });

    // Rows are built only for the findings shown: the PDF of a large model
    // shows a few hundred of tens of thousands.
    List findings;
    const qsizetype shown = shownRows(in, qsizetype(active.size()));
    for (qsizetype i = 0; i < shown; ++i) {
        const Finding &f = *active[std::size_t(i)];
        QStringList targets;
        for (const QString &t : f.targets)
            targets << md::code(t);
        Data row;
        row.set("severity", text(enumName(f.severity)));
        row.set("rule", markdown(md::code(f.rule)));
        const RuleInfo *rule = in.rule(f.rule);
        row.set("rule_title", text(rule ? rule->title : QString()));
        row.set("targets", markdown(joinedNames(in, targets)));
        row.set("message", text(f.message));
        findings.push_back(row);
    }
    setLongList(in, root, "findings", findings, qsizetype(active.size()));
    root.set("suppressed_findings", number(suppressed));
    addFindingsByRule(in, active, root);

    List risks;
    for (const AcceptedRisk &r : in.model.acceptedRisks) {
        const QDate expires = QDate::fromString(r.expires, Qt::ISODate);
        QString state = QStringLiteral("no expiry");
        if (!r.expires.isEmpty())
            state = !expires.isValid() ? QStringLiteral("unreadable date")
                  : expires < in.asOf ? QStringLiteral("**expired**")
                                      : QStringLiteral("valid");
        Data row;
        row.set("rule", markdown(md::code(r.rule)));
        row.set("target", markdown(md::code(r.target)));
        row.set("reason", text(r.reason.trimmed().isEmpty() ? QStringLiteral("not recorded") : r.reason));
        row.set("accepted_by", text(r.acceptedBy.trimmed().isEmpty() ? QStringLiteral("not recorded") : r.acceptedBy));
        row.set("expires", text(r.expires.isEmpty() ? QStringLiteral("never") : r.expires));
        row.set("state", markdown(state));
        risks.push_back(row);
    }
    setList(root, "risks", risks);
}

}  // namespace lintel::handover
