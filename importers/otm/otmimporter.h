#pragma once
// An Open Threat Model (OTM 0.1.0 or 0.2.0, JSON or YAML) -> zones,
// elements, flows and data classes, with threats and mitigations kept as
// `x-otm-threats` on the objects they concern.
#include "importers/importer.h"

namespace lintel {

class OtmImporter : public Importer {
public:
    QString id() const override { return QStringLiteral("otm"); }
    QString description() const override;
    ImportResult read(const ImportRequest &request) const override;
};

}  // namespace lintel
