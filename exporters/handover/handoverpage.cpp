#include "exporters/handover/handoverpage.h"

#include "exporters/handover/stagebars.h"

namespace lintel::handover {

bool buildHtmlPage(const Templates &templates, const PageParts &parts,
                   const std::vector<HandoverDiagram> &diagrams, QString &html, QString *error)
{
    // Coloured stage bars on screen; the PDF keeps the digits (Qt's text
    // engine draws no inline boxes).
    QString body = drawStageBars(parts.bodyHtml);
    for (const HandoverDiagram &d : diagrams) {
        if (d.svg.isEmpty())
            continue;
        const QString uri = QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(d.svg.toBase64());
        body.replace(QStringLiteral("src=\"%1\"").arg(d.fileName), QStringLiteral("src=\"%1\"").arg(uri));
    }
    Data data;
    data.set("title", parts.title.toStdString());
    data.set("generated_on", parts.generatedOn.toStdString());
    data.set("source_name", parts.sourceName.toStdString());
    data.set("css", templates.css.toStdString());
    data.set("body", body.toStdString());
    return renderTemplate(QStringLiteral("handover.html.mustache"), templates.html, data, Escape::Html, html, error);
}

}  // namespace lintel::handover
