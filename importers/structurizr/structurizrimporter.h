#pragma once
// A Structurizr DSL workspace -> elements, flows, zones and views.
#include "importers/importer.h"

namespace lintel {

class StructurizrImporter : public Importer {
public:
    QString id() const override { return QStringLiteral("structurizr"); }
    QString description() const override;
    ImportResult read(const ImportRequest &request) const override;
};

}  // namespace lintel
