#include "views/panels/modellookup.h"

#include "model/document/fieldaccess.h"
#include "model/index/lookup.h"

#include <QRegularExpression>
#include <algorithm>

namespace lintel {

QStringList objectIds(const Model &model, const QList<Collection> &collections)
{
    QStringList ids;
    for (Collection c : collections.isEmpty() ? allCollections() : collections) {
        if (c == Collection::AcceptedRisks)
            continue;  // not something one refers to
        withCollectionType(c, [&](auto tag) {
            using T = typename decltype(tag)::type;
            for (const T &object : CollectionTraits<T>::in(model))
                ids << objectId(object);
        });
    }
    ids.sort();
    return ids;
}

QString displayName(const Model &model, const ObjectRef &ref)
{
    QString name;
    withCollectionType(ref.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *object = findObject<T>(model, ref.id);
        if (!object)
            return;
        for (const char *field : {"name", "title", "text"}) {
            name = getField(*object, QString::fromLatin1(field)).toString();
            if (!name.isEmpty())
                break;
        }
    });
    return name.isEmpty() ? ref.id : name;
}

QString nextNumberedId(const Model &model, const QString &prefix, int digits)
{
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d+)$").arg(QRegularExpression::escape(prefix)));
    int highest = 0;
    for (const QString &id : objectIds(model, {})) {
        const auto match = pattern.match(id);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return QStringLiteral("%1-%2").arg(prefix).arg(highest + 1, digits, 10, QLatin1Char('0'));
}

}  // namespace lintel
