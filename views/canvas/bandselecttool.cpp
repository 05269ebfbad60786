#include "views/canvas/bandselecttool.h"

#include "views/canvas/canvasitem.h"
#include "views/canvas/diagramscene.h"

#include <QRubberBand>
#include <QSet>

namespace lintel::canvas {

BandSelectTool::BandSelectTool(DiagramScene *scene, QWidget *viewport)
    : m_scene(scene), m_band(std::make_unique<QRubberBand>(QRubberBand::Rectangle, viewport))
{
}

BandSelectTool::~BandSelectTool() = default;

void BandSelectTool::begin(QPoint viewportPos, QPointF scenePos, bool additive)
{
    if (!m_scene)
        return;
    m_active = true;
    m_pressViewport = viewportPos;
    m_pressScene = scenePos;
    m_before.clear();
    if (additive) {
        for (QGraphicsItem *item : m_scene->selectedItems())
            m_before.push_back(static_cast<CanvasItem *>(item)->ref());
    } else {
        m_scene->setSelectedItems({});
    }
}

void BandSelectTool::update(QPoint viewportPos, QPointF scenePos)
{
    if (!m_active || !m_scene)
        return;
    m_band->setGeometry(QRect(m_pressViewport, viewportPos).normalized());
    m_band->show();
    const QRectF band = QRectF(m_pressScene, scenePos).normalized();
    QSet<QGraphicsItem *> selected;
    for (const ObjectRef &ref : m_before)
        if (CanvasItem *item = m_scene->itemFor(ref))
            selected.insert(item);
    for (QGraphicsItem *item : m_scene->items(band, Qt::IntersectsItemBoundingRect)) {
        if (item->type() < QGraphicsItem::UserType || !(item->flags() & QGraphicsItem::ItemIsSelectable))
            continue;  // the connect preview and other helpers
        if (band.contains(static_cast<CanvasItem *>(item)->selectionExtent()))
            selected.insert(item);
    }
    m_scene->setSelectedItems(selected);
}

void BandSelectTool::finish()
{
    m_active = false;
    m_band->hide();
    m_before.clear();
}

}  // namespace lintel::canvas
