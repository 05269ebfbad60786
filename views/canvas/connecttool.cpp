#include "views/canvas/connecttool.h"

#include "views/canvas/canvasedits.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/flowgeometry.h"
#include "views/selectionmodel.h"

#include <QGraphicsPathItem>
#include <QPen>

namespace lintel::canvas {

namespace {

const QColor kPreview(0x1a, 0x73, 0xe8);

}  // namespace

ConnectTool::~ConnectTool()
{
    cancel();
}

void ConnectTool::begin(const QString &sourceId, QPointF scenePos)
{
    cancel();
    if (!m_scene->elementItem(sourceId))
        return;
    m_source = sourceId;
    m_preview = new QGraphicsPathItem;
    QPen pen(kPreview, 2, Qt::DashLine, Qt::RoundCap);
    pen.setCosmetic(true);  // visible at every zoom
    m_preview->setPen(pen);
    m_preview->setBrush(kPreview);
    m_preview->setZValue(kOverlayZ);
    m_preview->setAcceptedMouseButtons(Qt::NoButton);
    m_scene->addItem(m_preview);
    update(scenePos);
}

ElementItem *ConnectTool::targetAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (item->type() == ElementItem::Type)
            return static_cast<ElementItem *>(item);
    return nullptr;
}

void ConnectTool::setTarget(ElementItem *target)
{
    if (ElementItem *old = m_scene->elementItem(m_target))
        old->setConnectTarget(false);
    m_target = target ? target->id() : QString();
    if (target)
        target->setConnectTarget(true);
}

void ConnectTool::update(QPointF scenePos)
{
    const ElementItem *source = m_scene->elementItem(m_source);
    if (!m_preview || !source)
        return;
    ElementItem *target = targetAt(scenePos);
    if (target == source)
        target = nullptr;  // loops are drawn in the inspector, not by accident
    setTarget(target);
    // Snap the preview onto the target's border, as the flow will look.
    FlowRoute route;
    if (target) {
        route = routeFlow(source->pos(), source->nodeShape(), target->pos(), target->nodeShape(), 0);
    } else {
        const QPointF start = borderPoint(source->pos(), source->nodeShape(), scenePos - source->pos());
        route.path.moveTo(start);
        route.path.lineTo(scenePos);
        route.tip = scenePos;
        route.tipDirection = scenePos - start;
    }
    QPainterPath path = route.path;
    path.addPolygon(arrowHead(route.tip, route.tipDirection, 12));
    path.closeSubpath();
    m_preview->setPath(path);
}

QString ConnectTool::finish(QPointF scenePos)
{
    if (!m_preview)
        return {};
    update(scenePos);
    const QString source = m_source, target = m_target;
    cancel();
    if (target.isEmpty() || target == source)
        return {};
    const QString flowId = addFlow(m_scene->document(), source, target);
    if (SelectionModel *selection = m_scene->selectionModel())
        selection->select({{Collection::Flows, flowId}});
    return flowId;
}

void ConnectTool::cancel()
{
    if (!m_scene) {  // gone, and the preview with it
        m_preview = nullptr;
        return;
    }
    setTarget(nullptr);
    delete m_preview;
    m_preview = nullptr;
    m_source.clear();
}

}  // namespace lintel::canvas
