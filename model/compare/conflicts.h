#pragma once
// Merge conflicts as the merged file records them: a top-level
// `x-lintel-conflicts` list, so a model with conflicts still loads, the
// `merge-conflict` rule can point at each one, and the editor's Conflicts
// panel can offer base / ours / theirs and resolve them one by one.
//
//     x-lintel-conflicts:
//       - section: flows
//         id: web-to-api
//         field: security.authentication   # "" when the object itself was deleted on one side
//         base: mtls
//         ours: oauth2
//         theirs: api-key
//
// A value that was not set is `null`; a list is a YAML list; for a whole
// object (field "") a side that deleted it is `null` and a side that kept it
// is a mapping of its fields by path.
#include "model/types.h"
#include "model/yamlvalue.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lintel {

inline constexpr char kConflictsKey[] = "x-lintel-conflicts";

struct MergeConflict {
    QString section;  // YAML key of the section: "flows", "system", "x-keys"
    QString id;       // "" in the single-object sections
    QString field;    // path with dots ("security.authentication"); "" = the whole object
    YamlValue base, ours, theirs;

    bool isWholeObject() const { return field.isEmpty(); }
    friend bool operator==(const MergeConflict &, const MergeConflict &) = default;
};

// The conflicts a model records, in file order. Entries that are not
// mappings with at least `section` are skipped and counted in `malformed`.
std::vector<MergeConflict> readConflicts(const Model &model, int *malformed = nullptr);

// Replaces the model's record; with no conflicts the key is removed.
void writeConflicts(Model &model, const std::vector<MergeConflict> &conflicts);

// Sets one field of one object to `value` (Null: unset it), e.g. to take
// "theirs" of a conflict. For a whole-object conflict, Null deletes the
// object and a mapping of paths re-creates or replaces it. False when the
// object or field does not exist or the value does not fit (the model is
// then unchanged). Does not touch the conflict record: the caller removes
// the resolved entry with writeConflicts().
bool setObjectField(Model &model, const QString &section, const QString &id, const QString &field,
                    const YamlValue &value);

// Resolving in the editor, as one step: applies `value` and removes the
// conflict at `index` from the record. False (model unchanged) when the
// value cannot be applied.
bool resolveConflict(Model &model, std::size_t index, const YamlValue &value);

}  // namespace lintel
