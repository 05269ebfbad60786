// A pack rule at work: a finding for every object its `where` picks and its
// `require` rejects, explained by the clauses that decided.
#include "model/rules/packs/rulepack.h"

#include "model/index/modelindex.h"

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
            if (d.require && evaluate(*d.require, index, object, nullptr))
                continue;
            if (!d.require)
                continue;  // a rule without `require` has nothing to find (the loader insists on one)
            // Only now, for the few objects that fail, spell out why.
            QStringList explanation;
            if (d.where) {
                QStringList held;
                evaluate(*d.where, index, object, &held);
                for (const QString &r : held)
                    explanation << QStringLiteral("where: %1").arg(r);
            }
            QStringList failed;
            evaluate(*d.require, index, object, &failed);
            for (const QString &r : failed)
                explanation << QStringLiteral("require failed: %1").arg(r);
            sink.reportExplained(nodeAt<T>(index, i), {objectId(objects[std::size_t(i)])},
                                 fillMessage(d.message, index, object), std::move(explanation));
        }
    });
}

}  // namespace lintel::packs
