#pragma once
// What a change did to the model's risks: the findings it introduced and
// resolved, matched by finding fingerprint (rule + targets, validator.h), and
// what happened to the accepted risks. Only findings that count are compared:
// one an accepted risk covers is neither introduced nor resolved.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <vector>

namespace lintel {

// How a NEW finding relates to OLD, in SARIF's baselineState words.
enum class BaselineState { New, Unchanged, Absent };

QString baselineStateName(BaselineState state);  // "new", "unchanged", "absent"

struct RiskDelta {
    Findings introduced;  // in NEW, not in OLD: errors first, then warnings, then info
    Findings resolved;    // in OLD, not in NEW: the same order
    int unchanged = 0;    // counted in both
    std::vector<AcceptedRisk> risksAdded;    // in NEW's accepted_risks only
    std::vector<AcceptedRisk> risksRemoved;  // in OLD's only
    // In both, still in force in OLD but expired in NEW as of the check day
    // (its `expires` was moved before it, or set).
    std::vector<AcceptedRisk> risksExpired;

    // Introduced findings at least as severe as `threshold`.
    int introducedAtLeast(Severity threshold) const;
};

// `before` / `after` are each side's validate() results with the same
// options (the same as-of day).
RiskDelta riskDelta(const Model &before, const Findings &beforeFindings, const Model &after,
                    const Findings &afterFindings, QDate asOf);

// The fingerprints of the findings that count (not suppressed).
QSet<QString> countedFingerprints(const Findings &findings);

// For each of `findings`: Unchanged when `baseline` has a finding with its
// fingerprint (suppressed or not), else New.
std::vector<BaselineState> baselineStates(const Findings &findings, const Findings &baseline);

}  // namespace lintel
