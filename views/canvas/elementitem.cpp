#include "views/canvas/elementitem.h"

#include "model/document/collections.h"
#include "model/index/lookup.h"
#include "model/style/labeltext.h"
#include "views/canvas/canvasfonts.h"
#include "views/canvas/connecthandles.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementpainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace lintel::canvas {

namespace {

const QColor kSelection(0x1a, 0x73, 0xe8);
const QColor kDetailText(0x4a, 0x4a, 0x4a);

// A pill straddling an edge of the body: badges read as attached labels.
QRectF pillRect(const QString &text, CanvasFont font, double x, double centreY, bool alignRight)
{
    const double w = canvasFontMetrics(font).horizontalAdvance(text) + 12;
    const double left = alignRight ? x - w : x;
    return {left, centreY - 8, w, 16};
}

}  // namespace

ElementItem::ElementItem(const QString &id) : CanvasItem(Collection::Elements, id)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(kElementZ);
    // Elements are the many small items full of text: caching their pixels
    // makes panning a large model cheap. (Qt re-renders the cache when the
    // zoom changes, so the level of detail still applies.) Flows and zones
    // are not cached: long diagonals and big rectangles would mostly cache
    // transparent pixels.
    setCacheMode(DeviceCoordinateCache);
}

QRectF ElementItem::bodyRect()
{
    return {-kElementSize.width() / 2, -kElementSize.height() / 2, kElementSize.width(),
            kElementSize.height()};
}

void ElementItem::sync(const Model &model, const Element &element)
{
    prepareGeometryChange();  // the shape may change with the kind
    m_kind = element.kind;
    m_style = elementStyle(element.kind);
    m_name = element.name.isEmpty() ? element.id : element.name;
    m_zone = element.zone;
    m_technology = element.technology;
    m_description = element.description;
    m_classification = highestClassification(model, element);

    const QRectF text = elementTextArea(m_style.shape, bodyRect());
    const QFontMetricsF &nameMetrics = canvasFontMetrics(CanvasFont::Name);
    // Wrap like every other diagram does, at a width that fits the body,
    // then let the font decide what still fits on two lines.
    m_nameLines = wrapLines(m_name, 20);
    if (m_nameLines.size() > 2) {
        m_nameLines = m_nameLines.mid(0, 2);
        m_nameLines[1] += QStringLiteral("…");
    }
    for (QString &line : m_nameLines)
        line = nameMetrics.elidedText(line, Qt::ElideRight, text.width());
    m_technologyLine = canvasFontMetrics(CanvasFont::Detail)
                           .elidedText(singleLine(m_technology), Qt::ElideRight, text.width());

    m_teamBadge.clear();
    if (!element.team.isEmpty()) {
        const Team *team = findObject<Team>(model, element.team);
        m_teamBadge = team && !team->name.isEmpty() ? team->name : element.team;
        m_teamBadge = truncated(singleLine(m_teamBadge), 22);
        if (team && team->kind == TeamKind::Vendor)
            m_teamBadge += QStringLiteral(" · vendor");
    }
    update();
}

double ElementItem::viewZoom() const
{
    const DiagramScene *s = diagramScene();
    return s ? s->viewZoom() : 1.0;
}


QRectF ElementItem::boundingRect() const
{
    // Room for badges straddling the edges, the finding marker on the
    // top-left corner and, while they show, the connect handles.
    const QRectF extent = elementExtent(m_style.shape, bodyRect());
    const QRectF decorated = extent.adjusted(-14, -16, 14, 12);
    if (!showsConnectHandles())
        return decorated;
    const double reach = connecthandles::reach(viewZoom());
    return decorated | extent.adjusted(-reach, -reach, reach, reach);
}

QPainterPath ElementItem::shape() const
{
    // Just the outline: the rubber band selects what it encloses by shape,
    // and the hover-only handle must not make an element harder to enclose
    // right after the pointer crossed it.
    return elementOutline(m_style.shape, bodyRect());
}

bool ElementItem::contains(const QPointF &point) const
{
    // The handles must be hittable (clicks and hover test points with
    // contains()), or nobody could start dragging from them.
    return shape().contains(point) || (showsConnectHandles() && isOnConnectHandle(point));
}

void ElementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = levelOfDetail(painter);
    const bool selected = (option->state & QStyle::State_Selected) && !isExporting();
    const bool hovered = m_hovered && !isExporting();
    const QRectF body = bodyRect();
    QColor stroke = findings().isEmpty() ? m_style.stroke : findingColor(findings().worst);
    if (lod < kLodShapesOnly) {
        // Overview: a coloured block per element. Selection and findings
        // must still show, they are why one zooms out.
        painter->setPen(QPen(selected ? kSelection : stroke, findings().isEmpty() && !selected ? 0 : 2 / lod));
        painter->setBrush(m_style.fill);
        painter->drawRect(body);
        if (showsConnectHandles())
            connecthandles::paint(painter, elementExtent(m_style.shape, body), lod);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(kSelection.red(), kSelection.green(), kSelection.blue(), 40));
        painter->drawRoundedRect(elementExtent(m_style.shape, body).adjusted(-6, -6, 6, 6), 8, 8);
    }
    double width = findings().isEmpty() ? 1.6 : 2.4;
    if (hovered || m_connectTarget)
        width += 1;
    if (m_connectTarget)
        stroke = kSelection;
    paintElementShape(painter, m_style.shape, body, m_style.fill, stroke, width, true);
    if (selected) {
        painter->setPen(QPen(kSelection, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(elementExtent(m_style.shape, body).adjusted(-6, -6, 6, 6), 8, 8);
    }
    const EnlargedLabel name = nameLabel(lod);
    // Enlarged, the name is all there is room for: kind, technology and
    // badges would be too small to read anyway.
    const bool full = lod >= kLodNameOnly && name.scale == 1;
    if (name.scale > 1) {
        painter->setPen(m_style.text);
        paintEnlargedLabel(painter, name, CanvasFont::Name, elementTextArea(m_style.shape, bodyRect()));
    } else {
        paintLabels(painter, full);
    }
    if (full)
        paintBadges(painter);
    paintFindingMarker(painter, QPointF(body.left() + 2, body.top() + 2));
    if (showsConnectHandles())
        connecthandles::paint(painter, elementExtent(m_style.shape, body), lod);
}

EnlargedLabel ElementItem::nameLabel(double lod) const
{
    if (lod < kLodShapesOnly)
        return {};
    const QRectF area = elementTextArea(m_style.shape, bodyRect());
    EnlargedLabel label = enlargedLabel(m_name, CanvasFont::Name, area, lod, minimumLabelPixels(), 3);
    if (label.scale == 1)
        label.lines = m_nameLines;  // as in every other diagram
    return label;
}

void ElementItem::paintLabels(QPainter *painter, bool full) const
{
    const QRectF area = elementTextArea(m_style.shape, bodyRect());
    const QFontMetricsF &nameMetrics = canvasFontMetrics(CanvasFont::Name);
    const double kindHeight = full ? canvasFontMetrics(CanvasFont::Kind).height() + 2 : 0;
    const double techHeight = full && !m_technologyLine.isEmpty() ? canvasFontMetrics(CanvasFont::Detail).height() + 1 : 0;
    const double nameHeight = nameMetrics.height() * double(m_nameLines.size());
    double y = area.center().y() - (kindHeight + nameHeight + techHeight) / 2;

    if (full) {
        painter->setFont(canvasFont(CanvasFont::Kind));
        painter->setPen(m_style.stroke);
        painter->drawText(QRectF(area.left(), y, area.width(), kindHeight), Qt::AlignHCenter | Qt::AlignTop,
                          m_style.kindLabel);
        y += kindHeight;
    }
    painter->setFont(canvasFont(CanvasFont::Name));
    painter->setPen(m_style.text);
    for (const QString &line : m_nameLines) {
        painter->drawText(QRectF(area.left(), y, area.width(), nameMetrics.height()), Qt::AlignCenter, line);
        y += nameMetrics.height();
    }
    if (techHeight > 0) {
        painter->setFont(canvasFont(CanvasFont::Detail));
        painter->setPen(kDetailText);
        painter->drawText(QRectF(area.left(), y + 1, area.width(), techHeight), Qt::AlignHCenter | Qt::AlignTop,
                          m_technologyLine);
    }
}

void ElementItem::paintBadges(QPainter *painter) const
{
    const QRectF body = bodyRect();
    painter->setFont(canvasFont(CanvasFont::Badge));
    if (m_classification) {
        const QString text = classificationBadge(*m_classification);
        const QRectF pill = pillRect(text, CanvasFont::Badge, body.right() - 8, body.top(), true);
        painter->setPen(QPen(m_style.stroke, 1));
        painter->setBrush(classificationColor(*m_classification));
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(QColor(0x1a, 0x1a, 0x1a));
        painter->drawText(pill, Qt::AlignCenter, text);
    }
    if (!m_teamBadge.isEmpty()) {
        const QRectF pill = pillRect(m_teamBadge, CanvasFont::Badge, body.left() + 10, body.bottom(), false);
        painter->setPen(QPen(m_style.stroke, 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(m_style.stroke);
        painter->drawText(pill, Qt::AlignCenter, m_teamBadge);
    }
}

QString ElementItem::toolTipText() const
{
    QString html = QStringLiteral("<b>%1</b> <span style='color:#666'>%2</span>")
                       .arg(m_name.toHtmlEscaped(), m_style.kindLabel);
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<br><span style='color:#666'>%1:</span> %2").arg(label, value.toHtmlEscaped());
    };
    row(QStringLiteral("id"), id());
    row(QStringLiteral("technology"), m_technology);
    row(QStringLiteral("zone"), m_zone);
    row(QStringLiteral("team"), m_teamBadge);
    if (m_classification)
        row(QStringLiteral("holds"), classificationBadge(*m_classification).toLower() + QStringLiteral(" data"));
    if (!m_description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(truncated(singleLine(m_description), 240).toHtmlEscaped());
    html += findingsToolTip();
    if (!isExporting())
        html += QStringLiteral("<p style='color:#666'>Drag a + handle onto another element to add a flow (or press C and click both ends).</p>");
    return html;
}


}  // namespace lintel::canvas
