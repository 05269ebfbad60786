#include "exporters/textdiagrams/textdiagramexporter.h"

#include "exporters/textdiagrams/diagramfiles.h"

namespace lintel {

std::vector<ExportOption> TextDiagramExporter::options() const
{
    return {{QStringLiteral("view"), QStringLiteral("ID"),
             QStringLiteral("only this view ('model' for the whole model)"), QString()}};
}

bool TextDiagramExporter::run(const ExportContext &context, OutputSink &out, QStringList &,
                              QString *error)
{
    const std::vector<DiagramFile> files =
        diagramFiles(context.model, context.option(QStringLiteral("view")), error);
    if (files.empty())
        return false;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (context.isCancelled())
            return false;
        if (context.progress)
            context.progress(double(i) / double(files.size()), files[i].scope.title);
        const QString path = QStringLiteral("diagrams/%1.%2").arg(files[i].stem, extension());
        if (!out.writeBytes(path, render(context.model, files[i].scope), error))
            return false;
    }
    if (context.progress)
        context.progress(1.0, QStringLiteral("Diagrams written"));
    return true;
}

}  // namespace lintel
