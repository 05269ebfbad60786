#pragma once
// A Threagile model (YAML) -> elements from technical assets, zones from
// trust boundaries, flows from communication links, data classes from data
// assets, and accepted risks where a Lintel rule says the same thing.
#include "importers/importer.h"

namespace lintel {

class ThreagileImporter : public Importer {
public:
    QString id() const override { return QStringLiteral("threagile"); }
    QString description() const override;
    ImportResult read(const ImportRequest &request) const override;
};

}  // namespace lintel
