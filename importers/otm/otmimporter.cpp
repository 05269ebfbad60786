#include "importers/otm/otmimporter.h"

#include "importers/otm/otmreader.h"

namespace lintel {

QString OtmImporter::description() const
{
    return QStringLiteral("An Open Threat Model document in JSON or YAML (trust zones, components, dataflows and "
                          "assets; threats and mitigations kept on the objects they concern). OTM 0.1.0 and 0.2.0.");
}

ImportResult OtmImporter::read(const ImportRequest &request) const
{
    ImportResult result;
    DocumentTree doc(request.bytes, request.fileName);
    otm::OtmIndex index;
    if (doc.ok())
        index = otm::checkOtm(doc);
    if (!doc.ok()) {
        result.errors = doc.errors();
        return result;
    }
    QStringList notes;
    result.fragment = otm::mapOtm(doc, index, notes);
    for (const QString &note : notes)
        result.notes << request.fileName + u':' + note;
    return result;
}

}  // namespace lintel
