#include "model/index/lookup.h"

namespace lintel {

const QList<Collection> &allCollections()
{
    static const QList<Collection> all = {Collection::Elements,  Collection::Zones,     Collection::Flows,
                                          Collection::Apis,      Collection::Data,      Collection::Teams,
                                          Collection::Decisions, Collection::Questions, Collection::Views,
                                          Collection::AcceptedRisks};
    return all;
}

bool exists(const Model &model, const ObjectRef &ref)
{
    return withCollectionType(ref.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        return indexOfObject<T>(model, ref.id) >= 0;
    });
}

std::optional<ObjectRef> findRef(const Model &model, const QString &id)
{
    for (Collection c : allCollections())
        if (exists(model, ObjectRef{c, id}))
            return ObjectRef{c, id};
    return std::nullopt;
}

}  // namespace lintel
