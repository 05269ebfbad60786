#include "exporters/structurizr/structurizrexporter.h"

#include "exporters/structurizr/dslwriter.h"

namespace lintel {

bool StructurizrExporter::run(const ExportContext &context, OutputSink &out, QStringList &messages, QString *error)
{
    const std::optional<structurizr::DslText> dsl = structurizr::writeDslWorkspace(context.model, error);
    if (!dsl)
        return false;
    for (const QString &note : dsl->notes)
        messages << QStringLiteral("structurizr: ") + note;
    return out.writeBytes(QStringLiteral("structurizr/workspace.dsl"), dsl->text.toUtf8(), error);
}

}  // namespace lintel
