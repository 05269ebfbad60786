#pragma once
// `lintel export adr`: one MADR-style Markdown record per decision plus the
// decision log, so the records can live in the repository next to the code.
#include "exporters/exporter.h"

namespace lintel {

class AdrExporter final : public Exporter {
public:
    QString id() const override { return QStringLiteral("adr"); }
    QString title() const override { return QStringLiteral("Decision records (Markdown, MADR)"); }
    QString description() const override
    {
        return QStringLiteral("Writes adr/NNNN-title.md for every decision and the decision log adr/README.md.");
    }
    bool run(const ExportContext &context, OutputSink &out, QStringList &messages,
             QString *error) override;
};

}  // namespace lintel
