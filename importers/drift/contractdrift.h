#pragma once
// Contract drift: how a modelled API contract differs from the provider's
// real document. The document is read by the OpenAPI importer into an Api,
// so both sides are compared in Lintel's own terms (ADR 0031).
//
// Operations are paired by their x-source id (an imported contract), then by
// id, then by method and path (a contract typed in by hand).
#include "model/types.h"

#include <QString>
#include <vector>

namespace lintel {

struct Drift {
    QString kind;     // "operation-only-in-model", "field-retyped", ... (kDriftKinds)
    QString subject;  // the operation or schema concerned; empty for the contract
    QString message;  // one sentence, model side first
    SourceLoc loc;    // where in the model: the operation, else the contract
};

// Every kind, in the order reports list them, with what it means.
struct DriftKind {
    const char *id;
    const char *description;
};
const std::vector<DriftKind> &driftKinds();

std::vector<Drift> compareContracts(const Api &model, const Api &spec);

}  // namespace lintel
