// A pack rule at work: a finding for every object its `where` picks and its
// `require` rejects, explained by the clauses that decided.
#include "model/rules/packs/rulepack.h"

#include "model/index/modelindex.h"
#include "model/rules/packs/expression.h"

#include <memory>

namespace lintel::packs {

namespace {

QString fillMessage(const std::vector<MessagePart> &parts, const ModelIndex &index, ObjectAt object)
{
    QString out;
    for (const MessagePart &part : parts)
        out += part.field ? part.field->read(index, object).shown() : part.text;
    return out;
}

template <class T> const Node &nodeAt(const ModelIndex &index, int i)
{
    return CollectionTraits<T>::in(index.model())[std::size_t(i)];
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
    withCollectionType(d.target, [&](auto tag) {
        using T = typename decltype(tag)::type;
        const auto &objects = CollectionTraits<T>::in(context.model);
        for (int i = 0; i < int(objects.size()); ++i) {
            if constexpr (std::is_same_v<T, Element>)
                if (!d.kinds.isEmpty() && !d.kinds.contains(objects[std::size_t(i)].kind))
                    continue;
            const ObjectAt object{d.target, i};
            if (d.where && !evaluate(*d.where, index, object, nullptr))
                continue;
            const bool requireFails = d.require && !evaluate(*d.require, index, object, nullptr);
            QStringList scriptSays;
            QString message;
            if (!requireFails) {
                if (d.expression.isEmpty())
                    continue;
                if (!script)
                    script = std::make_unique<ExpressionEvaluator>(d.expression, d.target, d.budgetMs);
                using Kind = ExpressionEvaluator::Outcome::Kind;
                const ExpressionEvaluator::Outcome outcome = script->evaluate(index, object);
                switch (outcome.kind) {
                case Kind::Holds: continue;
                case Kind::Fails:
                    scriptSays << (outcome.detail.isEmpty() ? QStringLiteral("expression failed: it gave false")
                                                            : QStringLiteral("expression failed: %1").arg(outcome.detail));
                    break;
                case Kind::Threw:
                case Kind::TimedOut:
                    // Not a crash and not silence: a finding that says the
                    // rule itself is broken on this object.
                    message = QStringLiteral("The expression of rule %1 could not judge %2: %3")
                                  .arg(d.info.id, objectId(objects[std::size_t(i)]), outcome.detail);
                    scriptSays << (outcome.kind == Kind::Threw ? QStringLiteral("expression threw: %1")
                                                               : QStringLiteral("expression stopped: %1"))
                                      .arg(outcome.detail);
                    break;
                }
            }
            // Only now, for the few objects that fail, spell out why.
            QStringList explanation;
            if (d.where) {
                QStringList held;
                evaluate(*d.where, index, object, &held);
                for (const QString &r : held)
                    explanation << QLatin1String("where: ") + r;
            }
            if (requireFails) {
                QStringList failed;
                evaluate(*d.require, index, object, &failed);
                for (const QString &r : failed)
                    explanation << QLatin1String("require failed: ") + r;
            }
            explanation << scriptSays;
            if (message.isEmpty())
                message = fillMessage(d.message, index, object);
            sink.reportExplained(nodeAt<T>(index, i), {objectId(objects[std::size_t(i)])}, std::move(message),
                                 std::move(explanation));
        }
    });
}

}  // namespace lintel::packs
