// Every importer, registered explicitly: the CLI's `import FORMAT` and the
// editor's File → Import… list them in this order.
#include "importers/importer.h"
#include "importers/openapi/openapiimporter.h"
#include "importers/otm/otmimporter.h"
#include "importers/structurizr/structurizrimporter.h"
#include "importers/threagile/threagileimporter.h"

namespace lintel {

const std::vector<std::unique_ptr<Importer>> &importers()
{
    static const std::vector<std::unique_ptr<Importer>> all = [] {
        std::vector<std::unique_ptr<Importer>> list;
        list.push_back(std::make_unique<OpenApiImporter>());
        list.push_back(std::make_unique<StructurizrImporter>());
        list.push_back(std::make_unique<ThreagileImporter>());
        list.push_back(std::make_unique<OtmImporter>());
        return list;
    }();
    return all;
}

const Importer *findImporter(const QString &id)
{
    for (const auto &importer : importers())
        if (importer->id() == id)
            return importer.get();
    return nullptr;
}

}  // namespace lintel
