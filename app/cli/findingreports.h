#pragma once
// The text and JSON forms of `lintel-cli validate` output. SARIF is in
// sarifreport.h. All take the model's path as typed, for findings that have
// no location of their own (e.g. models loaded from .lintel).
#include "model/compare/riskdelta.h"
#include "model/rules/finding.h"

#include <QString>

namespace lintel::cli {

struct FindingCounts {
    int error = 0;  // unsuppressed only, by severity
    int warning = 0;
    int info = 0;
    int suppressed = 0;
};

FindingCounts countFindings(const Findings &findings);

// `FILE:LINE:COLUMN: severity: message [rule]`, or `FILE: severity: ...`
// when the finding has no location.
QString findingLine(const Finding &finding, const QString &modelPath);

// "FILE: 2 errors, 1 warning, 0 info; 1 suppressed by accepted risks"
QString summaryLine(const FindingCounts &counts, const QString &modelPath);

// {"findings": [...], "summary": {...}} on stdout, pretty-printed, ending in
// a newline; written one finding at a time. False when stdout failed. With
// `baselineStates` (validate --baseline), each finding also has
// "baselineState": "new" or "unchanged".
bool writeFindingsJson(const Findings &findings, const QString &modelPath,
                       const std::vector<BaselineState> *baselineStates = nullptr);

// The file a finding is about: its own, else the model's.
QString findingFile(const Finding &finding, const QString &modelPath);

}  // namespace lintel::cli
