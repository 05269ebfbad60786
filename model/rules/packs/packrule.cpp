// A pack rule at work: a finding for every object its `where` picks and its
// `require` rejects, explained by the clauses that decided.
#include "model/rules/packs/rulepack.h"

#include "model/index/modelindex.h"
#include "model/rules/packs/expression.h"
#include "model/rules/packs/textpieces.h"

#include <QVarLengthArray>

#include <memory>

namespace lintel::packs {

namespace {

QString fillMessage(const std::vector<MessagePart> &parts, const ModelIndex &index, ObjectAt object)
{
    QVarLengthArray<QString, 8> values;  // own the shown values while they are joined
    QVarLengthArray<QStringView, 16> pieces;
    for (const MessagePart &part : parts)
        if (part.field)
            values.append(part.field->read(index, object).shown());
    qsizetype next = 0;
    for (const MessagePart &part : parts)
        pieces.append(part.field ? QStringView(values[next++]) : QStringView(part.text));
    return joinPieces(pieces);
}

// One object a rule looks at: where it is, its place in the file, and the
// targets a finding about it names.
struct Candidate {
    const Node *node = nullptr;
    QStringList targets;
};

// Calls `judge` for every object of the rule's subject. An operation's
// finding names its API first (the id unique in the model, which accepted
// risks and the editor can find), then the operation's own id.
template <class Judge> void forEachObject(const PackRuleDefinition &d, const Model &model, Judge &&judge)
{
    if (d.target.operations) {
        for (int a = 0; a < int(model.apis.size()); ++a) {
            const Api &api = model.apis[std::size_t(a)];
            for (int o = 0; o < int(api.operations.size()); ++o) {
                const ApiOperation &op = api.operations[std::size_t(o)];
                judge(ObjectAt{Collection::Apis, a, o}, [&] { return Candidate{&op, {api.id, op.id}}; });
            }
        }
        return;
    }
    withCollectionType(d.target.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        const auto &objects = CollectionTraits<T>::in(model);
        for (int i = 0; i < int(objects.size()); ++i) {
            const T &object = objects[std::size_t(i)];
            if constexpr (std::is_same_v<T, Element>)
                if (!d.kinds.isEmpty() && !d.kinds.contains(object.kind))
                    continue;
            judge(ObjectAt{d.target.collection, i}, [&] { return Candidate{&object, {objectId(object)}}; });
        }
    });
}

}  // namespace

PackRule::PackRule(PackRuleDefinition definition)
    : Rule(definition.info), m_definition(std::move(definition))
{
}

void PackRule::check(const RuleContext &context, FindingSink &sink) const
{
    const PackRuleDefinition &d = m_definition;
    const ModelIndex &index = context.index;
    std::unique_ptr<ExpressionEvaluator> script;  // made when first needed: an engine costs a few ms
    forEachObject(d, context.model, [&](ObjectAt object, auto &&describeCandidate) {
        // `require` first: most objects meet it, and then `where` need not be
        // judged at all (a finding needs both `where` and a failed `require`).
        const bool requireFails = d.require && !evaluate(*d.require, index, object, nullptr);
        if (!requireFails && d.expression.isEmpty())
            return;
        if (d.where && !evaluate(*d.where, index, object, nullptr))
            return;
        const Candidate candidate = describeCandidate();
        QStringList scriptSays;
        QString message;
        if (!requireFails) {
            if (!script)
                script = std::make_unique<ExpressionEvaluator>(d.expression, d.target, d.budgetMs);
            using Kind = ExpressionEvaluator::Outcome::Kind;
            const ExpressionEvaluator::Outcome outcome = script->evaluate(index, object);
            switch (outcome.kind) {
            case Kind::Holds: return;
            case Kind::Fails:
                scriptSays << (outcome.detail.isEmpty() ? QStringLiteral("expression failed: it gave false")
                                                        : QStringLiteral("expression failed: %1").arg(outcome.detail));
                break;
            case Kind::Threw:
            case Kind::TimedOut:
                // Not a crash and not silence: a finding that says the
                // rule itself is broken on this object.
                message = QStringLiteral("The expression of rule %1 could not judge %2: %3")
                              .arg(d.info.id, candidate.targets.join(u'/'), outcome.detail);
                scriptSays << (outcome.kind == Kind::Threw ? QStringLiteral("expression threw: %1")
                                                           : QStringLiteral("expression stopped: %1"))
                                  .arg(outcome.detail);
                break;
            }
        }
        // Only now, for the few objects that fail, spell out why.
        QStringList explanation;
        explanation.reserve(8);
        if (d.where)
            evaluate(*d.where, index, object, &explanation, u"where: ");
        if (requireFails)
            evaluate(*d.require, index, object, &explanation, u"require failed: ");
        explanation << scriptSays;
        if (message.isEmpty())
            message = fillMessage(d.message, index, object);
        sink.reportExplained(*candidate.node, candidate.targets, std::move(message), std::move(explanation));
    });
}

}  // namespace lintel::packs
