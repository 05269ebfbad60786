#pragma once
// The built-in rules. Each rule file defines a `RulePtr makeXRule()`
// factory; catalogue.cpp declares and registers them in the documented
// order, so a new rule touches its file, the catalogue and docs/rules.md.
#include "model/rules/rule.h"

#include <memory>
#include <vector>

namespace lintel {

using RulePtr = std::unique_ptr<const Rule>;

// Every built-in rule, in the documented order (catalogue.cpp).
const std::vector<RulePtr> &builtinRules();

}  // namespace lintel
