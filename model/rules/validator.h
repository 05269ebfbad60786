#pragma once
// The rule engine's entry point.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QDate>
#include <QString>

namespace lintel {

struct ValidationOptions {
    QDate asOf = QDate::currentDate();  // for sunsets and risk expiry
    QString sourceFile;                 // put into findings with a location
};

// Runs every enabled rule, applies the model's `rules` settings (disable,
// severity, params) and its accepted risks. Findings are sorted by location,
// then rule, then fingerprint, so output is deterministic.
Findings validate(const Model &model, const ValidationOptions &options = {});

struct RuleInfo {
    QString id;
    Severity defaultSeverity;
    QString title;
    QString rationale;
    QString remediation;
};

// The catalogue, in the documented order.
const std::vector<RuleInfo> &ruleCatalogue();
const RuleInfo *findRule(const QString &id);

}  // namespace lintel
