#pragma once
// The model's `rules` section read against the catalogue: which rules are
// off, which severities are overridden, which parameter values apply, and
// what in the section is wrong (unknown rule ids, unknown parameters, bad
// values). Problems are reported by the dangling-reference rule; the engine
// simply ignores what it cannot use, so a typo never disables a check.
#include "model/rules/validator.h"
#include "model/types.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lintel {

struct RuleSettingsProblem {
    QStringList targets;  // the rule id, then the parameter name if any
    QString message;
};

// Every problem in `settings`, in a stable order.
// `packRuleIds`: rules loaded from packs, known as well as the built-in ones.
std::vector<RuleSettingsProblem> checkRuleSettings(const RuleSettings &settings,
                                                   const QSet<QString> &packRuleIds = {});

// `text` as a value of `param`, or empty when it is not a whole number in
// the parameter's range.
std::optional<int> parseParamValue(const RuleParam &param, const QString &text);

// What the engine applies for one rule.
struct EffectiveRuleSettings {
    bool enabled = true;
    std::optional<Severity> severity;   // override, if any
    QHash<QString, int> params;         // every declared parameter
};

EffectiveRuleSettings effectiveSettings(const RuleInfo &rule, const RuleSettings &settings);

}  // namespace lintel
