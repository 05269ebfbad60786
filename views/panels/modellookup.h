#pragma once
// Read-only questions panels ask of the model: what to call an object,
// which ids exist, the next free number. Finding an object by id is the
// model's own business: model/index/lookup.h.
#include "model/document/collections.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lintel {

// Ids of the given collections (empty: every collection that has ids),
// sorted for pickers.
QStringList objectIds(const Model &model, const QList<Collection> &collections);

// "Orders Service", falling back to the id; decisions and questions by title
// and text.
QString displayName(const Model &model, const ObjectRef &ref);

// "adr-0007": one more than the highest number used with this prefix.
QString nextNumberedId(const Model &model, const QString &prefix, int digits);

}  // namespace lintel
