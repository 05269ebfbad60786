#include "importers/otm/otmimporter.h"

#include "importers/checkedimport.h"
#include "importers/otm/otmreader.h"

namespace lintel {

QString OtmImporter::description() const
{
    return QStringLiteral("An Open Threat Model document in JSON or YAML (trust zones, components, dataflows and "
                          "assets; threats and mitigations kept on the objects they concern). OTM 0.1.0 and 0.2.0.");
}

ImportResult OtmImporter::read(const ImportRequest &request) const
{
    return importCheckedDocument(request, otm::checkOtm, otm::mapOtm);
}

}  // namespace lintel
