#pragma once
// The two renderings of the handover's HTML body: a self-contained web page
// (CSS and diagrams inside the file, so it reads offline and can be mailed)
// and a PDF.
#include "exporters/handover/handoverdiagrams.h"
#include "exporters/handover/handovertemplates.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace lintel::handover {

struct PageParts {
    QString title;       // plain text
    QString generatedOn; // plain text
    QString sourceName;  // plain text
    QString bodyHtml;    // from markdownToHtml()
    bool abridged = false;  // long lists were cut (the PDF's body); the colophon says so
};

// Wraps the body in the HTML template with the CSS, and replaces each
// diagram's file reference with the SVG itself as a data: URI. Data URIs
// rather than <svg> elements: Graphviz gives every SVG the same element ids
// ("graph0", "node1"), which would collide inside one page, and an image
// cannot run script.
bool buildHtmlPage(const Templates &templates, const PageParts &parts,
                   const std::vector<HandoverDiagram> &diagrams, QString &html, QString *error);

// A4 PDF with page numbers. Qt's text engine cannot draw SVG, so each diagram
// is rasterised first. Needs a QGuiApplication (fonts); fails cleanly without.
bool renderPdf(const PageParts &parts, const std::vector<HandoverDiagram> &diagrams,
               QByteArray &pdf, QString *error);

}  // namespace lintel::handover
