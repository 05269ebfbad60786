#include "views/canvas/findingmarker.h"

#include "views/canvas/canvasitem.h"
#include "views/canvas/sceneitems.h"
#include "views/findingnames.h"

#include <QHash>

namespace lintel::canvas {

void FindingMarker::setFindings(const Findings &findings, const Model *names)
{
    m_findings = findings;
    m_names = names;
    apply();
}

void FindingMarker::apply()
{
    for (const ObjectRef &ref : m_marked)
        if (CanvasItem *item = m_items.itemFor(ref))
            item->setFindings({});
    m_marked.clear();
    QHash<CanvasItem *, FindingMarks> marks;
    // Most severe first, so each item's list and icon lead with the worst.
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        for (const Finding &f : m_findings) {
            if (f.severity != severity)
                continue;
            for (const QString &target : f.targets) {
                CanvasItem *item = m_items.itemWithId(target);
                if (!item)
                    continue;
                FindingMarks &m = marks[item];
                const QString message = m_names ? displayMessage(*m_names, f) : f.message;
                if (f.suppressed) {
                    ++m.accepted;
                    m.acceptedLines << QStringLiteral("%1 (%2)").arg(message, f.rule);
                    break;
                }
                if (m.count == 0)
                    m.worst = severity;
                ++m.count;
                m.lines << QStringLiteral("%1 · %2 (%3)").arg(enumName(severity), message, f.rule);
                break;  // one marker per finding, on its first shown target
            }
        }
    }
    for (auto it = marks.begin(); it != marks.end(); ++it) {
        it.key()->setFindings(std::move(it.value()));
        m_marked.push_back(it.key()->ref());
    }
}

}  // namespace lintel::canvas
