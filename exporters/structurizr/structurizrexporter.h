#pragma once
// `lintel-cli export structurizr`: the model as a Structurizr DSL workspace
// (structurizr/workspace.dsl) that `import structurizr` reads back to the
// same zones, elements, flows and views.
#include "exporters/exporter.h"

namespace lintel {

class StructurizrExporter final : public Exporter {
public:
    QString id() const override { return QStringLiteral("structurizr"); }
    QString title() const override { return QStringLiteral("Structurizr workspace (DSL)"); }
    QString description() const override
    {
        return QStringLiteral("Writes structurizr/workspace.dsl: elements, flows, zones as deployment nodes and views; "
                              "Lintel fields Structurizr has no place for are kept as properties.");
    }
    bool run(const ExportContext &context, OutputSink &out, QStringList &messages, QString *error) override;
};

}  // namespace lintel
