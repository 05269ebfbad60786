#pragma once
// A small, self-contained YAML value: used to carry `x-` extension keys through
// load and save untouched, without Lintel having to understand them.
#include <QString>
#include <utility>
#include <vector>

namespace lintel {

struct YamlValue {
    enum class Type { Null, Scalar, Sequence, Mapping };
    Type type = Type::Null;
    QString scalar;
    bool quoted = false;  // the scalar was quoted in the source: keep it a string
    std::vector<YamlValue> items;                          // Sequence
    std::vector<std::pair<QString, YamlValue>> entries;    // Mapping, in source order

    friend bool operator==(const YamlValue &, const YamlValue &) = default;
};

// `x-` keys of one mapping, in the order they were read.
using Extras = std::vector<std::pair<QString, YamlValue>>;

}  // namespace lintel
