#include "importers/fragmentids.h"

#include "model/document/idfromname.h"

#include <QRegularExpression>

namespace lintel {

namespace {

bool readsLikeLintelId(const QString &id)
{
    static const QRegularExpression kebab(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
    // Generated UUIDs are kebab-case too, but say nothing to a reader.
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return id.size() <= 64 && kebab.match(id).hasMatch() && !uuid.match(id).hasMatch();
}

}  // namespace

QString FragmentIds::take(const QString &sourceId, const QString &name, const QString &fallback)
{
    QString base = readsLikeLintelId(sourceId) ? sourceId : idFromName(name);
    if (base.isEmpty())
        base = idFromName(sourceId);
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; m_taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    m_taken.insert(id);
    return id;
}

}  // namespace lintel
