#include "views/panels/panelicons.h"

#include "model/index/lookup.h"
#include "model/style/diagramstyle.h"
#include "views/canvas/elementpainter.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace lintel {

namespace {

// Draws the same picture at 1x and 2x so it stays crisp on high-dpi screens.
template <class Paint> QIcon paintedIcon(Paint paint)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pixmap(16 * scale, 16 * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon glyphIcon(const QColor &fill, const QColor &stroke, const QString &glyph, bool round)
{
    return paintedIcon([&](QPainter &p) {
        p.setPen(QPen(stroke, 1.2));
        p.setBrush(fill);
        const QRectF r(1.5, 1.5, 13, 13);
        if (round)
            p.drawEllipse(r);
        else
            p.drawRoundedRect(r, 2.5, 2.5);
        QFont font = p.font();
        font.setPixelSize(10);
        font.setBold(true);
        p.setFont(font);
        p.setPen(stroke);
        p.drawText(r, Qt::AlignCenter, glyph);
    });
}

}  // namespace

// The canvas painter draws it, as it draws the node and the palette entry:
// one picture of each kind everywhere in the editor.
QIcon elementIcon(ElementKind kind)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.find(int(kind)); it != cache.end())
        return *it;
    QIcon icon = canvas::elementKindIcon(kind, 16);
    cache.insert(int(kind), icon);
    return icon;
}

QIcon zoneIcon(std::optional<Trust> trust)
{
    static QHash<int, QIcon> cache;
    const int key = trust ? int(*trust) : -1;
    if (const auto it = cache.find(key); it != cache.end())
        return *it;
    const ZoneStyle style = zoneStyle(trust);
    QIcon icon = paintedIcon([&](QPainter &p) {
        QPen pen(style.border, 1.4);
        if (style.dashedBorder)
            pen.setDashPattern({2, 1.5});
        p.setPen(pen);
        p.setBrush(style.fill);
        p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 2, 2);
        p.setPen(Qt::NoPen);
        p.setBrush(style.border);
        p.drawRect(QRectF(1.5, 1.5, 13, 3.5));
    });
    cache.insert(key, icon);
    return icon;
}

QIcon collectionIcon(Collection collection)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.find(int(collection)); it != cache.end())
        return *it;
    QIcon icon;
    switch (collection) {
    case Collection::Elements: icon = elementIcon(ElementKind::Service); break;
    case Collection::Zones: icon = zoneIcon(Trust::Internal); break;
    case Collection::Flows:
        icon = paintedIcon([](QPainter &p) {
            p.setPen(QPen(QColor(0x45, 0x45, 0x45), 1.5));
            p.drawLine(QPointF(2, 8), QPointF(13, 8));
            const QPointF head[] = {{14.5, 8}, {10, 4.5}, {10, 11.5}};
            p.setBrush(QColor(0x45, 0x45, 0x45));
            p.drawPolygon(head, 3);
        });
        break;
    case Collection::Apis: icon = glyphIcon(QColor(0xe3, 0xf2, 0xe8), QColor(0x1b, 0x6e, 0x3f), QStringLiteral("{}"), false); break;
    case Collection::Data: icon = glyphIcon(QColor(0xff, 0xf0, 0xd9), QColor(0x9a, 0x5b, 0x00), QStringLiteral("D"), false); break;
    case Collection::Teams: icon = glyphIcon(QColor(0xe8, 0xea, 0xf6), QColor(0x3f, 0x51, 0xb5), QStringLiteral("T"), true); break;
    case Collection::Decisions: icon = glyphIcon(QColor(0xed, 0xe7, 0xf6), QColor(0x5e, 0x35, 0xb1), QStringLiteral("✓"), false); break;
    case Collection::Questions: icon = glyphIcon(QColor(0xff, 0xf8, 0xe1), QColor(0xb2, 0x6a, 0x00), QStringLiteral("?"), true); break;
    case Collection::Views: icon = glyphIcon(QColor(0xec, 0xef, 0xf1), QColor(0x45, 0x5a, 0x64), QStringLiteral("▦"), false); break;
    case Collection::AcceptedRisks: icon = glyphIcon(QColor(0xf1, 0xf8, 0xe9), QColor(0x55, 0x8b, 0x2f), QStringLiteral("✓"), true); break;
    }
    cache.insert(int(collection), icon);
    return icon;
}

QIcon objectIcon(const Model &model, const ObjectRef &ref)
{
    if (ref.collection == Collection::Elements)
        if (const Element *e = findObject<Element>(model, ref.id))
            return elementIcon(e->kind);
    if (ref.collection == Collection::Zones)
        if (const Zone *z = findObject<Zone>(model, ref.id))
            return zoneIcon(z->trust);
    return collectionIcon(ref.collection);
}

QIcon severityIcon(Severity severity)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.find(int(severity)); it != cache.end())
        return *it;
    const QColor color = findingColor(severity);
    QIcon icon = paintedIcon([&](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        if (severity == Severity::Warning) {
            const QPointF triangle[] = {{8, 1.5}, {15, 14}, {1, 14}};
            p.drawPolygon(triangle, 3);
        } else {
            p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        }
        QPen pen(Qt::white, 1.8);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        if (severity == Severity::Error) {
            p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        } else if (severity == Severity::Warning) {
            p.drawLine(QPointF(8, 6), QPointF(8, 9.5));
            p.drawPoint(QPointF(8, 12));
        } else {
            p.drawPoint(QPointF(8, 4.8));
            p.drawLine(QPointF(8, 7.5), QPointF(8, 11.5));
        }
    });
    cache.insert(int(severity), icon);
    return icon;
}

}  // namespace lintel
