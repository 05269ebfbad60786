#pragma once
// Lintel ids for the objects of one imported fragment: the source's own id
// when it already reads like a Lintel id (so an exported model comes back
// with the same ids), else one derived from the name; unique across the
// fragment ("web-dmz", "web-dmz-2"). Clashes with the model's own ids are
// the merge's business (importers/merge/).
#include <QSet>
#include <QString>

namespace lintel {

class FragmentIds {
public:
    // `sourceId` is kept when it is kebab-case and not a UUID; otherwise the
    // id comes from `name` (or `fallback` when the name gives none).
    QString take(const QString &sourceId, const QString &name, const QString &fallback);

private:
    QSet<QString> m_taken;
};

}  // namespace lintel
