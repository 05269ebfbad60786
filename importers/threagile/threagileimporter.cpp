#include "importers/threagile/threagileimporter.h"

#include "importers/threagile/threagilereader.h"

namespace lintel {

QString ThreagileImporter::description() const
{
    return QStringLiteral("A Threagile model (YAML): technical assets, trust boundaries as zones, communication links, "
                          "data assets, and accepted risks where a Lintel rule matches");
}

ImportResult ThreagileImporter::read(const ImportRequest &request) const
{
    ImportResult result;
    DocumentTree doc(request.bytes, request.fileName);
    threagile::ThreagileIndex index;
    if (doc.ok())
        index = threagile::checkThreagile(doc);
    if (!doc.ok()) {
        result.errors = doc.errors();
        return result;
    }
    QStringList notes;
    result.fragment = threagile::mapThreagile(doc, index, notes);
    for (const QString &note : notes)
        result.notes << request.fileName + u':' + note;
    return result;
}

}  // namespace lintel
