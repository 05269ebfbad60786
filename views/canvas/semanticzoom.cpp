#include "views/canvas/semanticzoom.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace lintel::canvas {

double labelScale(CanvasFont font, double lod, double minPixels)
{
    const double onScreen = canvasFont(font).pixelSize() * lod;
    return onScreen >= minPixels || onScreen <= 0 ? 1.0 : minPixels / onScreen;
}

QStringList fitLines(const QString &text, CanvasFont font, double width, int maxLines)
{
    const QFontMetricsF &metrics = canvasFontMetrics(font);
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    qsizetype next = 0;
    for (; next < words.size(); ++next) {
        const QString candidate = line.isEmpty() ? words[next] : line + u' ' + words[next];
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (qsizetype(lines.size()) + 1 == maxLines)
            break;  // the last line: what does not fit is elided below
        lines << metrics.elidedText(line, Qt::ElideRight, width);
        line = words[next];
    }
    if (!line.isEmpty() && maxLines > 0) {
        // Words left over: say so with an ellipsis even if this line fits.
        if (next < words.size())
            line += QStringLiteral(" ") + words[next];
        lines << metrics.elidedText(line, Qt::ElideRight, width);
    }
    return lines;
}

EnlargedLabel enlargedLabel(const QString &text, CanvasFont font, const QRectF &area, double lod,
                            double minPixels, int maxLines)
{
    EnlargedLabel label;
    label.scale = labelScale(font, lod, minPixels);
    label.screenPixels = canvasFont(font).pixelSize() * lod * label.scale;
    const double lineHeight = canvasFontMetrics(font).height();
    const int fitting = int(area.height() / label.scale / lineHeight);
    label.lines = fitLines(text, font, area.width() / label.scale, std::clamp(fitting, 1, maxLines));
    return label;
}

void paintEnlargedLabel(QPainter *painter, const EnlargedLabel &label, CanvasFont font, const QRectF &area)
{
    // Drawn in the font's own units and scaled: the same text layout as at
    // 100 %, only fewer and larger letters.
    const double lineHeight = canvasFontMetrics(font).height();
    const double width = area.width() / label.scale;
    painter->save();
    painter->translate(area.center());
    painter->scale(label.scale, label.scale);
    painter->setFont(canvasFont(font));
    double y = -lineHeight * double(label.lines.size()) / 2;
    for (const QString &line : label.lines) {
        painter->drawText(QRectF(-width / 2, y, width, lineHeight), Qt::AlignCenter, line);
        y += lineHeight;
    }
    painter->restore();
}

}  // namespace lintel::canvas
