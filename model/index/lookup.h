#pragma once
// Finding an object by id: one meaning, two ways of asking (ADR 0021).
//
// These functions search the model directly. They are for one question
// about a model that keeps changing: a command finding its target, a panel
// showing the object just selected. Nothing is cached, so the answer is
// right after any edit. To ask many questions of one state of the model
// (validating, exporting, drawing every flow), build a ModelIndex
// (model/index/modelindex.h): it answers the same questions, with the same
// names and the same answers, in constant time.
//
// When an id occurs twice the first object in model order wins, here and
// in ModelIndex; duplicates are the reader's to report.
#include "model/document/collections.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace lintel {

// Every collection, in the order people look for things in; findRef tries
// them in this order.
const QList<Collection> &allCollections();

// The position of the object with this id in its collection; -1 when none.
// Accepted risks are addressed as "rule@target" (objectId).
template <class T> int indexOfObject(const Model &m, const QString &id)
{
    const auto &items = CollectionTraits<T>::in(m);
    for (std::size_t i = 0; i < items.size(); ++i)
        if (objectId(items[i]) == id)
            return int(i);
    return -1;
}

template <class T> const T *findObject(const Model &m, const QString &id)
{
    const int i = indexOfObject<T>(m, id);
    return i < 0 ? nullptr : &CollectionTraits<T>::in(m)[std::size_t(i)];
}

// For commands, which change what they find. The pointer is good until the
// collection next grows or shrinks.
template <class T> T *findObject(Model &m, const QString &id)
{
    const int i = indexOfObject<T>(std::as_const(m), id);
    return i < 0 ? nullptr : &CollectionTraits<T>::in(m)[std::size_t(i)];
}

// The object with this id in any collection (ids are unique across them);
// empty when there is none.
std::optional<ObjectRef> findRef(const Model &model, const QString &id);
bool exists(const Model &model, const ObjectRef &ref);

}  // namespace lintel
