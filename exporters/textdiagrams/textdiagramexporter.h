#pragma once
// Shared plumbing of the text diagram exporters (Mermaid, PlantUML): the
// `--view` option and one file per diagram, diagrams/<view>.<extension>.
#include "exporters/exporter.h"
#include "model/style/diagramscope.h"

namespace lintel {

class TextDiagramExporter : public Exporter {
public:
    std::vector<ExportOption> options() const override;
    bool run(const ExportContext &context, OutputSink &out, QStringList &messages,
             QString *error) override;

protected:
    virtual QString extension() const = 0;  // "mmd"
    virtual QByteArray render(const Model &model, const DiagramScope &scope) const = 0;
};

}  // namespace lintel
