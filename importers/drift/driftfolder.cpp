#include "importers/drift/driftfolder.h"

#include "importers/openapi/openapiimporter.h"
#include "importers/sourcetag.h"

#include <QDir>
#include <QFile>

namespace lintel {

std::optional<Api> readContractDocument(const QString &path, Diagnostics &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.push_back(Diagnostic{path, 0, 0, QStringLiteral("cannot be read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    QStringList notes;  // what the document has that a contract does not record: not drift
    return readOpenApiContract({file.readAll(), path}, errors, notes);
}

const Api *contractForDocument(const Model &model, const Api &document)
{
    for (const Api &api : model.apis)
        if (auto tag = sourceTagOf(api.extras); tag && tag->format == u"openapi" && tag->document == document.name)
            return &api;
    for (const Api &api : model.apis)
        if (!document.name.isEmpty() && api.name.compare(document.name, Qt::CaseInsensitive) == 0)
            return &api;
    return nullptr;
}

FolderDrift driftAgainstFolder(const Model &model, const QString &folder)
{
    FolderDrift result;
    const QDir dir(folder);
    if (!dir.exists()) {
        result.errors.push_back(Diagnostic{dir.path(), 0, 0, QStringLiteral("is not a folder")});
        return result;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                                            QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        const std::optional<Api> spec = readContractDocument(path, result.errors);
        if (!spec)
            continue;
        const Api *contract = contractForDocument(model, *spec);
        if (!contract) {
            result.notes << QStringLiteral("%1: note: no contract of the model matches \"%2\"; skipped").arg(path, spec->name);
            continue;
        }
        result.matched.push_back({contract->id, path, compareContracts(*contract, *spec)});
    }
    return result;
}

}  // namespace lintel
