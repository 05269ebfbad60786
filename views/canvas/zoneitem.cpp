#include "views/canvas/zoneitem.h"

#include "model/index/semantics.h"
#include "model/style/labeltext.h"
#include "views/canvas/canvasfonts.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace lintel::canvas {

namespace {

const QColor kSelection(0x1a, 0x73, 0xe8);
const QColor kOverlap(0xc6, 0x28, 0x28);
constexpr double kBorderHitWidth = 8;
constexpr double kRadius = 8;

}  // namespace

ZoneItem::ZoneItem(const QString &id) : CanvasItem(Collection::Zones, id)
{
    setFlags(ItemIsSelectable);
    setZValue(kZoneZ);
}

void ZoneItem::sync(const Zone &zone, std::optional<Trust> trust)
{
    m_name = truncated(singleLine(zone.name.isEmpty() ? zone.id : zone.name), 60);
    m_parent = zone.parent;
    m_description = zone.description;
    m_trust = trust;
    m_trustInherited = !zone.trust && m_trust;
    m_style = zoneStyle(trust);
    m_label = zoneLabel(zone, trust);
    update();
}

void ZoneItem::setDepth(int depth)
{
    m_depth = depth;
    setZValue(kZoneZ + depth);
}

void ZoneItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void ZoneItem::setDropTarget(bool on)
{
    if (on == m_dropTarget)
        return;
    m_dropTarget = on;
    update();
}

void ZoneItem::setSiblingOverlaps(const QList<QRectF> &areas)
{
    if (areas == m_overlaps)
        return;
    m_overlaps = areas;
    update();
}

QRectF ZoneItem::titleBarRect() const
{
    return {m_rect.left(), m_rect.top(), m_rect.width(), kZoneHeader};
}

QRectF ZoneItem::boundingRect() const
{
    return m_rect.adjusted(-14, -14, 14, 4);
}

QPainterPath ZoneItem::shape() const
{
    QPainterPath ring;
    ring.addRect(m_rect.adjusted(-kBorderHitWidth / 2, -kBorderHitWidth / 2, kBorderHitWidth / 2, kBorderHitWidth / 2));
    ring.addRect(m_rect.adjusted(kBorderHitWidth / 2, kZoneHeader, -kBorderHitWidth / 2, -kBorderHitWidth / 2));
    return ring;  // odd-even fill: the border and title bar, not the inside
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = levelOfDetail(painter);
    const bool selected = (option->state & QStyle::State_Selected) && !isExporting();
    QPen pen(selected || m_dropTarget ? kSelection : m_style.border, selected || m_dropTarget ? 2.5 : 1.4);
    if (m_style.dashedBorder)
        pen.setDashPattern({6, 4});
    if (lod < kLodShapesOnly) {
        pen.setCosmetic(true);
        pen.setWidthF(selected || m_dropTarget ? 2 : 1);
    } else {
        painter->setRenderHint(QPainter::Antialiasing);
    }
    painter->setPen(pen);
    QColor fill = m_style.fill;
    if (m_dropTarget)
        fill = fill.darker(104);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, kRadius, kRadius);
    paintOverlaps(painter);
    paintTitle(painter, lod);
    if (lod >= kLodShapesOnly)
        paintFindingMarker(painter, QPointF(m_rect.right() - 16, m_rect.top() + kZoneHeader / 2));
}

// A title too long for the zone loses whole words from its end ("Cardholder
// data …", not "Cardholder da…"): a reader recognises words, not stems.
// A first word that does not fit on its own is cut as usual.
static QString elidedAtWord(const QString &name, double width)
{
    const QFontMetricsF &metrics = canvasFontMetrics(CanvasFont::ZoneTitle);
    const QString elided = metrics.elidedText(name, Qt::ElideRight, width);
    if (elided == name)
        return name;
    const QString kept = elided.chopped(1);  // without the "…"
    const qsizetype space = kept.lastIndexOf(u' ');
    const bool cutInsideAWord = kept.size() < name.size() && name[kept.size()] != u' ';
    if (!cutInsideAWord || space <= 0)
        return elided;
    return kept.left(space).trimmed() + QStringLiteral(" …");
}

EnlargedLabel ZoneItem::titleLabel(double lod) const
{
    // Far out the zone names are the map's only labels: a little larger
    // than element names, and never hidden while the zone is wide enough
    // on screen to hold a few letters.
    double minPixels = minimumLabelPixels() * 1.2;
    if (lod < kLodShapesOnly)
        minPixels = std::max(minPixels, 0.9 * canvasFont(CanvasFont::ZoneTitle).pixelSize());
    EnlargedLabel label;
    label.scale = labelScale(CanvasFont::ZoneTitle, lod, minPixels);
    // A title taller than half the zone would cover what it names.
    const double roomy = m_rect.height() / (kZoneHeader * 2);
    if (label.scale > 1 && roomy < label.scale) {
        if (roomy < 1)
            return {};
        label.scale = roomy;
    }
    if (m_rect.width() * lod < 60)
        return {};
    label.screenPixels = canvasFont(CanvasFont::ZoneTitle).pixelSize() * lod * label.scale;
    const double available = m_rect.width() / label.scale - 24;
    label.lines << elidedAtWord(m_name, std::max(0.0, available));
    return label;
}

void ZoneItem::paintTitle(QPainter *painter, double lod) const
{
    const EnlargedLabel label = titleLabel(lod);
    if (label.lines.isEmpty())
        return;
    painter->save();
    painter->translate(m_rect.topLeft());
    painter->scale(label.scale, label.scale);
    const QFontMetricsF &metrics = canvasFontMetrics(CanvasFont::ZoneTitle);
    const QString &title = label.lines.front();
    painter->setFont(canvasFont(CanvasFont::ZoneTitle));
    painter->setPen(m_style.border.darker(130));
    const QRectF titleRect(12, 0, metrics.horizontalAdvance(title) + 2, kZoneHeader);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    const QString trust = m_trust ? enumName(*m_trust) : QString();
    const double trustWidth = canvasFontMetrics(CanvasFont::ZoneTrust).horizontalAdvance(trust.toUpper()) + 14;
    // The trust pill only beside a whole name: the name matters more.
    const bool roomForTrust = titleRect.right() + 8 + trustWidth <= m_rect.width() / label.scale - 12;
    if (!trust.isEmpty() && lod >= kLodShapesOnly && title == m_name && roomForTrust) {
        const QRectF pill(titleRect.right() + 8, kZoneHeader / 2 - 8, trustWidth, 16);
        // Inherited trust is outlined: true, but not stated on this zone.
        painter->setPen(m_trustInherited ? QPen(m_style.border, 1) : QPen(Qt::NoPen));
        painter->setBrush(m_trustInherited ? QBrush(Qt::white) : QBrush(m_style.border));
        painter->drawRoundedRect(pill, 8, 8);
        painter->setFont(canvasFont(CanvasFont::ZoneTrust));
        painter->setPen(m_trustInherited ? m_style.border : QColor(Qt::white));
        painter->drawText(pill, Qt::AlignCenter, trust);
    }
    painter->restore();
}

void ZoneItem::paintOverlaps(QPainter *painter) const
{
    if (m_overlaps.isEmpty())
        return;
    painter->save();
    QPen pen(kOverlap, 1.2);
    pen.setCosmetic(true);
    pen.setDashPattern({3, 3});
    painter->setPen(pen);
    painter->setBrush(QBrush(kOverlap, Qt::BDiagPattern));
    for (const QRectF &area : m_overlaps)
        painter->drawRect(area);
    painter->restore();
}

QString ZoneItem::toolTipText() const
{
    QString html = QStringLiteral("<b>%1</b> <span style='color:#666'>zone</span>").arg(m_label.toHtmlEscaped());
    html += QStringLiteral("<br><span style='color:#666'>id:</span> %1").arg(id().toHtmlEscaped());
    if (!m_trust)
        html += QStringLiteral("<br><i>No trust level recorded</i>");
    else if (m_trustInherited)
        html += QStringLiteral("<br>Trust inherited from its parent zone");
    if (!m_description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(truncated(singleLine(m_description), 240).toHtmlEscaped());
    if (!m_overlaps.isEmpty())
        html += QStringLiteral("<p style='color:#c62828'>Overlaps another zone (hatched): move the elements "
                               "apart so each zone's box holds only its own.</p>");
    return html + findingsToolTip();
}

}  // namespace lintel::canvas
