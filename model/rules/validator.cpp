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
#include "model/index/modelindex.h"
#include "model/rules/rulesettings.h"

#include <QHash>
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
        f.explanation = std::move(raw.explanation);
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

// Orders findings by line, rule, fingerprint and message. Comparing those
// strings while sorting tens of thousands of findings cost as much as all
// the rules together, so the sort works on small keys instead: each rule id
// becomes its rank among the ids present, and each fingerprint (16 lowercase
// hex digits) its number, which orders the same way as the text.
void sortFindings(Findings &findings)
{
    struct Key {
        int line;
        int ruleRank;
        quint64 fingerprint;
        std::size_t index;
    };
    QStringList ruleIds;
    for (const Finding &f : findings)
        if (ruleIds.isEmpty() || ruleIds.constLast() != f.rule)
            ruleIds << f.rule;
    ruleIds.sort();
    ruleIds.removeDuplicates();
    QHash<QString, int> rank;
    for (int i = 0; i < ruleIds.size(); ++i)
        rank.insert(ruleIds[i], i);

    std::vector<Key> keys;
    keys.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        keys.push_back({f.line, rank.value(f.rule), f.fingerprint.toULongLong(nullptr, 16), i});
    }
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (std::tie(a.line, a.ruleRank, a.fingerprint) != std::tie(b.line, b.ruleRank, b.fingerprint))
            return std::tie(a.line, a.ruleRank, a.fingerprint) < std::tie(b.line, b.ruleRank, b.fingerprint);
        // The fingerprint text and the message only break ties a
        // well-behaved rule never produces (equal targets), so the order
        // stays total.
        const Finding &fa = findings[a.index];
        const Finding &fb = findings[b.index];
        return std::tie(fa.fingerprint, fa.message) < std::tie(fb.fingerprint, fb.message);
    });
    Findings sorted;
    sorted.reserve(findings.size());
    for (const Key &k : keys)
        sorted.push_back(std::move(findings[k.index]));
    findings = std::move(sorted);
}

}  // namespace

Findings validate(const Model &model, const ValidationOptions &options)
{
    const ModelIndex index(model);

    std::vector<const Rule *> rules;
    for (const RulePtr &rule : builtinRules())
        rules.push_back(rule.get());
    QSet<QString> packRuleIds;
    for (const auto &rule : options.packRules) {
        rules.push_back(rule.get());
        packRuleIds.insert(rule->id());
    }

    std::vector<PreparedRule> early, late;
    QSet<QString> enabledEarly;
    for (const Rule *rule : rules) {
        PreparedRule prepared{rule, effectiveSettings(rule->info(), model.rules)};
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
    RuleContext context{model, index, options.asOf, {}, {}, &packRuleIds};
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

    sortFindings(findings);
    return findings;
}

}  // namespace lintel
