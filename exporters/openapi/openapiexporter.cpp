#include "exporters/openapi/openapiexporter.h"

#include "exporters/openapi/jsonasyaml.h"
#include "exporters/openapi/openapidocument.h"

namespace lintel {

bool OpenApiExporter::run(const ExportContext &context, OutputSink &out, QStringList &messages,
                          QString *error)
{
    const Model &model = context.model;
    int written = 0;
    for (std::size_t i = 0; i < model.apis.size(); ++i) {
        if (context.isCancelled()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const Api &api = model.apis[i];
        // A contract without a style is taken as REST: that is what the
        // model's operations (method + path) describe.
        if (api.style && *api.style != ApiStyle::Rest) {
            messages << QStringLiteral("openapi: skipped contract %1: its style is %2, not REST")
                            .arg(api.id, enumName(*api.style));
            continue;
        }
        const QString path = openapi::documentPath(api);
        if (context.progress)
            context.progress(double(i) / double(model.apis.size()), path);
        const openapi::BuildResult built = openapi::buildDocument(model, api);
        for (const QString &note : built.notes)
            messages << QStringLiteral("openapi: %1: %2").arg(api.id, note);
        if (!out.writeBytes(path, openapi::jsonAsYaml(built.document), error))
            return false;
        ++written;
    }
    if (written == 0)
        messages << QStringLiteral("openapi: the model has no REST contracts; nothing written");
    if (context.progress)
        context.progress(1.0, QStringLiteral("done"));
    return true;
}

}  // namespace lintel
