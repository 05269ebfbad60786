#include "exporters/diagram/diagramexporter.h"

#include "exporters/diagram/edgerouting.h"
#include "exporters/diagram/graphvizrenderer.h"
#include "exporters/textdiagrams/diagramfiles.h"

namespace lintel {

QString DiagramExporter::description() const
{
    return QStringLiteral("Draws each view (or the whole model) with Graphviz into "
                          "diagrams/<view>.<format>, zones as nested boxes, with a legend.");
}

std::vector<ExportOption> DiagramExporter::options() const
{
    return {
        {QStringLiteral("format"), QStringLiteral("LIST"),
         QStringLiteral("comma-separated: svg, png, pdf, dot"), QStringLiteral("svg,png")},
        {QStringLiteral("layout"), QStringLiteral("ENGINE"),
         QStringLiteral("dot (layered, zones as boxes; sfdp above %1 elements), sfdp or neato")
             .arg(kLayeredMaxElements), QStringLiteral("dot")},
        {QStringLiteral("view"), QStringLiteral("ID"),
         QStringLiteral("only this view ('model' for the whole model)"), QString()},
        {QStringLiteral("findings"), QString(),
         QStringLiteral("mark elements and flows that have findings"), QString()},
        {QStringLiteral("auto-layout"), QString(),
         QStringLiteral("ignore positions saved in the views and lay out with --layout"), QString()},
    };
}

bool DiagramExporter::run(const ExportContext &context, OutputSink &out, QStringList &messages,
                          QString *error)
{
    QStringList formats;
    for (const QString &f : context.option(QStringLiteral("format"), QStringLiteral("svg,png"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString format = f.trimmed().toLower(); !format.isEmpty() && !formats.contains(format))
            formats << format;
    if (formats.isEmpty()) {
        *error = QStringLiteral("--format lists no format (use %1)")
                     .arg(diagramFormats().join(QLatin1Char(',')));
        return false;
    }
    for (const QString &f : formats)
        if (!diagramFormats().contains(f)) {
            *error = QStringLiteral("unknown diagram format '%1' (use %2)")
                         .arg(f, diagramFormats().join(QStringLiteral(", ")));
            return false;
        }
    const QString layout = context.option(QStringLiteral("layout"), QStringLiteral("dot"));
    if (!diagramLayouts().contains(layout)) {
        *error = QStringLiteral("unknown layout '%1' (use %2)")
                     .arg(layout, diagramLayouts().join(QStringLiteral(", ")));
        return false;
    }

    const std::vector<DiagramFile> files =
        diagramFiles(context.model, context.option(QStringLiteral("view")), error);
    if (files.empty())
        return false;

    for (std::size_t i = 0; i < files.size(); ++i) {
        if (context.isCancelled())
            return false;
        const DiagramFile &file = files[i];
        if (context.progress)
            context.progress(double(i) / double(files.size()),
                             QStringLiteral("Drawing %1").arg(file.scope.title));
        RenderRequest request{context.model, file.scope.view};
        request.layout = layout;
        request.markFindings = context.option(QStringLiteral("findings")) == QLatin1String("true");
        request.findings = &context.findings;
        request.useSavedPositions =
            context.option(QStringLiteral("auto-layout")) != QLatin1String("true");
        const RenderResult result = renderDiagramFormats(request, formats);
        messages += result.messages;
        if (!result.ok()) {
            *error = result.error;
            return false;
        }
        for (const QString &f : formats) {
            const QString path = QStringLiteral("diagrams/%1.%2").arg(file.stem, f);
            if (!out.writeBytes(path, result.bytes(f), error))
                return false;
        }
    }
    if (context.progress)
        context.progress(1.0, QStringLiteral("Diagrams written"));
    return true;
}

}  // namespace lintel
