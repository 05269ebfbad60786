#include "exporters/diagram/dotlabels.h"

#include "model/style/labeltext.h"

namespace lintel::dotlabel {

namespace {

const QString kSubtleText = QStringLiteral("#404040");

QString font(const QString &inner, int pointSize, const QString &colour = {})
{
    QString attrs = QStringLiteral(" POINT-SIZE=\"%1\"").arg(pointSize);
    if (!colour.isEmpty())
        attrs += QStringLiteral(" COLOR=\"%1\"").arg(colour);
    return QStringLiteral("<FONT%1>%2</FONT>").arg(attrs, inner);
}

QString row(const QString &cell, const QString &tdAttrs = {})
{
    return QStringLiteral("<TR><TD%1>%2</TD></TR>").arg(tdAttrs, cell);
}

QString findingText(const FindingMark &mark)
{
    return font(QStringLiteral("<B>\u26A0 %1</B>").arg(mark.count), 10,
                color(findingColor(mark.worst)));
}

}  // namespace

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t') || u == 0x7f || u == 0xfffe || u == 0xffff)
            continue;
        switch (u) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '\t': out += QLatin1Char(' '); break;
        default: out += c;
        }
    }
    return out;
}

QString lines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &l : lines)
        escaped << escape(l);
    return escaped.join(QStringLiteral("<BR/>"));
}

QString color(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString tooltip(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines) {
        const QString flat = truncated(singleLine(l), 300);
        if (!flat.isEmpty())
            out << QString(flat).replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    }
    return out.join(QLatin1Char('\n'));
}

QString node(const Model &model, const Element &element, const NodeOptions &options)
{
    QString rows;
    if (options.mark)
        rows += row(findingText(*options.mark));
    const QString name = element.name.isEmpty() ? element.id : element.name;
    rows += row(QStringLiteral("<B>%1</B>").arg(lines(wrapLines(name))));

    rows += row(font(lines(elementKindLines(element)), 9, kSubtleText));

    if (isStore(element.kind)) {
        if (const auto highest = highestClassification(model, element)) {
            rows += row(font(escape(classificationBadge(*highest)), 8),
                        QStringLiteral(" BGCOLOR=\"%1\" CELLPADDING=\"2\"")
                            .arg(color(classificationColor(*highest))));
        }
    }
    if (!options.zoneLine.isEmpty())
        rows += row(font(lines(wrapLines(options.zoneLine)), 8, kSubtleText));

    return QStringLiteral(
               "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">%1</TABLE>")
        .arg(rows);
}

QString edge(const ModelIndex &index, const std::vector<const Flow *> &flows,
             const FindingMark *mark)
{
    QStringList labelLines;
    for (const Flow *f : flows)
        for (const QString &line : flowLabel(index, *f).split(QLatin1Char('\n')))
            if (!labelLines.contains(line))
                labelLines << line;
    QString text = lines(labelLines);
    const FlowStyle style = flowStyle(index, *flows.front());
    if (style.unprotectedCrossing) {
        text += QStringLiteral("<BR/>")
            + font(QStringLiteral("<B>%1</B>").arg(escape(style.warnings.join(QStringLiteral(", ")))),
                   10, color(style.color));
    }
    if (mark)
        text += QStringLiteral("<BR/>") + findingText(*mark);
    // A translucent plate: an edge passing under the label does not strike
    // through its text.
    return QStringLiteral("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\" "
                          "BGCOLOR=\"#ffffffe8\"><TR><TD>%1</TD></TR></TABLE>")
        .arg(font(text, 10));
}

QString zone(const Zone &zone, std::optional<Trust> trust)
{
    return QStringLiteral("<B>%1</B>").arg(lines(wrapLines(zoneLabel(zone, trust), 40)));
}

}  // namespace lintel::dotlabel
