#pragma once
// The semantic difference between two versions of a model: what `lintel-cli
// diff` prints and what the editor's Compare view shows.
//
// Objects are matched by id in every section, so reordering a section is no
// change. For each changed object every changed field is listed with its old
// and new value, by the field paths of flatfields.h: nested mappings by
// their own keys ("security.authentication"), lists of ids as items added
// and removed (their order is no change either), `x-` keys by name. An
// object whose id changed but whose content did not is one rename, not a
// removal and an addition. A view's position changes are layout: they are
// kept with the view and counted ("7 elements moved") so a report can
// summarise them.
#include "model/compare/flatfields.h"
#include "model/document/collections.h"
#include "model/types.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lintel {

enum class ChangeStatus { Added, Removed, Changed, Renamed };

QString changeStatusName(ChangeStatus status);  // "added", "removed", "changed", "renamed"

struct FieldChange {
    QStringList path;       // {"security", "authentication"}; pathText() joins it with dots
    YamlValue before;       // Null when the field was not set
    YamlValue after;        // Null when it is no longer set
    bool isSet = false;     // a list of ids or tags: see added / removed
    QStringList added;      // for a set: items only in `after`, in their order
    QStringList removed;    // for a set: items only in `before`, in their order
    bool isLayout = false;  // a view's position of one element

    QString pathText() const { return path.join(u'.'); }
    QString beforeText() const { return valueText(before); }
    QString afterText() const { return valueText(after); }
};

struct ObjectChange {
    QString section;                     // the YAML key: "elements", "system", "x-keys"
    std::optional<Collection> collection;// nullopt for the single-object sections
    QString id;                          // the id in NEW (in OLD for a removal); "" for single objects
    QString oldId;                       // for a rename: the id in OLD
    ChangeStatus status = ChangeStatus::Changed;
    // Added: every field of the new object. Changed: the fields that
    // changed, layout ones included. Removed and Renamed: none.
    std::vector<FieldChange> fields;

    // Fields changed other than layout.
    int contentChanges() const;
    // Elements whose position in this view changed or was removed.
    int movedElements() const;
    // Elements that got a position in this view (placed in it).
    int placedElements() const;
};

struct SectionCounts {
    QString section;
    int added = 0, removed = 0, changed = 0, renamed = 0;
    int total() const { return added + removed + changed + renamed; }
};

struct ModelDiff {
    // In section order (describe(Model), then `x-` keys); within a section,
    // changed and added objects in NEW's order, then removed ones in OLD's.
    std::vector<ObjectChange> changes;

    bool isEmpty() const { return changes.empty(); }
    // One row per section, all sections, in order, even when all are zero.
    std::vector<SectionCounts> counts() const;
};

ModelDiff diffModels(const Model &before, const Model &after);

// The changes of one object's fields (both flattened), in `after`'s field
// order, then fields only in `before`. Used by the diff and by the merge
// to describe conflicts.
std::vector<FieldChange> diffFields(const FlatFields &before, const FlatFields &after);

}  // namespace lintel
