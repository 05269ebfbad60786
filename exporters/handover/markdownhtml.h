#pragma once
// Markdown to an HTML fragment with cmark-gfm (GitHub's CommonMark, with the
// table extension), and the touches the handover page needs on top.
#include <QString>

namespace lintel::handover {

// Raw HTML in the input is not passed through (cmark's safe mode); the
// output is well-formed XHTML-style markup (`<br />`, quoted attributes).
QString markdownToHtml(const QString &markdown);

// Gives every h1-h4 an id made the way GitHub makes heading anchors, so the
// Markdown's table of contents (`#2-diagrams`) also works in the HTML page.
QString addHeadingIds(const QString &html);

}  // namespace lintel::handover
