#pragma once
// Random edit scripts for the property tests of the diff and the merge:
// field changes, deletions and additions on any section of a model, each
// valid by construction (tried on a copy first), made from a seed.
#include "model/types.h"
#include "model/yamlvalue.h"

#include <QRandomGenerator>
#include <QString>
#include <vector>

namespace lintel::test {

struct Edit {
    enum class Kind { SetField, Delete, Add };
    Kind kind = Kind::SetField;
    QString section, id;
    QString field;      // SetField: the dotted path
    YamlValue value;    // SetField: the new value (Null: unset); Add: the object as a mapping of paths
    bool isSet = false; // SetField on a list of ids

    // What the edit touches: (section, id, field); "" field = the whole object.
    QString footprint() const { return section + u'\n' + id + u'\n' + (kind == Kind::SetField ? field : QString()); }
    QString objectKey() const { return section + u'\n' + id; }
};

using EditScript = std::vector<Edit>;

// False when the edit no longer fits the model (its object is gone).
bool applyEdit(Model &model, const Edit &edit);
Model applied(Model model, const EditScript &script);

// Up to `count` edits of `base`, none touching an object or field that
// `avoid` touches (by footprint and object), none touching the same thing
// twice.
EditScript randomScript(const Model &base, QRandomGenerator &random, int count, const EditScript &avoid = {});

// For each scalar SetField edit of `script` (not on a list of ids), the
// same field set to yet another value, when one fits.
EditScript overlappingEdits(const Model &base, const EditScript &script, QRandomGenerator &random);

}  // namespace lintel::test
