#pragma once
// Turning user text into diagram-sized lines. Names in vendor models can be
// anything: 300 characters, embedded newlines, one long word. Every diagram
// (canvas, Graphviz, Mermaid, PlantUML) shortens and wraps them the same way,
// so a name reads the same everywhere. Escaping for a particular syntax is the
// caller's job; these functions only decide where lines break.
#include <QString>
#include <QStringList>

namespace lintel {

inline constexpr int kLabelLineWidth = 30;   // characters per line
inline constexpr int kLabelMaxChars = 100;   // longer text ends with …

// Collapses whitespace (newlines and tabs included) to single spaces.
QString singleLine(const QString &text);

// Shortens `text` to at most `maxChars` characters, ending with "…" when cut.
QString truncated(const QString &text, int maxChars = kLabelMaxChars);

// Word-wraps `text` (after singleLine and truncated) into lines of at most
// `width` characters; words longer than a line are broken hard. Never returns
// an empty list: empty text gives one empty line.
QStringList wrapLines(const QString &text, int width = kLabelLineWidth,
                      int maxChars = kLabelMaxChars);

}  // namespace lintel
