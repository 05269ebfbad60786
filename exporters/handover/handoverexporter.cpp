#include "exporters/handover/handoverexporter.h"

#include "exporters/handover/handoverdata.h"
#include "exporters/handover/handoverdiagrams.h"
#include "exporters/handover/handoverpage.h"
#include "exporters/handover/handovertemplates.h"
#include "exporters/handover/markdownhtml.h"
#include "exporters/handover/pdftables.h"

#include <QFileInfo>

namespace lintel {

std::vector<ExportOption> HandoverExporter::options() const
{
    return {
        {QStringLiteral("no-diagrams"), {}, QStringLiteral("leave the diagrams out (faster; no Graphviz needed)"), {}},
        {QStringLiteral("template"), QStringLiteral("DIR"),
         QStringLiteral("use handover.md.mustache, handover.html.mustache and/or handover.css from DIR"), {}},
        {QStringLiteral("drift"), QStringLiteral("DIR"),
         QStringLiteral("compare each API contract with the OpenAPI documents in DIR (as 'drift --all DIR' does) "
                        "and add what drifted to the API catalogue"), {}},
    };
}

namespace {

// What the PDF shows of a long list (see ListLimits): about three pages of a
// table, a line or two of names in a cell, and about a page of one text
// field. Keeps the PDF of a model with tens of thousands of flows and
// findings, or a description of megabytes, to a few dozen pages.
// The field limit is below the PDF's cap on any run of text (kPdfMaxTextRun),
// so a field cut here is not cut again there.
constexpr handover::ListLimits kPdfLimits{100, 20, 3000};

// The Markdown text of a view-model through the Markdown template.
bool renderMarkdown(const handover::Templates &templates, const handover::Data &viewModel, QString &markdown,
                    QString *error)
{
    using namespace handover;
    if (!renderTemplate(QStringLiteral("handover.md.mustache"), templates.markdown, viewModel, Escape::None,
                        markdown, error))
        return false;
    markdown = md::tidy(markdown);
    return true;
}

}  // namespace

bool HandoverExporter::run(const ExportContext &context, OutputSink &out, QStringList &messages,
                           QString *error)
{
    using namespace handover;
    const auto progress = [&](double fraction, const QString &what) {
        if (context.progress)
            context.progress(fraction, what);
    };
    const auto cancelled = [&] {
        if (!context.isCancelled())
            return false;
        *error = QStringLiteral("cancelled");
        return true;
    };

    Templates templates;
    if (!loadTemplates(context.option(QStringLiteral("template")), templates, messages, error))
        return false;

    const ModelIndex index(context.model);
    const QString sourceName = QFileInfo(context.sourceFile).fileName();
    HandoverInput input{context.model, index, context.findings, context.asOf, sourceName};
    input.packRules = &context.packRules;
    input.contractChecks = context.contractChecks;
    Data viewModel = buildViewModel(input);

    const bool skipDiagrams = context.option(QStringLiteral("no-diagrams")) == u"true";
    std::vector<HandoverDiagram> diagrams;
    if (!skipDiagrams) {
        progress(0.1, QStringLiteral("drawing diagrams"));
        diagrams = drawDiagrams(context.model, messages, [&] { return context.isCancelled(); });
    }
    addDiagrams(diagrams, skipDiagrams, viewModel);
    if (cancelled())
        return false;

    progress(0.5, QStringLiteral("handover/handover.md"));
    QString markdownText;
    if (!renderMarkdown(templates, viewModel, markdownText, error))
        return false;
    if (!out.writeBytes(QStringLiteral("handover/handover.md"), markdownText.toUtf8(), error))
        return false;
    // The Markdown shows the diagrams as files next to it.
    for (const HandoverDiagram &d : diagrams)
        if (!d.svg.isEmpty() && !out.writeBytes(QStringLiteral("handover/") + d.fileName, d.svg, error))
            return false;

    const System &system = context.model.system;
    PageParts parts;
    parts.title = QStringLiteral("Handover: ")
                + (system.name.trimmed().isEmpty() ? QStringLiteral("Unnamed system") : system.name.simplified());
    parts.generatedOn = context.asOf.toString(Qt::ISODate);
    parts.sourceName = sourceName.isEmpty() ? QStringLiteral("an unsaved model") : sourceName;
    parts.bodyHtml = addHeadingIds(markdownToHtml(markdownText));

    progress(0.7, QStringLiteral("handover/handover.html"));
    QString html;
    if (!buildHtmlPage(templates, parts, diagrams, html, error)
        || !out.writeBytes(QStringLiteral("handover/handover.html"), html.toUtf8(), error))
        return false;
    if (cancelled())
        return false;

    progress(0.8, QStringLiteral("handover/handover.pdf"));
    // The PDF's own text, with long lists cut (see ListLimits). A small model
    // has nothing to cut and reuses the body above.
    input.limits = kPdfLimits;
    Data printViewModel = buildViewModel(input);
    addDiagrams(diagrams, skipDiagrams, printViewModel);
    QString printMarkdown;
    if (!renderMarkdown(templates, printViewModel, printMarkdown, error))
        return false;
    PageParts printParts = parts;
    if (printMarkdown != markdownText) {
        printParts.bodyHtml = addHeadingIds(markdownToHtml(printMarkdown));
        printParts.abridged = true;
    }
    QByteArray pdf;
    if (!renderPdf(printParts, diagrams, pdf, error)
        || !out.writeBytes(QStringLiteral("handover/handover.pdf"), pdf, error))
        return false;
    progress(1.0, QStringLiteral("done"));
    return true;
}

}  // namespace lintel
