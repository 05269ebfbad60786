#pragma once
// Reads a `where` or `require` condition from a pack, checking every field
// name, operator and value against the type of the field.
#include "model/rules/packs/condition.h"
#include "model/rules/packs/packreader.h"

#include <optional>

namespace lintel::packs {

std::optional<Condition> readCondition(PackReader &reader, yaml::NodeIndex node, Subject target);

}  // namespace lintel::packs
