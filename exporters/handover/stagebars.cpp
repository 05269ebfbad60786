#include "exporters/handover/stagebars.h"

#include <QRegularExpression>

namespace lintel::handover {

QString drawStageBars(const QString &html)
{
    // Only inside the table under the "Ownership stages" heading: a code span
    // of digits elsewhere (an id such as `3`) is the user's text.
    const qsizetype start = html.indexOf(QLatin1String("<h3 id=\"ownership-stages\">"));
    if (start < 0)
        return html;
    qsizetype end = html.indexOf(QLatin1String("<h"), start + 1);
    if (end < 0)
        end = html.size();
    static const QRegularExpression bar(QStringLiteral("<code>([1-4.]+)</code>"));
    QString section = html.mid(start, end - start);
    QString drawn;
    qsizetype last = 0;
    auto it = bar.globalMatch(section);
    while (it.hasNext()) {
        const auto m = it.next();
        drawn += section.mid(last, m.capturedStart() - last);
        drawn += QStringLiteral("<span class=\"stage-bar\">");
        for (QChar c : m.captured(1)) {
            const QChar stage = c == u'.' ? QChar(u'0') : c;
            drawn += QStringLiteral("<span class=\"stage-%1\">%2</span>").arg(stage, c);
        }
        drawn += QStringLiteral("</span>");
        last = m.capturedEnd();
    }
    drawn += section.mid(last);
    return html.left(start) + drawn + html.mid(end);
}

}  // namespace lintel::handover
