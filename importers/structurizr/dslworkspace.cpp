// The one piece of DslWorkspace that both readers fill the same way:
// properties and perspectives as `x-structurizr-*` extras.
#include "importers/structurizr/dslworkspace.h"

#include <algorithm>

namespace lintel::structurizr {

void addStructurizrExtra(Extras &extras, const QString &section, const QString &name, const QString &value)
{
    auto it = std::find_if(extras.begin(), extras.end(), [&](const auto &x) { return x.first == section; });
    if (it == extras.end()) {
        YamlValue map;
        map.type = YamlValue::Type::Mapping;
        extras.emplace_back(section, map);
        it = extras.end() - 1;
    }
    YamlValue scalar;
    scalar.type = YamlValue::Type::Scalar;
    scalar.quoted = true;  // a property's value is text, even when it looks like a number
    scalar.scalar = value;
    it->second.entries.emplace_back(name, scalar);
}

}  // namespace lintel::structurizr
