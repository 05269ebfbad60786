#pragma once
// `lintel export handover`: the document a vendor hands to the team taking a
// system over, as Markdown (for the repository), one self-contained HTML file
// (to read and print) and a PDF (to sign off).
#include "exporters/exporter.h"

namespace lintel {

class HandoverExporter final : public Exporter {
public:
    QString id() const override { return QStringLiteral("handover"); }
    QString title() const override { return QStringLiteral("Handover document (Markdown, HTML, PDF)"); }
    QString description() const override
    {
        return QStringLiteral("Writes handover/handover.md, .html and .pdf: overview and readiness, diagrams, "
                              "catalogues, data, trust zones, findings, decisions and access to rotate.");
    }
    std::vector<ExportOption> options() const override;
    bool run(const ExportContext &context, OutputSink &out, QStringList &messages,
             QString *error) override;
};

}  // namespace lintel
