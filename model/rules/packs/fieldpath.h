#pragma once
// Dotted field paths over the model, as rule packs write them: `name`,
// `security.audit_log`, `to.zone.trust`, `flows-in`. A path is compiled once
// against the subject it starts from - raw fields come from describe.h,
// reference fields (from, to, zone, team, provider, ...) lead on to the
// object they name, and the derived facts the built-in rules use (effective
// trust, sync, encrypted, crosses-boundary, ...) come from ModelIndex and
// semantics.h - and then read on any object of that subject.
#include "model/document/collections.h"
#include "model/rules/packs/fieldvalue.h"
#include "model/rules/packs/subject.h"

#include <QString>
#include <optional>
#include <vector>

namespace lintel {
class ModelIndex;
}

namespace lintel::packs {

class FieldPath {
public:
    // Compiles `path` for objects of `subject`; on failure returns nothing
    // and says why in `error` (naming the fields that do exist).
    static std::optional<FieldPath> compile(Subject subject, const QString &path, QString *error);

    const QString &text() const { return m_text; }
    const FieldType &type() const { return m_type; }
    // The value on `object`; absent when a reference on the way names nothing.
    FieldValue read(const ModelIndex &index, ObjectAt object) const;
    // For a path ending in a reference (`to`, `zone`): the collection it
    // names, and the position there of the object it names on `object`
    // (-1 when it names nothing).
    std::optional<Collection> leadsTo() const { return m_steps.back().leadsTo; }
    int target(const ModelIndex &index, ObjectAt object) const;

    // Reads the value a step stands for on one object.
    using DerivedRead = FieldValue (*)(const ModelIndex &, int);
    using RawRead = FieldValue (*)(const char *member);
    struct Step {
        // A derived fact, or a raw field: where it lies in its object (the
        // offset of the member, found once on a probe object) and how to
        // read that member. Reading straight from the offset, rather than
        // walking the description to it, matters: a pack rule reads a few
        // fields of every object in the model.
        DerivedRead derived = nullptr;
        RawRead raw = nullptr;
        std::size_t offset = 0;
        std::optional<Collection> leadsTo;  // reference: the next step reads there
        // Where the index already knows what a reference names (a flow's
        // ends, an operation's API), which saves hashing the id on every read.
        int (*resolve)(const ModelIndex &, int) = nullptr;
    };

private:
    QString m_text;
    FieldType m_type;
    std::vector<Step> m_steps;
};

// The field names a path may start with on `subject`, for messages.
QStringList fieldNames(Subject subject);
// Each of those compiled, in the same order (built once).
const std::vector<FieldPath> &allFieldPaths(Subject subject);

}  // namespace lintel::packs
