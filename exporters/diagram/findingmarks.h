#pragma once
// Which diagram objects carry findings, for `--findings`: a count, the worst
// severity (it picks the border colour) and one line per finding for the
// tooltip. Suppressed findings (accepted risks) are not marked.
#include "model/rules/finding.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace lintel {

struct FindingMark {
    int count = 0;
    Severity worst = Severity::Info;
    QStringList lines;  // "rule-id: message"
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
            ++mark.count;
            mark.lines << QStringLiteral("%1: %2").arg(f.rule, f.message);
        }
    }
    return marks;
}

}  // namespace lintel
