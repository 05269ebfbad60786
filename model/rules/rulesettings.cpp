#include "model/rules/rulesettings.h"

#include "model/rules/messages.h"

#include <QMap>

namespace lintel {

namespace {

const RuleParam *findParam(const RuleInfo &rule, const QString &name)
{
    for (const RuleParam &p : rule.params)
        if (p.name == name)
            return &p;
    return nullptr;
}

QStringList paramNames(const RuleInfo &rule)
{
    QStringList names;
    for (const RuleParam &p : rule.params)
        names << p.name;
    return names;
}

}  // namespace

std::optional<int> parseParamValue(const RuleParam &param, const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < param.minimum || value > param.maximum)
        return std::nullopt;
    return value;
}

std::vector<RuleSettingsProblem> checkRuleSettings(const RuleSettings &settings, const QSet<QString> &packRuleIds)
{
    std::vector<RuleSettingsProblem> problems;

    // One problem per unknown rule id, naming every key that used it, so a
    // typo repeated across `disable`, `severity` and `params` is one finding
    // with one fingerprint.
    QStringList unknownOrder;
    QMap<QString, QStringList> unknownIn;
    auto noteUnknown = [&](const QString &id, const QString &key) {
        if (findRule(id) || packRuleIds.contains(id))
            return;
        if (!unknownIn.contains(id))
            unknownOrder << id;
        if (!unknownIn[id].contains(key))
            unknownIn[id] << key;
    };
    for (const QString &id : settings.disable)
        noteUnknown(id, QStringLiteral("rules.disable"));
    for (const auto &[id, severity] : settings.severity)
        noteUnknown(id, QStringLiteral("rules.severity"));
    for (const auto &[id, params] : settings.params)
        noteUnknown(id, QStringLiteral("rules.params"));
    for (const QString &id : unknownOrder)
        problems.push_back({{id},
                            QStringLiteral("The rules section names unknown rule %1 (in %2)")
                                .arg(id, messages::list(unknownIn.value(id)))});

    for (const auto &[id, params] : settings.params) {
        const RuleInfo *rule = findRule(id);
        if (!rule)
            continue;
        for (const auto &[name, value] : params) {
            const RuleParam *param = findParam(*rule, name);
            if (!param) {
                const QStringList known = paramNames(*rule);
                problems.push_back(
                    {{id, name},
                     QStringLiteral("rules.params.%1 names unknown parameter %2 (%3)")
                         .arg(id, name,
                              known.isEmpty() ? QStringLiteral("the rule takes none")
                                              : QStringLiteral("known: ") + messages::list(known))});
            } else if (!parseParamValue(*param, value)) {
                problems.push_back({{id, name},
                                    QStringLiteral("rules.params.%1.%2 has invalid value '%3': expected a "
                                                   "whole number from %4 to %5; the default %6 is used")
                                        .arg(id, name, value)
                                        .arg(param->minimum)
                                        .arg(param->maximum)
                                        .arg(param->defaultValue)});
            }
        }
    }
    return problems;
}

EffectiveRuleSettings effectiveSettings(const RuleInfo &rule, const RuleSettings &settings)
{
    EffectiveRuleSettings out;
    out.enabled = !settings.disable.contains(rule.id);
    if (const Severity *s = findIn(settings.severity, rule.id))
        out.severity = *s;
    const OrderedMap<QString> *given = findIn(settings.params, rule.id);
    for (const RuleParam &p : rule.params) {
        int value = p.defaultValue;
        if (given)
            if (const QString *text = findIn(*given, p.name))
                value = parseParamValue(p, *text).value_or(p.defaultValue);
        out.params.insert(p.name, value);
    }
    return out;
}

}  // namespace lintel
