// dangling-reference: every id the model uses must name something that
// exists. Also reports problems in the `rules` section and accepted risks
// naming unknown rules, since those are references too.
#include "model/document/references.h"
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"
#include "model/rules/rulesettings.h"

namespace lintel {

namespace {

// What a reference wants, for messages: "zone", "data class", or "id" when
// any object would do (or two fields using one id want different things).
QString wantedName(std::optional<Collection> wanted)
{
    return wanted ? collectionName(*wanted) : QStringLiteral("id");
}

// "Flow pay-orders", "Service checkout": the holder at the start of a sentence.
template <class T> QString holderLabel(const T &holder)
{
    if constexpr (std::is_same_v<T, Element>) {
        return messages::Named(holder);
    } else {
        QString kind = collectionName(CollectionTraits<T>::collection);
        kind[0] = kind[0].toUpper();
        return kind + u' ' + holder.id;
    }
}

// Gathers the unknown ids of one object, then reports one finding per
// unknown id naming every field that used it: `from: x` and `to: x` on one
// flow is one problem with one fingerprint, not two.
class ReferenceCollector {
public:
    ReferenceCollector(const ModelIndex &index, FindingSink &sink) : m_index(index), m_sink(sink) {}

    void check(const QString &id, std::optional<Collection> wanted, const char *field)
    {
        if (id.isEmpty() || exists(id, wanted))
            return;
        for (Missing &m : m_missing)
            if (m.id == id) {
                if (m.wanted != wanted)
                    m.wanted = std::nullopt;
                if (!m.fields.contains(QLatin1String(field)))
                    m.fields << QLatin1String(field);
                return;
            }
        m_missing.push_back({id, wanted, {QLatin1String(field)}});
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
        std::optional<Collection> wanted;
        QStringList fields;
    };

    bool exists(const QString &id, std::optional<Collection> wanted) const
    {
        if (!wanted)
            return m_index.hasObject(id);
        switch (*wanted) {
        case Collection::Elements: return m_index.elementIndex(id) >= 0;
        case Collection::Zones: return m_index.zone(id);
        case Collection::Teams: return m_index.team(id);
        case Collection::Data: return m_index.dataClass(id);
        case Collection::Apis: return m_index.api(id);
        case Collection::Decisions: return m_index.decision(id);
        case Collection::Flows:
        case Collection::Questions:
        case Collection::Views:
        case Collection::AcceptedRisks: break;  // nothing refers to these yet
        }
        return m_index.hasObject(id);
    }

    const ModelIndex &m_index;
    FindingSink &m_sink;
    std::vector<Missing> m_missing;
};

// Visits the model's collections (describe(Model)) and checks every
// reference field the description flags, so a new reference field or a new
// collection is checked without a line here. Accepted risks are left to
// checkAcceptedRisks, whose message names the rule as well.
struct CollectionChecker {
    ReferenceCollector &refs;

    template <class M> void operator()(const char *, const M &member, unsigned = NoFlags)
    {
        if constexpr (requires { CollectionTraits<typename M::value_type>::collection; }) {
            using T = typename M::value_type;
            if constexpr (!std::is_same_v<T, AcceptedRisk>) {
                for (const T &object : member) {
                    forEachReference(object, [&](const char *field, const QString &id, const FieldReference &ref) {
                        refs.check(id, ref.collection, field);
                    });
                    refs.flush(object, object.id, holderLabel(object));
                }
            }
        }
    }
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
        CollectionChecker checker{refs};
        describe(checker, m);
        // The transition is one object, not a collection: its two teams.
        forEachReference(m.transition, [&](const char *field, const QString &id, const FieldReference &ref) {
            refs.check(id, ref.collection, field);
        });
        refs.flush(m.transition, QStringLiteral("transition"), QStringLiteral("The transition"));
        checkAcceptedRisks(ctx, sink);
        const QSet<QString> noPackRules;
        const QSet<QString> &packRuleIds = ctx.packRuleIds ? *ctx.packRuleIds : noPackRules;
        for (const RuleSettingsProblem &p : checkRuleSettings(m.rules, packRuleIds))
            sink.reportAt(m.rules.loc, p.targets, p.message);
    }

private:
    // A risk has no id of its own: its finding is named by the target and
    // the rule it accepts, and located at the risk.
    static void checkAcceptedRisks(const RuleContext &ctx, FindingSink &sink)
    {
        for (const AcceptedRisk &r : ctx.model.acceptedRisks) {
            QStringList problems;
            const bool packRule = ctx.packRuleIds && ctx.packRuleIds->contains(r.rule);
            if (!r.rule.isEmpty() && !findRule(r.rule) && !packRule)
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
