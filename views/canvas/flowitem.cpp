#include "views/canvas/flowitem.h"

#include "model/style/labeltext.h"
#include "views/canvas/canvasfonts.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace lintel::canvas {

namespace {

const QColor kSelection(0x1a, 0x73, 0xe8);
constexpr double kLodLabels = 0.5;

QColor fadedTowards(const QColor &colour, const QColor &background, double amount)
{
    const auto mix = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return {mix(colour.red(), background.red()), mix(colour.green(), background.green()),
            mix(colour.blue(), background.blue())};
}

double penWidth(const FlowStyle &style)
{
    return style.width / kPointsPerPixel;  // the style speaks points, the canvas pixels
}

}  // namespace

FlowItem::FlowItem(const QString &id) : CanvasItem(Collection::Flows, id)
{
    // The exposed rectangle lets paint() stroke only what shows.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(kFlowZ);
}

void FlowItem::sync(const ModelIndex &index, const Flow &flow)
{
    m_from = flow.from;
    m_to = flow.to;
    m_style = flowStyle(index, flow);
    m_labelLines = flowLabel(index, flow).split(QLatin1Char('\n'));
    m_warningLine = m_style.warnings.join(QStringLiteral(" · "));
    m_description = flow.description;
    m_protocol = flow.protocol;
    m_authentication = flow.authentication;

    m_label.setText(m_labelLines, m_warningLine);
}

void FlowItem::setEnds(const ElementItem *from, const ElementItem *to, double lane)
{
    m_fromItem = from;
    m_toItem = to;
    m_lane = lane;
}

void FlowItem::updateGeometry()
{
    if (!m_fromItem || !m_toItem)
        return;
    prepareGeometryChange();
    if (m_fromItem == m_toItem) {
        m_route = routeSelfLoop(m_fromItem->pos(), int(m_lane));
    } else {
        // Lanes are counted in one direction for the pair, so a flow back
        // bows to the other side instead of onto the flow there.
        const double lane = m_from < m_to ? m_lane : -m_lane;
        m_route = routeFlow(m_fromItem->pos(), m_fromItem->nodeShape(), m_toItem->pos(),
                            m_toItem->nodeShape(), lane);
    }
    m_line = m_route.path.toSubpathPolygons().value(0);
    m_shape = QPainterPath();
    const double margin = penWidth(m_style) + 8;
    m_bounds = m_route.path.boundingRect().adjusted(-margin, -margin, margin, margin).united(labelRect());
    update();
}

QRectF FlowItem::labelRect() const
{
    const QSizeF size = m_label.size();
    return {m_route.labelAnchor.x() - size.width() / 2, m_route.labelAnchor.y() - size.height() / 2, size.width(),
            size.height()};
}

QRectF FlowItem::boundingRect() const
{
    return m_bounds;
}

QRectF FlowItem::selectionExtent() const
{
    return mapRectToScene(m_route.path.boundingRect() | labelRect());
}

double FlowItem::hitRadius() const
{
    return std::max(10.0, penWidth(m_style) + 6) / 2;
}

bool FlowItem::contains(const QPointF &point) const
{
    return m_bounds.contains(point)
        && (labelRect().contains(point) || polylineNear(m_line, point, hitRadius()));
}

bool FlowItem::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    // Hover and clicks test a one-unit square around the pointer.
    const QRectF area = path.boundingRect();
    if (mode != Qt::IntersectsItemShape || area.width() > 2 || area.height() > 2)
        return CanvasItem::collidesWithPath(path, mode);
    return contains(area.center());
}

QPainterPath FlowItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(2 * hitRadius());
        m_shape = stroker.createStroke(m_route.path);
        m_shape.addRect(labelRect());
        m_shape.setFillRule(Qt::WindingFill);
    }
    return m_shape;
}

void FlowItem::strokeVisible(QPainter *painter, QPen pen, const QRectF &visible) const
{
    const double dashUnit = pen.widthF() > 0 ? pen.widthF() : 1;  // dash lengths are in pen widths
    for (const VisibleRun &run : clipPolyline(m_line, visible)) {
        if (pen.style() != Qt::SolidLine) {
            pen.setDashOffset(run.startDistance / dashUnit);
            painter->setPen(pen);
        }
        // Not drawPolyline(): the raster engine strokes polylines through a
        // path four times slower. A single segment takes the line rasterizer.
        if (run.points.size() == 2) {
            painter->drawLine(run.points[0], run.points[1]);
        } else {
            QPainterPath path;
            path.addPolygon(run.points);
            painter->drawPath(path);
        }
    }
}

void FlowItem::strokeHairline(QPainter *painter, const QColor &colour, bool emphasised, bool dashes,
                              const QRectF &visible) const
{
    // One-pixel cosmetic lines without antialiasing: the raster engine's
    // fastest path (wider or smoothed lines go through the general stroker).
    // Emphasised flows (unprotected crossings, the selection) keep their
    // full colour so they still stand out; the others are faded towards the
    // background with an opaque colour, as blending costs too.
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(emphasised ? colour : fadedTowards(colour, kCanvasBackground, 0.57), 0);
    pen.setCosmetic(true);
    if (dashes && m_style.dashed)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    strokeVisible(painter, pen, visible);
}

void FlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = levelOfDetail(painter);
    const bool selected = (option->state & QStyle::State_Selected) && !isExporting();
    const QColor colour = selected ? kSelection : m_style.color;
    const double width = penWidth(m_style);
    const double margin = width + 8;
    const QRectF visible = option->exposedRect.adjusted(-margin, -margin, margin, margin);
    painter->setBrush(Qt::NoBrush);
    const bool emphasised = m_style.unprotectedCrossing || selected;
    if (lod < kLodShapesOnly) {
        strokeHairline(painter, colour, emphasised, false, visible);
        return;  // the overview has no heads or labels
    }
    const DiagramScene *scene = diagramScene();
    const bool crowded = scene && scene->flowsCrowded();
    if (crowded) {
        // Thousands of flows cross the window: a tangle either way, and
        // smooth wide strokes would make every frame take hundreds of ms.
        strokeHairline(painter, colour, emphasised, true, visible);
        painter->setRenderHint(QPainter::Antialiasing);
    } else {
        painter->setRenderHint(QPainter::Antialiasing);
        if (selected) {
            const QPen glow(QColor(kSelection.red(), kSelection.green(), kSelection.blue(), 60), width + 8,
                            Qt::SolidLine, Qt::RoundCap);
            painter->setPen(glow);
            strokeVisible(painter, glow, visible);
        }
        QPen pen(colour, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
        if (m_style.dashed)
            pen.setDashPattern({5, 3.5});
        painter->setPen(pen);
        strokeVisible(painter, pen, visible);
    }
    if (visible.contains(m_route.tip)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(arrowHead(m_route.tip, m_route.tipDirection, 9 + width * 1.5));
    }

    const QRectF label = labelRect();
    if (lod < kLodLabels || !label.intersects(option->exposedRect))
        return;
    // Semantic zoom: a label too small to read is clutter over the names;
    // only its finding marker stays, where the label would be.
    if (canvasFont(CanvasFont::FlowLabel).pixelSize() * lod < 0.8 * minimumLabelPixels()) {
        paintFindingMarker(painter, label.center());
        return;
    }
    const QColor border = m_style.unprotectedCrossing ? m_style.color : QColor(0xc8, 0xc8, 0xc8);
    m_label.paint(painter, label, border, m_style.color, crowded);
    paintFindingMarker(painter, label.topLeft());
}

QString FlowItem::toolTipText() const
{
    QString html = QStringLiteral("<b>%1</b> → <b>%2</b><br>%3")
                       .arg(m_from.toHtmlEscaped(), m_to.toHtmlEscaped(),
                            m_labelLines.join(QStringLiteral("<br>")).toHtmlEscaped());
    html += QStringLiteral("<br><span style='color:#666'>id:</span> %1").arg(id().toHtmlEscaped());
    html += QStringLiteral("<br><span style='color:#666'>authentication:</span> %1")
                .arg(m_authentication.isEmpty() ? QStringLiteral("<i>not recorded</i>") : m_authentication.toHtmlEscaped());
    if (m_style.crossesBoundary)
        html += QStringLiteral("<br>Crosses a zone boundary");
    if (!m_warningLine.isEmpty())
        html += QStringLiteral(" <b style='color:#c62828'>(%1)</b>").arg(m_warningLine.toHtmlEscaped());
    if (!m_description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(truncated(singleLine(m_description), 240).toHtmlEscaped());
    return html + findingsToolTip();
}

}  // namespace lintel::canvas
