#pragma once
// Telling which objects of a model came from the sources of an import, and
// the small rules of updating them (ADR 0030). Used by importmerge.cpp.
#include "importers/sourcetag.h"
#include "model/types.h"

#include <QSet>
#include <QString>
#include <type_traits>

namespace lintel::mergedetail {

// The sources (format + document) a fragment brings: only their objects may
// be updated or pruned.
inline QSet<QString> sourcesOf(const Model &fragment)
{
    QSet<QString> sources;
    auto add = [&](const auto &objects) {
        for (const auto &o : objects)
            if (auto tag = sourceTagOf(o.extras))
                sources.insert(tag->format + u'\n' + tag->document);
    };
    add(fragment.zones);
    add(fragment.data);
    add(fragment.elements);
    add(fragment.flows);
    add(fragment.apis);
    add(fragment.views);
    add(fragment.acceptedRisks);
    return sources;
}

inline bool fromSources(const Extras &extras, const QSet<QString> &sources, QString *key = nullptr)
{
    const auto tag = sourceTagOf(extras);
    if (!tag || !sources.contains(tag->format + u'\n' + tag->document))
        return false;
    if (key)
        *key = tag->key();
    return true;
}

// x-source's `file` says which document the object's content came from. A
// newer document under another name that says the same about an object
// leaves it as it was, file included, so it is not reported as changed.
template <class T> void keepFileWhenUnchanged(T &imported, const T &existing)
{
    const auto oldTag = sourceTagOf(existing.extras);
    auto newTag = sourceTagOf(imported.extras);
    if (!oldTag || !newTag || oldTag->file == newTag->file)
        return;
    T candidate = imported;
    newTag->file = oldTag->file;
    setSourceTag(candidate.extras, *newTag);
    if constexpr (std::is_same_v<T, Api>) {
        candidate.operations.clear();  // compared one by one
        T old = existing;
        old.operations.clear();
        if (candidate == old)
            setSourceTag(imported.extras, *newTag);
    } else if (candidate == existing) {
        imported = std::move(candidate);
    }
}

// Extras after an update: the model's own `x-` keys, with the source's
// (x-source and the like) replacing theirs.
inline Extras mergedExtras(const Extras &existing, const Extras &imported)
{
    Extras out = existing;
    for (const auto &[key, value] : imported) {
        bool replaced = false;
        for (auto &[k, v] : out)
            if (k == key) {
                v = value;
                replaced = true;
            }
        if (!replaced)
            out.emplace_back(key, value);
    }
    return out;
}

}  // namespace lintel::mergedetail
