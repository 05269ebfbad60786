#include "app/cli/handoverdrift.h"

#include "app/cli/clisupport.h"
#include "importers/drift/driftfolder.h"

namespace lintel::cli {

std::optional<ContractChecks> checkContractsAgainstFolder(const Model &model, const QString &folder)
{
    const FolderDrift found = driftAgainstFolder(model, folder);
    printDiagnostics(found.errors);
    for (const QString &note : found.notes)
        printError(note);
    if (!found.errors.empty())
        return std::nullopt;
    ContractChecks checks;
    checks.folder = folder;
    for (const Api &api : model.apis) {
        ContractCheck check{api.id, {}, {}};
        // Several documents may claim one contract (two versions side by
        // side); each one's drift is listed, the first document named.
        for (const DocumentDrift &d : found.matched) {
            if (d.apiId != api.id)
                continue;
            if (check.document.isEmpty())
                check.document = d.document;
            for (const Drift &drift : d.drifts)
                check.drifts.push_back({drift.kind, drift.subject, drift.message});
        }
        checks.checks.push_back(check);
    }
    return checks;
}

}  // namespace lintel::cli
