#pragma once
// What comparing the model's API contracts with the providers' OpenAPI
// documents found (`lintel-cli export handover --drift DIR`). The caller
// reads the documents and compares (importers/drift/, which exporters may
// not use); an exporter only shows the result.
#include <QString>
#include <vector>

namespace lintel {

struct ContractDriftItem {
    QString kind;     // "operation-only-in-spec", ... (importers/drift/contractdrift.h)
    QString subject;  // the operation or schema; empty for the contract itself
    QString message;
};

struct ContractCheck {
    QString apiId;
    QString document;  // the document compared with; empty when none matched the contract
    std::vector<ContractDriftItem> drifts;
};

struct ContractChecks {
    QString folder;                     // where the documents were looked for
    std::vector<ContractCheck> checks;  // one per contract of the model, in model order
};

}  // namespace lintel
