#pragma once
// `lintel export openapi`: an OpenAPI 3.1 document per REST contract, so the
// team taking a system over can generate clients, mock servers and docs from
// what the model records.
#include "exporters/exporter.h"

namespace lintel {

class OpenApiExporter final : public Exporter {
public:
    QString id() const override { return QStringLiteral("openapi"); }
    QString title() const override { return QStringLiteral("API contracts (OpenAPI 3.1)"); }
    QString description() const override
    {
        return QStringLiteral("Writes openapi/<api>.openapi.yaml for every REST contract; other styles are skipped.");
    }
    bool run(const ExportContext &context, OutputSink &out, QStringList &messages,
             QString *error) override;
};

}  // namespace lintel
