#pragma once
// Read-only questions panels ask of the model by id: which collection holds
// an id, what to call an object, which ids exist, the next free number.
#include "model/document/collections.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lintel {

// Collections in the order people look for things in.
const QList<Collection> &allCollections();

// The object with this id in any collection (ids are unique across them;
// accepted risks, addressed as "rule@target", are found too).
std::optional<ObjectRef> findRef(const Model &model, const QString &id);
bool exists(const Model &model, const ObjectRef &ref);

// Ids of the given collections (empty: every collection that has ids),
// sorted for pickers.
QStringList objectIds(const Model &model, const QList<Collection> &collections);

// "Orders Service", falling back to the id; decisions and questions by title
// and text.
QString displayName(const Model &model, const ObjectRef &ref);

// "adr-0007": one more than the highest number used with this prefix.
QString nextNumberedId(const Model &model, const QString &prefix, int digits);

}  // namespace lintel
