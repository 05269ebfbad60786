#pragma once
// `lintel-cli export diagram`: one picture per view via Graphviz, in process.
#include "exporters/exporter.h"

namespace lintel {

class DiagramExporter final : public Exporter {
public:
    QString id() const override { return QStringLiteral("diagram"); }
    QString title() const override { return QStringLiteral("Diagrams (SVG, PNG, PDF, DOT)"); }
    QString description() const override;
    std::vector<ExportOption> options() const override;
    bool run(const ExportContext &context, OutputSink &out, QStringList &messages,
             QString *error) override;
};

}  // namespace lintel
