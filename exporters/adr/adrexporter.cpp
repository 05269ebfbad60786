#include "exporters/adr/adrexporter.h"

#include "exporters/adr/adrwriter.h"

namespace lintel {

bool AdrExporter::run(const ExportContext &context, OutputSink &out, QStringList &messages,
                      QString *error)
{
    const Model &model = context.model;
    const auto total = double(model.decisions.size() + 1);
    for (qsizetype i = 0; i < qsizetype(model.decisions.size()); ++i) {
        if (context.isCancelled()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const QString name = adr::fileName(model, i);
        if (context.progress)
            context.progress(double(i) / total, name);
        if (!out.writeBytes(QStringLiteral("adr/") + name, adr::decisionMarkdown(model, i).toUtf8(), error))
            return false;
    }
    if (!out.writeBytes(QStringLiteral("adr/README.md"), adr::indexMarkdown(model).toUtf8(), error))
        return false;
    if (model.decisions.empty())
        messages << QStringLiteral("adr: the model records no decisions; wrote an empty decision log");
    if (context.progress)
        context.progress(1.0, QStringLiteral("adr/README.md"));
    return true;
}

}  // namespace lintel
