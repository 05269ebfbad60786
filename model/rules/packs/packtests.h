#pragma once
// Running the `tests:` of rule packs: each test's model is validated with
// the built-in rules and every loaded pack rule, and the findings it expects
// (and expects absent) are looked for by rule and main target (for an API
// operation, API/OPERATION).
#include "model/rules/packs/packloader.h"

#include <QStringList>
#include <vector>

namespace lintel::packs {

struct PackTestResult {
    QString file;
    SourceLoc loc;
    QString name;
    QStringList failures;  // empty: passed
    bool passed() const { return failures.isEmpty(); }
};

struct UntestedRule {
    QString file;
    SourceLoc loc;
    QString rule;
};

struct PackTestReport {
    std::vector<PackTestResult> results;
    std::vector<UntestedRule> untested;  // pack rules no test expects or rules out
    bool passed() const;
};

PackTestReport runPackTests(const LoadedPacks &packs);

}  // namespace lintel::packs
