#include "views/canvas/flowlabel.h"

#include "views/canvas/canvasfonts.h"

#include <QPainter>

namespace lintel::canvas {

namespace {

constexpr double kPadding = 4;

QStaticText preparedText(const QString &text, CanvasFont font)
{
    QStaticText prepared(text);
    prepared.setTextFormat(Qt::PlainText);
    prepared.prepare(QTransform(), canvasFont(font));
    return prepared;
}

// Draws `text` centred in the row of `rowHeight` starting at `top`.
void drawCentred(QPainter *painter, const QStaticText &text, const QRectF &box, double top, double rowHeight)
{
    const QSizeF size = text.size();
    painter->drawStaticText(QPointF(box.left() + (box.width() - size.width()) / 2,
                                    top + (rowHeight - size.height()) / 2),
                            text);
}

}  // namespace

void FlowLabel::setText(const QStringList &lines, const QString &warning)
{
    m_lines.clear();
    double width = 0;
    for (const QString &line : lines) {
        m_lines.push_back(preparedText(line, CanvasFont::FlowLabel));
        width = std::max(width, m_lines.back().size().width());
    }
    m_warning = warning.isEmpty() ? QStaticText() : preparedText(QStringLiteral("⚠ ") + warning, CanvasFont::Badge);
    width = std::max(width, m_warning.size().width());
    const int rows = int(m_lines.size()) + (warning.isEmpty() ? 0 : 1);
    m_size = QSizeF(width + 2 * kPadding, rows * canvasFontMetrics(CanvasFont::FlowLabel).height() + 2);
}

void FlowLabel::paint(QPainter *painter, const QRectF &box, const QColor &border, const QColor &warningColour,
                      bool plain) const
{
    if (plain) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(border, 0));
        painter->setBrush(Qt::white);
        painter->drawRect(box);
        painter->setRenderHint(QPainter::Antialiasing);
    } else {
        painter->setPen(QPen(border, 0.8));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(box, 4, 4);
    }
    const double rowHeight = canvasFontMetrics(CanvasFont::FlowLabel).height();
    double top = box.top() + 1;
    painter->setFont(canvasFont(CanvasFont::FlowLabel));
    painter->setPen(QColor(0x26, 0x26, 0x26));
    for (const QStaticText &line : m_lines) {
        drawCentred(painter, line, box, top, rowHeight);
        top += rowHeight;
    }
    if (!m_warning.text().isEmpty()) {
        painter->setFont(canvasFont(CanvasFont::Badge));
        painter->setPen(warningColour);
        drawCentred(painter, m_warning, box, top, rowHeight);
    }
}

}  // namespace lintel::canvas
