#pragma once
// The model's top-level sections, seen uniformly by the diff and the merge:
// each is a list of objects identified by id (`elements`, `flows`, ...) or a
// single object (`system`, `rules`, and the document's own top-level `x-`
// keys). Built from describe(Model), so a new collection is covered without
// an edit here.
#include "model/compare/flatfields.h"
#include "model/document/collections.h"
#include "model/types.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace lintel {

// The top-level `x-` keys of the document, as a section of its own.
inline constexpr char kDocumentExtrasSection[] = "x-keys";

class SectionAccess {
public:
    virtual ~SectionAccess() = default;

    // The YAML key of the section ("elements"), or kDocumentExtrasSection.
    virtual QString key() const = 0;
    // The collection, for sections of objects with ids; nullopt for the
    // single-object sections.
    virtual std::optional<Collection> collection() const = 0;
    bool isSingleton() const { return !collection(); }

    // Single-object sections always have one object, whose id is "".
    virtual int count(const Model &model) const = 0;
    virtual QString idAt(const Model &model, int index) const = 0;
    virtual SourceLoc locAt(const Model &model, int index) const = 0;
    // Equal content (a quick test before flattening).
    virtual bool sameObject(const Model &a, int ia, const Model &b, int ib) const = 0;
    virtual FlatFields flatten(const Model &model, int index) const = 0;
    // Whether the type has an id field that renames can change.
    virtual bool hasIdField() const = 0;

    // Building a section: clear it, then append objects in order.
    virtual void clear(Model &model) const = 0;
    virtual void appendCopy(Model &to, const Model &from, int index) const = 0;
    // False when a value does not fit its field (an unknown enum spelling).
    virtual bool appendFlat(Model &to, const FlatFields &fields) const = 0;
    // Replaces object `index` from flat fields; false leaves it unchanged.
    virtual bool replaceFlat(Model &model, int index, const FlatFields &fields) const = 0;
    virtual void removeAt(Model &model, int index) const = 0;
};

// In describe(Model) order, then the document's `x-` keys.
const std::vector<std::unique_ptr<SectionAccess>> &modelSections();
const SectionAccess *findSection(const QString &key);

// The position of object `id` in the section, or -1.
int indexOfId(const SectionAccess &section, const Model &model, const QString &id);

}  // namespace lintel
