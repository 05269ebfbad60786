#include "app/gui/toolbaricons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace lintel {

namespace {

const QColor kInk(0x3c, 0x44, 0x4f);

// A curved arrow pointing left (undo); mirrored it points right (redo).
void drawTurnArrow(QPainter &p, bool mirrored)
{
    if (mirrored) {
        p.translate(24, 0);
        p.scale(-1, 1);
    }
    QPainterPath curve;
    curve.moveTo(5, 9);
    curve.lineTo(14, 9);
    curve.cubicTo(23, 9, 23, 20, 14, 20);
    curve.lineTo(9, 20);
    p.drawPath(curve);
    QPainterPath head;
    head.moveTo(9, 4.5);
    head.lineTo(4, 9);
    head.lineTo(9, 13.5);
    p.drawPath(head);
}

void drawFit(QPainter &p)
{
    for (const auto &[x, y, dx, dy] : {std::tuple{4, 4, 1, 1}, {20, 4, -1, 1}, {4, 20, 1, -1}, {20, 20, -1, -1}}) {
        p.drawLine(QPointF(x, y), QPointF(x + 5 * dx, y));
        p.drawLine(QPointF(x, y), QPointF(x, y + 5 * dy));
    }
    p.drawRect(QRectF(9, 9, 6, 6));
}

void drawAutoLayout(QPainter &p)
{
    p.drawLine(QPointF(8, 7), QPointF(16, 7));
    p.drawLine(QPointF(12, 7), QPointF(12, 17));
    p.setBrush(kInk);
    for (const QPointF &c : {QPointF(6, 7), QPointF(18, 7), QPointF(12, 18)})
        p.drawRoundedRect(QRectF(c.x() - 3, c.y() - 3, 6, 6), 1.5, 1.5);
}

void drawExport(QPainter &p)
{
    QPainterPath tray;
    tray.moveTo(4, 13);
    tray.lineTo(4, 20);
    tray.lineTo(20, 20);
    tray.lineTo(20, 13);
    p.drawPath(tray);
    p.drawLine(QPointF(12, 15), QPointF(12, 4));
    QPainterPath head;
    head.moveTo(7.5, 8.5);
    head.lineTo(12, 4);
    head.lineTo(16.5, 8.5);
    p.drawPath(head);
}

// Two boxes joined by an arrow: connect mode.
void drawConnect(QPainter &p)
{
    p.drawRoundedRect(QRectF(3, 3, 7, 7), 1.5, 1.5);
    p.drawRoundedRect(QRectF(14, 14, 7, 7), 1.5, 1.5);
    p.drawLine(QPointF(9, 9), QPointF(14.5, 14.5));
    QPainterPath head;
    head.moveTo(9.5, 14.5);
    head.lineTo(14.5, 14.5);
    head.lineTo(14.5, 9.5);
    p.drawPath(head);
}

QPixmap paint(ToolbarIcon which, int size, QColor ink)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    p.setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (which) {
    case ToolbarIcon::Undo: drawTurnArrow(p, false); break;
    case ToolbarIcon::Redo: drawTurnArrow(p, true); break;
    case ToolbarIcon::Fit: drawFit(p); break;
    case ToolbarIcon::AutoLayout: drawAutoLayout(p); break;
    case ToolbarIcon::Export: drawExport(p); break;
    case ToolbarIcon::Connect: drawConnect(p); break;
    }
    return pixmap;
}

}  // namespace

QIcon toolbarIcon(ToolbarIcon which)
{
    QIcon icon;
    for (int size : {24, 48}) {
        icon.addPixmap(paint(which, size, kInk), QIcon::Normal);
        icon.addPixmap(paint(which, size, QColor(0xb0, 0xb4, 0xba)), QIcon::Disabled);
    }
    return icon;
}

}  // namespace lintel
