#pragma once
// Dotted field paths over the model, as rule packs write them: `name`,
// `security.audit_log`, `to.zone.trust`, `flows-in`. A path is compiled once
// against the collection it starts from - raw fields come from describe.h,
// reference fields (from, to, zone, team, provider, ...) lead on to the
// object they name, and the derived facts the built-in rules use (effective
// trust, sync, encrypted, crosses-boundary, ...) come from ModelIndex and
// semantics.h - and then read on any object of that collection.
#include "model/document/collections.h"
#include "model/rules/packs/fieldvalue.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace lintel {
class ModelIndex;
}

namespace lintel::packs {

// An object of the model by collection and position in it.
struct ObjectAt {
    Collection collection = Collection::Elements;
    int index = -1;
};

class FieldPath {
public:
    // Compiles `path` for objects of `collection`; on failure returns nothing
    // and says why in `error` (naming the fields that do exist).
    static std::optional<FieldPath> compile(Collection collection, const QString &path, QString *error);

    const QString &text() const { return m_text; }
    const FieldType &type() const { return m_type; }
    // The value on `object`; absent when a reference on the way names nothing.
    FieldValue read(const ModelIndex &index, ObjectAt object) const;
    // For a path ending in a reference (`to`, `zone`): the collection it
    // names, and the position there of the object it names on `object`
    // (-1 when it names nothing).
    std::optional<Collection> leadsTo() const { return m_steps.back().leadsTo; }
    int target(const ModelIndex &index, ObjectAt object) const;

    struct Step {
        // A derived fact, or a raw field (its position in describe order, and
        // in a nested object such as `security` the position within it).
        std::function<FieldValue(const ModelIndex &, int)> derived;
        int field = -1;
        int subField = -1;
        std::optional<Collection> leadsTo;  // reference: the next step reads there
        // For a flow's ends: the index already knows where they are, which
        // saves hashing the id on every read.
        int (*resolve)(const ModelIndex &, int) = nullptr;
    };

private:
    QString m_text;
    FieldType m_type;
    Collection m_start = Collection::Elements;
    std::vector<Step> m_steps;
};

// The field names a path may start with on `collection`, for messages.
QStringList fieldNames(Collection collection);
// Each of those compiled, in the same order (built once).
const std::vector<FieldPath> &allFieldPaths(Collection collection);

}  // namespace lintel::packs
