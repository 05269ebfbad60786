#pragma once
// Which diagram objects carry findings, for `--findings`: a count, the worst
// severity (it picks the border colour) and one line per finding for the
// tooltip. Suppressed findings (accepted risks) are not marked.
#include "model/rules/finding.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace lintel {

// A tooltip lists at most this many findings, each message at most
// kMaxMarkLineLength characters: one finding may name 10,000 elements, and
// copying all of it into each one's tooltip made gigabytes of SVG.
inline constexpr qsizetype kMaxMarkLines = 8;
inline constexpr qsizetype kMaxMarkLineLength = 300;

struct FindingMark {
    int count = 0;
    Severity worst = Severity::Info;
    QStringList lines;  // "rule-id: message", the first kMaxMarkLines findings

    // Adds a line unless the tooltip is full (count is kept by the caller).
    void addLine(const QString &line)
    {
        if (lines.size() < kMaxMarkLines)
            lines << (line.size() > kMaxMarkLineLength ? line.left(kMaxMarkLineLength - 3) + QStringLiteral("...") : line);
    }
    // The tooltip's lines: those kept, and how many findings were left out.
    QStringList tooltipLines() const
    {
        QStringList out = lines;
        if (count > lines.size())
            out << QStringLiteral("... and %1 more findings").arg(count - lines.size());
        return out;
    }
};

using FindingMarks = QHash<QString, FindingMark>;  // by element or flow id

inline FindingMarks findingMarks(const Findings &findings)
{
    FindingMarks marks;
    for (const Finding &f : findings) {
        if (f.suppressed)
            continue;
        for (const QString &target : f.targets) {
            FindingMark &mark = marks[target];
            if (mark.count == 0 || int(f.severity) < int(mark.worst))
                mark.worst = f.severity;  // Severity runs from most severe
            mark.addLine(QStringLiteral("%1: %2").arg(f.rule, f.message));
            ++mark.count;
        }
    }
    return marks;
}

}  // namespace lintel
