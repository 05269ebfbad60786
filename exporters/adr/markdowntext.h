#pragma once
// Turning user text into Markdown that renders as exactly that text and stays
// clean for markdownlint's default rules. Model text is typed by people (and
// by vendors' scripts): it can hold pipes, stars, angle brackets, backticks,
// URLs and newlines, none of which may change the document's structure.
// Shared by the ADR and handover exporters.
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace lintel::md {

// One line of inline text: every Markdown-active character is backslash-
// escaped, newlines and tabs become spaces, runs of spaces collapse. Safe in a
// paragraph, a list item, a link text and a table cell.
QString inlineText(const QString &text);

// Inline text for a heading: as inlineText, plus trailing punctuation is
// written as a character reference so MD026 does not fire while the rendered
// heading keeps the user's punctuation.
QString headingText(const QString &text);

// Multi-line text as paragraphs: each line escaped as inlineText (so no line
// can start a list, heading, quote or code block), lines of one paragraph kept
// together, blank lines between paragraphs, no trailing blank line.
QString paragraphs(const QString &text);

// `text` in a code span, e.g. for ids. Backticks inside lengthen the fence;
// pipes are escaped so the span is safe in table cells too.
QString code(const QString &text);

// A Markdown link with escaped text. `target` must be a relative file name or
// fragment made by us (slugs), so it needs no escaping beyond spaces.
QString link(const QString &text, const QString &target);

// A file-name slug: ASCII lower-case letters, digits and single hyphens, at
// most `maxLength` characters; accents are stripped first. Empty when nothing
// is left (the caller falls back to an id).
QString slug(const QString &text, int maxLength = 60);

// "yes" / "no" / "unknown" for optional flags.
QString yesNo(std::optional<bool> value);

// Makes headings unique within one document (MD024) by appending " (2)",
// " (3)"... to repeats. Compares the escaped text.
class HeadingSet {
public:
    QString unique(const QString &escapedHeading);
private:
    QSet<QString> m_seen;
};

// Squeezes repeated blank lines and trailing spaces out of generated Markdown
// and ends it with exactly one newline (MD009, MD012, MD047). Templates are
// easier to write when this runs last.
QString tidy(const QString &markdown);

}  // namespace lintel::md
