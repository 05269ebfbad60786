#include "importers/threagile/threagileimporter.h"

#include "importers/checkedimport.h"
#include "importers/threagile/threagilereader.h"

namespace lintel {

QString ThreagileImporter::description() const
{
    return QStringLiteral("A Threagile model (YAML): technical assets, trust boundaries as zones, communication links, "
                          "data assets, and accepted risks where a Lintel rule matches");
}

ImportResult ThreagileImporter::read(const ImportRequest &request) const
{
    return importCheckedDocument(request, threagile::checkThreagile, threagile::mapThreagile);
}

}  // namespace lintel
