#pragma once
// The rule engine's entry point.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace lintel {

class Rule;

struct ValidationOptions {
    QDate asOf = QDate::currentDate();  // for sunsets and risk expiry
    QString sourceFile;                 // put into findings with a location
    // Rules loaded from rule packs (model/rules/packs/), run after the
    // built-in ones and treated like them: settings, risks, fingerprints.
    std::vector<std::shared_ptr<const Rule>> packRules;
};

// Runs every enabled rule, applies the model's `rules` settings (disable,
// severity, params) and its accepted risks. Findings are sorted by location,
// then rule, then fingerprint, so output is deterministic.
Findings validate(const Model &model, const ValidationOptions &options = {});

// A setting a rule reads from the model's `rules.params.<rule id>`. All
// parameters so far are whole numbers; a value outside [minimum, maximum] is
// reported and the default is used instead.
struct RuleParam {
    QString name;
    int defaultValue = 0;
    int minimum = 0;
    int maximum = 0;
    QString description;
};

struct RuleInfo {
    QString id;
    Severity defaultSeverity;
    QString title;
    QString rationale;
    QString remediation;
    std::vector<RuleParam> params = {};
};

// The catalogue, in the documented order.
const std::vector<RuleInfo> &ruleCatalogue();
const RuleInfo *findRule(const QString &id);

// The stable identity of a finding: the first 16 hex digits of the SHA-1 of
// "rule|target1|target2|...". Exporters (SARIF, baselines) may call it to
// recompute or check fingerprints.
QString findingFingerprint(const QString &rule, const QStringList &targets);

}  // namespace lintel
