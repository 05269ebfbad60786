#pragma once
// One object of the model as a flat list of (field path, value): the common
// ground of the semantic diff and the three-way merge.
//
// Made by visiting describe(), so every field present and future is covered:
// nested mappings (`security`, `resilience`) give paths by their own keys
// ("security.authentication"); lists of sub-objects (an API's `operations`,
// a decision's `options`) by the sub-object's key ("operations.get-order.path");
// keyed maps (`responses`, `schemas`, a view's `positions`) by their keys;
// `x-` keys by their name. A field that is not set has no entry, so "absent"
// and "empty" need no value of their own.
#include "model/types.h"
#include "model/yamlvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace lintel {

struct FlatField {
    QStringList path;  // {"security", "authentication"}, {"positions", "api"}, {"x-cost"}
    // A scalar holds the YAML spelling ("true", "3", "https", "120, 40"); a
    // list field is a Sequence of scalars; an `x-` key keeps whatever it held.
    YamlValue value;
    // A list whose order carries no meaning (ids, tags, deciders): compared
    // and merged as a set.
    bool isSet = false;

    QString pathText() const { return path.join(u'.'); }
    // The entry that says a keyed sub-object or inner map exists (an empty
    // Mapping at its key); its fields follow as entries of their own.
    bool isMarker() const { return value.type == YamlValue::Type::Mapping && value.entries.empty() && path.size() > 1; }
};

using FlatFields = std::vector<FlatField>;

// Equal values; for a set, the same items in any order.
bool sameValue(const FlatField &a, const FlatField &b);
bool sameFields(const FlatFields &a, const FlatFields &b);

// One line for people: a scalar as it is, a list as "[a, b]", a mapping as
// "{k: v}", and "(not set)" for a Null value.
QString valueText(const YamlValue &value);

YamlValue scalarValue(const QString &text);

// The field at `path` in `fields`, or nullptr. A linear search: for many
// lookups in one list (a view's thousands of positions) use FlatIndex.
const FlatField *findField(const FlatFields &fields, const QStringList &path);

// The fields of one list by path, for many lookups.
class FlatIndex {
public:
    explicit FlatIndex(const FlatFields &fields);
    const FlatField *find(const QStringList &path) const;

private:
    const FlatFields &m_fields;
    QHash<QString, int> m_byPath;
};

}  // namespace lintel
