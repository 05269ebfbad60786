// The PDF rendering of the handover: Qt's rich-text engine lays the HTML body
// out on A4 pages and numbers them. It understands only a subset of CSS, so
// the PDF gets its own small style sheet rather than the web page's.
#include "exporters/handover/handoverpage.h"
#include "exporters/handover/pdftables.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextDocument>

#include <utility>

namespace lintel::handover {

namespace {

// QTextDocument::print() lays the text out inside 2 cm margins of its own,
// within the printer's margins; so the printer's are kept tiny and the page
// ends up with about 2 cm all round.
constexpr double kPrinterMarginMm = 1.0;
constexpr double kPrintMarginMm = 20.0;
// Images are sized in CSS pixels (96 per inch): the width of A4's text area,
// and a height that leaves room for the diagram's heading on the same page.
constexpr double kPxPerMm = 96.0 / 25.4;
constexpr int kTextWidthPx = int((210.0 - 2 * (kPrinterMarginMm + kPrintMarginMm)) * kPxPerMm) - 8;
constexpr int kMaxImageHeightPx = int((297.0 - 2 * (kPrinterMarginMm + kPrintMarginMm)) * kPxPerMm) - 120;

const char *pdfStyleSheet()
{
    return "body { color: #1d2330; }"
           "h1 { font-size: 20pt; color: #1f3f60; }"
           "h2 { font-size: 15pt; color: #1f3f60; margin-top: 18px; page-break-before: always; }"
           "h3 { font-size: 12pt; color: #1f3f60; margin-top: 12px; }"
           "h4 { font-size: 10pt; margin-top: 8px; }"
           "p, li { font-size: 9pt; }"
           "code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }"
           "strong { color: #9b1c1c; }"
           "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }"
           "th { background-color: #e8edf3; font-size: 7.5pt; font-weight: bold; border: 1px solid #9aa6b5; padding: 2px; }"
           "td { font-size: 7.5pt; border: 1px solid #9aa6b5; padding: 2px; }"
           ".colophon { font-size: 7.5pt; color: #5d6675; }";
}

struct Raster {
    QImage image;
    QSize display;  // in CSS pixels
};

// Rasterised at twice the display size so lines stay sharp when printed.
// A diagram much wider than tall is turned a quarter to the left to fill the
// portrait page, as printed documents do with landscape figures: its labels
// come out far larger than when it is squeezed into the page's width.
Raster rasterise(const QByteArray &svg)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid() || renderer.defaultSize().isEmpty())
        return {};
    const QSizeF size = renderer.defaultSize();
    const double upright = std::min({1.0, kTextWidthPx / size.width(), kMaxImageHeightPx / size.height()});
    const double turned = std::min({1.0, kTextWidthPx / size.height(), kMaxImageHeightPx / size.width()});
    const bool turn = turned > upright * 1.2;
    const QSizeF onPage = turn ? QSizeF(size.height(), size.width()) * turned : size * upright;
    const QSize display = onPage.toSize().expandedTo(QSize(1, 1));
    QImage image(display * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QRectF target(QPointF(0, 0), QSizeF(image.size()));
    if (turn) {
        // The diagram's top edge ends up on the page's left.
        painter.translate(0, image.height());
        painter.rotate(-90);
        target = QRectF(0, 0, image.height(), image.width());
    }
    renderer.render(&painter, target);
    painter.end();
    return {image, display};
}

// Qt cannot keep a heading with what follows it, so a diagram too tall for
// the rest of the page would leave its heading behind. Every diagram but the
// first (which follows the section's own page break) starts a page.
void keepDiagramsWithHeadings(QString &body)
{
    static const QRegularExpression diagramHeading(QStringLiteral("<h3( [^>]*)?>(?=((?!</h3>).)*</h3>\\s*<p><img )"),
                                                   QRegularExpression::DotMatchesEverythingOption);
    qsizetype from = 0;
    bool first = true;
    for (QRegularExpressionMatch m = diagramHeading.match(body); m.hasMatch(); m = diagramHeading.match(body, from)) {
        from = m.capturedEnd();
        if (std::exchange(first, false))
            continue;
        const QString opened = QStringLiteral("<h3%1 style=\"page-break-before: always\">").arg(m.captured(1));
        body.replace(m.capturedStart(), m.capturedLength(), opened);
        from = m.capturedStart() + opened.size();
    }
}

}  // namespace

bool renderPdf(const PageParts &parts, const std::vector<HandoverDiagram> &diagrams,
               QByteArray &pdf, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QStringLiteral("the PDF needs fonts, which need a QGuiApplication (run with QT_QPA_PLATFORM=offscreen on servers)");
        return false;
    }
    QTextDocument document;
    document.setDefaultStyleSheet(QString::fromLatin1(pdfStyleSheet()));
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));

    QString body = parts.bodyHtml;
    for (const HandoverDiagram &d : diagrams) {
        if (d.svg.isEmpty())
            continue;
        const Raster raster = rasterise(d.svg);
        if (raster.image.isNull())
            continue;  // the text around it still names the view
        document.addResource(QTextDocument::ImageResource, QUrl(d.fileName), raster.image);
        body.replace(QStringLiteral("src=\"%1\"").arg(d.fileName),
                     QStringLiteral("src=\"%1\" width=\"%2\" height=\"%3\"")
                         .arg(d.fileName, QString::number(raster.display.width()), QString::number(raster.display.height())));
    }
    keepDiagramsWithHeadings(body);
    body = splitLongTables(capLongTextRuns(body));
    // Qt's importer takes table borders and width from attributes.
    body.replace(QStringLiteral("<table>"),
                 QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\">"));
    // The first section heading follows the contents: no blank page before it.
    static const QRegularExpression firstH2(QStringLiteral("<h2([^>]*)>"));
    if (const qsizetype at = body.indexOf(firstH2); at >= 0)
        body.replace(at, 3, QStringLiteral("<h2 style=\"page-break-before: auto\""));
    body += QStringLiteral("<p class=\"colophon\">Generated by Lintel on %1 from %2.%3</p>")
                .arg(parts.generatedOn.toHtmlEscaped(), parts.sourceName.toHtmlEscaped(),
                     parts.abridged ? QStringLiteral(" Long lists are shortened in this PDF; "
                                                     "handover.md and handover.html hold them in full.")
                                    : QString());
    document.setHtml(QStringLiteral("<html><head><title>%1</title></head><body>").arg(parts.title.toHtmlEscaped())
                     + body + QStringLiteral("</body></html>"));

    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(parts.title);
        writer.setCreator(QStringLiteral("Lintel"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kPrinterMarginMm, kPrinterMarginMm, kPrinterMarginMm, kPrinterMarginMm),
                                         QPageLayout::Millimeter));
        // print() paginates a copy of the document and numbers the pages.
        document.print(&writer);
    }
    if (pdf.isEmpty() || !pdf.startsWith("%PDF")) {
        *error = QStringLiteral("Qt produced no PDF");
        return false;
    }
    return true;
}

}  // namespace lintel::handover
