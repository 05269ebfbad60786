#include "model/sentence/objectlookup.h"

#include "model/document/fieldaccess.h"
#include "model/document/idfromname.h"
#include "model/yaml/closestmatch.h"

namespace lintel::sentence {

namespace {

// Calls f(ref, name) for every object of the collections.
template <class F> void forEachObject(const Model &model, const std::vector<Collection> &collections, F &&f)
{
    for (Collection c : collections) {
        const QString field = nameField(c);
        withCollectionType(c, [&](auto tag) {
            using T = typename decltype(tag)::type;
            for (const T &object : CollectionTraits<T>::in(model))
                f(ObjectRef{c, objectId(object)}, field.isEmpty() ? QString() : getField(object, field).toString());
        });
    }
}

}  // namespace

Lookup lookUp(const Model &model, const QString &text, const std::vector<Collection> &collections,
              const QString &what)
{
    const QString key = text.trimmed();
    Lookup byName;
    Lookup result;
    forEachObject(model, collections, [&](const ObjectRef &ref, const QString &name) {
        if (result.found())
            return;
        if (ref.id == key)
            result.ref = ref;
        else if (!byName.found() && !name.isEmpty() && name.compare(key, Qt::CaseInsensitive) == 0)
            byName.ref = ref;
    });
    if (result.found())
        return result;
    if (byName.found())
        return byName;
    const QString suggestion = yaml::closestMatch(key, idsAndNames(model, collections));
    result.error = suggestion.isEmpty()
                       ? QStringLiteral("no %1 called '%2'").arg(what, key)
                       : QStringLiteral("no %1 called '%2' — did you mean %3?").arg(what, key, suggestion);
    return result;
}

QStringList idsAndNames(const Model &model, const std::vector<Collection> &collections)
{
    QStringList words;
    forEachObject(model, collections, [&](const ObjectRef &ref, const QString &name) {
        words << ref.id;
        if (!name.isEmpty() && name != ref.id)
            words << name;
    });
    return words;
}

}  // namespace lintel::sentence
