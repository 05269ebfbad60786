// dangling-reference: every id the model uses must name something that
// exists. Also reports problems in the `rules` section and accepted risks
// naming unknown rules, since those are references too.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"
#include "model/rules/rulesettings.h"

namespace lintel {

namespace {

enum class Wanted { Element, Zone, Team, DataClass, Api, Decision, Anything };

QString wantedName(Wanted w)
{
    switch (w) {
    case Wanted::Element: return QStringLiteral("element");
    case Wanted::Zone: return QStringLiteral("zone");
    case Wanted::Team: return QStringLiteral("team");
    case Wanted::DataClass: return QStringLiteral("data class");
    case Wanted::Api: return QStringLiteral("API");
    case Wanted::Decision: return QStringLiteral("decision");
    case Wanted::Anything: break;
    }
    return QStringLiteral("id");
}

// Gathers the unknown ids of one object, then reports one finding per
// unknown id naming every field that used it: `from: x` and `to: x` on one
// flow is one problem with one fingerprint, not two.
class ReferenceCollector {
public:
    ReferenceCollector(const ModelIndex &index, FindingSink &sink) : m_index(index), m_sink(sink) {}

    void check(const QString &id, Wanted wanted, const char *field)
    {
        if (id.isEmpty() || exists(id, wanted))
            return;
        for (Missing &m : m_missing)
            if (m.id == id) {
                if (m.wanted != wanted)
                    m.wanted = Wanted::Anything;
                if (!m.fields.contains(QLatin1String(field)))
                    m.fields << QLatin1String(field);
                return;
            }
        m_missing.push_back({id, wanted, {QLatin1String(field)}});
    }

    void check(const QStringList &ids, Wanted wanted, const char *field)
    {
        for (const QString &id : ids)
            check(id, wanted, field);
    }

    // Reports what was gathered for `holder` and starts over.
    void flush(const Node &holder, const QString &holderId, const QString &holderLabel)
    {
        for (const Missing &m : m_missing)
            m_sink.report(holder, {holderId, m.id},
                          QStringLiteral("%1 refers to unknown %2 %3 (%4)")
                              .arg(holderLabel, wantedName(m.wanted), m.id, messages::list(m.fields)));
        m_missing.clear();
    }

private:
    struct Missing {
        QString id;
        Wanted wanted;
        QStringList fields;
    };

    bool exists(const QString &id, Wanted wanted) const
    {
        switch (wanted) {
        case Wanted::Element: return m_index.elementIndex(id) >= 0;
        case Wanted::Zone: return m_index.zone(id);
        case Wanted::Team: return m_index.team(id);
        case Wanted::DataClass: return m_index.dataClass(id);
        case Wanted::Api: return m_index.api(id);
        case Wanted::Decision: return m_index.decision(id);
        case Wanted::Anything: break;
        }
        return m_index.hasObject(id);
    }

    const ModelIndex &m_index;
    FindingSink &m_sink;
    std::vector<Missing> m_missing;
};

class DanglingReferenceRule final : public Rule {
public:
    DanglingReferenceRule()
        : Rule({QStringLiteral("dangling-reference"), Severity::Error,
                QStringLiteral("Reference to an unknown id"),
                QStringLiteral("An id that points nowhere usually means something was renamed or removed "
                               "on one side only. Every other rule then silently looks at less than the "
                               "model claims: a flow to a misspelt service crosses no boundary and "
                               "reaches no datastore, so a vendor's design can pass review by accident."),
                QStringLiteral("Correct the id to the object you meant, add the missing object, or "
                               "remove the reference. For the rules section, use a rule id and "
                               "parameter from the catalogue.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Model &m = ctx.model;
        ReferenceCollector refs(ctx.index, sink);
        for (const Element &e : m.elements) {
            refs.check(e.zone, Wanted::Zone, "zone");
            refs.check(e.team, Wanted::Team, "team");
            refs.check(e.owner, Wanted::Element, "owner");
            refs.check(e.data, Wanted::DataClass, "data");
            refs.flush(e, e.id, messages::Named(e));
        }
        for (const Flow &f : m.flows) {
            refs.check(f.from, Wanted::Element, "from");
            refs.check(f.to, Wanted::Element, "to");
            refs.check(f.api, Wanted::Api, "api");
            refs.check(f.data, Wanted::DataClass, "data");
            refs.flush(f, f.id, QStringLiteral("Flow ") + f.id);
        }
        for (const Zone &z : m.zones) {
            refs.check(z.parent, Wanted::Zone, "parent");
            refs.flush(z, z.id, QStringLiteral("Zone ") + z.id);
        }
        for (const Api &a : m.apis) {
            refs.check(a.provider, Wanted::Element, "provider");
            refs.flush(a, a.id, QStringLiteral("API ") + a.id);
        }
        for (const Decision &d : m.decisions) {
            refs.check(d.affects, Wanted::Anything, "affects");
            refs.check(d.supersedes, Wanted::Decision, "supersedes");
            refs.check(d.supersededBy, Wanted::Decision, "superseded_by");
            refs.flush(d, d.id, QStringLiteral("Decision ") + d.id);
        }
        for (const Question &q : m.questions) {
            refs.check(q.about, Wanted::Anything, "about");
            refs.flush(q, q.id, QStringLiteral("Question ") + q.id);
        }
        for (const View &v : m.views) {
            refs.check(v.elements, Wanted::Element, "elements");
            for (const auto &[id, position] : v.positions)
                refs.check(id, Wanted::Element, "positions");
            refs.flush(v, v.id, QStringLiteral("View ") + v.id);
        }
        checkAcceptedRisks(ctx, sink);
        for (const RuleSettingsProblem &p : checkRuleSettings(m.rules))
            sink.reportAt(m.rules.loc, p.targets, p.message);
    }

private:
    // A risk has no id of its own: its finding is named by the target and
    // the rule it accepts, and located at the risk.
    static void checkAcceptedRisks(const RuleContext &ctx, FindingSink &sink)
    {
        for (const AcceptedRisk &r : ctx.model.acceptedRisks) {
            QStringList problems;
            if (!r.rule.isEmpty() && !findRule(r.rule))
                problems << QStringLiteral("unknown rule %1").arg(r.rule);
            if (!r.target.isEmpty() && !ctx.index.hasObject(r.target))
                problems << QStringLiteral("unknown target %1").arg(r.target);
            if (problems.isEmpty())
                continue;
            sink.reportAt(r.loc, {r.target, r.rule},
                          QStringLiteral("Accepted risk of %1 on %2 refers to %3")
                              .arg(r.rule, r.target, problems.join(QStringLiteral(" and "))));
        }
    }
};

}  // namespace

RulePtr makeDanglingReferenceRule()
{
    return std::make_unique<DanglingReferenceRule>();
}

}  // namespace lintel
