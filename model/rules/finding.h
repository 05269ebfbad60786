#pragma once
#include "model/enums.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lintel {

// One result of validation: a rule that fired on one or more targets.
struct Finding {
    QString rule;
    Severity severity = Severity::Warning;
    QStringList targets;  // ids of the objects involved, the first is the main one
    QString message;
    QString file;         // YAML location of the first target, when known
    int line = 0;
    int column = 0;
    QString fingerprint;  // stable across runs: derived from rule + targets only
    bool suppressed = false;      // an accepted risk covers it
    QString suppressionNote;      // who accepted it, why, until when
    // Why a pack rule fired: the `where` clauses that held and the `require`
    // clause that failed, with the values seen (docs/rule-packs.md). Empty
    // for built-in rules, whose message says it all.
    QStringList explanation;

    friend bool operator==(const Finding &, const Finding &) = default;
};

using Findings = std::vector<Finding>;

}  // namespace lintel
