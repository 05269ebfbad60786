// The engine: runs the catalogue over one model and turns what the rules
// report into complete, ordered findings.
//
//  1. index the model once (ModelIndex);
//  2. run every enabled model rule with its parameters;
//  3. complete each report: rule id, severity (override > rule's own >
//     default), location, fingerprint;
//  4. apply accepted risks;
//  5. run the rules that judge the outcome (stale-accepted-risk);
//  6. sort by line, rule, fingerprint.
#include "model/rules/validator.h"

#include "model/rules/acceptedrisks.h"
#include "model/rules/builtinrules.h"
#include "model/rules/modelindex.h"
#include "model/rules/rulesettings.h"

#include <QSet>
#include <algorithm>
#include <tuple>

namespace lintel {

namespace {

struct PreparedRule {
    const Rule *rule;
    EffectiveRuleSettings settings;
};

void complete(const Rule &rule, const EffectiveRuleSettings &settings, std::vector<RawFinding> raws,
              const ValidationOptions &options, Findings &out)
{
    for (RawFinding &raw : raws) {
        Finding f;
        f.rule = rule.id();
        f.severity = settings.severity.value_or(raw.severity.value_or(rule.defaultSeverity()));
        f.fingerprint = findingFingerprint(f.rule, raw.targets);
        f.targets = std::move(raw.targets);
        f.message = std::move(raw.message);
        if (raw.loc.isValid()) {
            f.file = options.sourceFile;
            f.line = raw.loc.line;
            f.column = raw.loc.column;
        }
        out.push_back(std::move(f));
    }
}

void run(const PreparedRule &prepared, RuleContext &context, const ValidationOptions &options, Findings &out)
{
    context.params = prepared.settings.params;
    FindingSink sink;
    prepared.rule->check(context, sink);
    complete(*prepared.rule, prepared.settings, sink.take(), options, out);
}

bool before(const Finding &a, const Finding &b)
{
    // The message only breaks ties a well-behaved rule never produces (equal
    // targets), so the order stays total.
    return std::tie(a.line, a.rule, a.fingerprint, a.message) < std::tie(b.line, b.rule, b.fingerprint, b.message);
}

}  // namespace

Findings validate(const Model &model, const ValidationOptions &options)
{
    const ModelIndex index(model);

    std::vector<PreparedRule> early, late;
    QSet<QString> enabledEarly;
    for (const RulePtr &rule : builtinRules()) {
        PreparedRule prepared{rule.get(), effectiveSettings(rule->info(), model.rules)};
        if (!prepared.settings.enabled)
            continue;
        if (rule->phase() == Rule::Phase::Model) {
            enabledEarly.insert(rule->id());
            early.push_back(std::move(prepared));
        } else {
            late.push_back(std::move(prepared));
        }
    }

    Findings findings;
    RuleContext context{model, index, options.asOf, {}, {}};
    for (const PreparedRule &prepared : early)
        run(prepared, context, options, findings);

    AcceptedRiskMatcher risks(model.acceptedRisks, options.asOf);
    for (Finding &f : findings)
        risks.apply(f);

    // Risks of unknown rules are dangling references, and risks of disabled
    // rules cannot match while the rule is off: neither is called stale.
    context.unmatchedRisks = risks.unmatched([&](const QString &rule) { return enabledEarly.contains(rule); });
    const std::size_t lateStart = findings.size();
    for (const PreparedRule &prepared : late)
        run(prepared, context, options, findings);
    for (std::size_t i = lateStart; i < findings.size(); ++i)
        risks.apply(findings[i]);

    std::sort(findings.begin(), findings.end(), before);
    return findings;
}

}  // namespace lintel
