#include "views/canvas/canvasitem.h"

#include "model/style/diagramstyle.h"
#include "views/canvas/diagramscene.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace lintel::canvas {

CanvasItem::CanvasItem(Collection collection, QString id)
    : m_id(std::move(id)), m_collection(collection)
{
}

void CanvasItem::setFindings(FindingMarks marks)
{
    if (marks.isBlank() && m_findings.isBlank())
        return;
    m_findings = std::move(marks);
    update();
}

DiagramScene *CanvasItem::diagramScene() const
{
    return static_cast<DiagramScene *>(scene());
}

double CanvasItem::levelOfDetail(const QPainter *painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
}

bool CanvasItem::isExporting() const
{
    const DiagramScene *s = diagramScene();
    return s && s->isExporting();
}

double CanvasItem::minimumLabelPixels() const
{
    const DiagramScene *s = diagramScene();
    return s && !s->isExporting() ? s->minimumLabelPixels() : 0;
}

QRectF CanvasItem::findingMarkerRect(QPointF centre)
{
    return {centre.x() - 11, centre.y() - 11, 30, 22};
}

void CanvasItem::paintAcceptedMarker(QPainter *painter, QPointF c) const
{
    const double r = 8;
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(QColor(0xa8, 0xae, 0xb5));  // muted: decided, not open
    painter->drawEllipse(c, r, r);
    QPainterPath tick;
    tick.moveTo(c + QPointF(-4, 0.5));
    tick.lineTo(c + QPointF(-1, 3.5));
    tick.lineTo(c + QPointF(4.5, -3));
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(tick);
}

void CanvasItem::paintFindingMarker(QPainter *painter, QPointF c) const
{
    if (m_findings.isEmpty()) {
        if (m_findings.accepted > 0)
            paintAcceptedMarker(painter, c);
        return;
    }
    const QColor colour = findingColor(m_findings.worst);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(colour);
    const double r = 9;
    if (m_findings.worst == Severity::Warning) {
        const QPointF triangle[] = {{c.x(), c.y() - r - 1}, {c.x() + r + 1, c.y() + r - 1},
                                    {c.x() - r - 1, c.y() + r - 1}};
        painter->drawPolygon(triangle, 3);
    } else {
        painter->drawEllipse(c, r, r);
    }
    QFont font = painter->font();
    font.setPixelSize(12);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    const QString glyph = m_findings.worst == Severity::Info ? QStringLiteral("i") : QStringLiteral("!");
    const double glyphOffset = m_findings.worst == Severity::Warning ? 2 : 0;
    painter->drawText(QRectF(c.x() - r, c.y() - r + glyphOffset, 2 * r, 2 * r), Qt::AlignCenter, glyph);
    if (m_findings.count < 2)
        return;
    // The count sits on the icon's shoulder like an unread-mail badge.
    font.setPixelSize(9);
    painter->setFont(font);
    const QString count = m_findings.count > 99 ? QStringLiteral("99+") : QString::number(m_findings.count);
    const double w = std::max(13.0, 6.0 + 5.5 * count.size());
    const QRectF bubble(c.x() + r - 5, c.y() - r - 4, w, 13);
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(QColor(0x26, 0x26, 0x26));
    painter->drawRoundedRect(bubble, 6.5, 6.5);
    painter->setPen(Qt::white);
    painter->drawText(bubble, Qt::AlignCenter, count);
}

QString CanvasItem::findingsToolTip() const
{
    QString html;
    if (!m_findings.isEmpty()) {
        html += QStringLiteral("<hr><b>%1 finding%2</b><ul style='margin-left:-20px'>")
                    .arg(m_findings.count)
                    .arg(m_findings.count == 1 ? QString() : QStringLiteral("s"));
        for (const QString &line : m_findings.lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (m_findings.accepted > 0) {
        html += QStringLiteral("<hr><b style='color:#777'>%1 accepted risk%2</b><ul style='margin-left:-20px;color:#777'>")
                    .arg(m_findings.accepted)
                    .arg(m_findings.accepted == 1 ? QString() : QStringLiteral("s"));
        for (const QString &line : m_findings.acceptedLines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

}  // namespace lintel::canvas
