#pragma once
// Which fields of which objects refer to other objects by id. The fields say
// so themselves in model/describe.h (refersTo, RefersToAny); this file visits
// the description, so renaming, the dangling-reference rule and the
// inspector's hints agree without a list of their own.
#include "model/describe.h"

#include <QString>
#include <QStringList>

namespace lintel {

namespace referencedetail {

template <class M> struct IsOrderedMap : std::false_type {};
template <class X> struct IsOrderedMap<OrderedMap<X>> : std::true_type {};
template <class M> struct IsObjectList : std::false_type {};
template <Described X> struct IsObjectList<std::vector<X>> : std::true_type {};

// Calls `f(id)` for each id a reference field of type M holds: a string, a
// list of strings, or the keys of an ordered map. `f` takes QString& or
// const QString& to match M's constness.
template <class M, class F> void eachId(M &member, F &&f)
{
    using Plain = std::remove_const_t<M>;
    if constexpr (std::is_same_v<Plain, QString>) {
        f(member);
    } else if constexpr (std::is_same_v<Plain, QStringList>) {
        for (auto &id : member)
            f(id);
    } else if constexpr (IsOrderedMap<Plain>::value) {
        for (auto &entry : member)
            f(entry.first);
    } else {
        // A reference flag on a field that cannot hold ids: the test that
        // renames every reference field (tst_document) fails on it.
        static_cast<void>(member);
        static_cast<void>(f);
    }
}

template <class F> struct ReferenceVisitor {
    F &f;
    template <class M> void operator()(const char *name, M &member, unsigned flags = NoFlags)
    {
        if constexpr (Described<M>) {
            describe(*this, member);
        } else if constexpr (IsObjectList<std::remove_const_t<M>>::value) {
            // Sub-objects in a list hold references too (a team's exit
            // items name elements).
            for (auto &item : member)
                describe(*this, item);
        } else {
            const FieldReference ref = fieldReference(flags);
            if (ref.isReference)
                eachId(member, [&](auto &id) { f(name, id, ref); });
        }
    }
};

}  // namespace referencedetail

// Calls `f(fieldName, id, reference)` for every id `object` holds in a
// reference field, in description order. `id` is a QString& when `object` is
// mutable, so a visitor may rewrite it. Fields that only offer ids
// (offersIdsOf) are not references and are skipped.
template <class T, class F>
    requires Described<T>
void forEachReference(T &object, F &&f)
{
    referencedetail::ReferenceVisitor<F> visitor{f};
    describe(visitor, object);
}

// Replaces every reference to `oldId` in `object` by `newId`; true if any did.
template <class T>
    requires Described<T>
bool renameReferences(T &object, const QString &oldId, const QString &newId)
{
    bool changed = false;
    forEachReference(object, [&](const char *, QString &id, const FieldReference &) {
        if (id != oldId)
            return;
        id = newId;
        changed = true;
    });
    return changed;
}

}  // namespace lintel
