#pragma once
// `lintel-cli validate --format sarif`: SARIF 2.1.0, the format code-scanning
// services (GitHub, GitLab, Azure DevOps) read, so findings show up on the
// lines of the YAML model in a pull request.
#include "model/compare/riskdelta.h"
#include "model/rules/finding.h"

#include "model/rules/validator.h"

#include <QString>
#include <vector>

namespace lintel::cli {

// One run with the whole rule catalogue as rules[] and one result per
// finding; suppressed findings carry an external suppression. File paths
// are made relative to the working directory (the repository root in CI).
// Written to stdout one result at a time; false when stdout failed.
//
// With a baseline (`diff --format sarif`, `validate --baseline`), each
// result carries SARIF's baselineState: "new" or "unchanged" as
// `states` says, and the baseline's findings that are gone follow as
// "absent" results located in the baseline's file.
struct SarifBaseline {
    std::vector<BaselineState> states;  // one per finding, in order
    Findings absent;
    QString absentPath;                 // the baseline side, as typed
};
// Rules of rule packs are not Lintel's own: each pack is a tool component of
// its own in tool.extensions (named by its file, with its rules and their
// help), and their results point there through `rule.toolComponent`.
struct SarifExtension {
    QString name;  // the pack file
    std::vector<RuleInfo> rules;
};
bool writeFindingsSarif(const Findings &findings, const QString &modelPath, const SarifBaseline *baseline = nullptr,
                        const std::vector<SarifExtension> &extensions = {});

}  // namespace lintel::cli
