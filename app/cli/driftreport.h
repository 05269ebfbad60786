#pragma once
// The three forms of `lintel-cli drift`: compiler-style text, JSON, and
// SARIF 2.1.0 with each drift located at the contract's (or operation's)
// line in the model, so code scanning shows it on the model in review.
#include "importers/drift/contractdrift.h"

#include <QString>
#include <vector>

namespace lintel::cli {

// One compared pair: a contract of the model and the document it was
// compared with.
struct DriftPair {
    QString apiId;
    QString specFile;
    std::vector<Drift> drifts;
};

// All three write to stdout; false when stdout failed.
bool writeDriftText(const std::vector<DriftPair> &pairs, const QString &modelPath);
bool writeDriftJson(const std::vector<DriftPair> &pairs, const QString &modelPath);
bool writeDriftSarif(const std::vector<DriftPair> &pairs, const QString &modelPath);

}  // namespace lintel::cli
