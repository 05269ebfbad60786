#pragma once
// Contract drift against a folder of OpenAPI documents (`drift --all DIR`,
// `export handover --drift DIR`): every `.yaml`, `.yml` and `.json` file is
// read as `import openapi` would and compared with the contract imported from
// it (its x-source names the document's title) or, failing that, the
// contract named like the title.
#include "importers/drift/contractdrift.h"
#include "model/diagnostic.h"
#include "model/types.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lintel {

struct DocumentDrift {
    QString apiId;     // the model's contract
    QString document;  // the document's path
    std::vector<Drift> drifts;
};

struct FolderDrift {
    std::vector<DocumentDrift> matched;  // in file-name order
    Diagnostics errors;                  // unreadable documents, or a folder that is none
    QStringList notes;                   // documents that match no contract
};

FolderDrift driftAgainstFolder(const Model &model, const QString &folder);

// The model's contract a document belongs to, or nullptr.
const Api *contractForDocument(const Model &model, const Api &document);

// Reads one OpenAPI document as a contract; nullopt with `errors` set.
std::optional<Api> readContractDocument(const QString &path, Diagnostics &errors);

}  // namespace lintel
