#include "exporters/otm/otmexporter.h"

#include "exporters/otm/otmdocument.h"

namespace lintel {

bool OtmExporter::run(const ExportContext &context, OutputSink &out, QStringList &messages, QString *error)
{
    if (context.isCancelled()) {
        *error = QStringLiteral("cancelled");
        return false;
    }
    const otm::OtmBuild built = otm::buildOtmDocument(context.model);
    for (const QString &note : built.notes)
        messages << QStringLiteral("otm: %1").arg(note);
    const std::string text = built.document.dump(2) + '\n';
    const bool written = out.write(otm::otmDocumentPath(context.model), [&](QIODevice &device, QString *writeError) {
        if (device.write(text.data(), qint64(text.size())) == qint64(text.size()))
            return true;
        *writeError = device.errorString();
        return false;
    }, error);
    if (written && context.progress)
        context.progress(1.0, QStringLiteral("done"));
    return written;
}

}  // namespace lintel
