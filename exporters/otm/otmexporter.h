#pragma once
// `lintel-cli export otm`: the model as an Open Threat Model 0.2.0 JSON
// document (otm/<project>.otm.json), for threat-modelling tools that read
// OTM. Threats and mitigations an OTM import kept come back out.
#include "exporters/exporter.h"

namespace lintel {

class OtmExporter final : public Exporter {
public:
    QString id() const override { return QStringLiteral("otm"); }
    QString title() const override { return QStringLiteral("Threat model (Open Threat Model 0.2.0)"); }
    QString description() const override
    {
        return QStringLiteral("Writes otm/<system>.otm.json: zones as trust zones, elements as components, flows as "
                              "dataflows and data classes as assets.");
    }
    bool run(const ExportContext &context, OutputSink &out, QStringList &messages, QString *error) override;
};

}  // namespace lintel
