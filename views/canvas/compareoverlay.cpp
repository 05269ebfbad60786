#include "views/canvas/compareoverlay.h"

#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasitem.h"
#include "views/canvas/diagramscene.h"

#include <QPainter>

namespace lintel::canvas {

namespace {

// Above elements, flows and their finding markers, below the rubber band
// and the connect preview; it takes no clicks.
constexpr double kCompareZ = kOverlayZ - 1;
constexpr double kRing = 6;  // scene units between an object and its ring

QColor markColour(CompareMark mark)
{
    return mark == CompareMark::Added ? QColor(0x2e, 0x9e, 0x44) : QColor(0xe0, 0x8a, 0x00);
}

}  // namespace

CompareOverlay::CompareOverlay(DiagramScene *scene) : m_scene(scene)
{
    setZValue(kCompareZ);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemIsSelectable, false);
}

void CompareOverlay::setMarks(QHash<QString, CompareMark> elements, QHash<QString, CompareMark> flows,
                              QHash<QString, CompareMark> zones, QList<CompareGhost> ghosts)
{
    prepareGeometryChange();
    m_elements = std::move(elements);
    m_flows = std::move(flows);
    m_zones = std::move(zones);
    m_ghosts = std::move(ghosts);
    update();
}

std::optional<CompareMark> CompareOverlay::markOf(const ObjectRef &ref) const
{
    const QHash<QString, CompareMark> &marks = ref.collection == Collection::Flows   ? m_flows
                                               : ref.collection == Collection::Zones ? m_zones
                                                                                     : m_elements;
    const auto it = marks.constFind(ref.id);
    return it == marks.constEnd() ? std::nullopt : std::optional<CompareMark>(*it);
}

QRectF CompareOverlay::boundingRect() const
{
    // Not itemsBoundingRect(): that would ask this item for its own bounds.
    // The diagram's items plus every ghost, with room for the rings; the
    // scene grows as elements move out, and CompareMode re-marks after edits.
    QRectF area = m_scene->contentRect();
    for (const CompareGhost &ghost : m_ghosts)
        area |= QRectF(ghost.centre - QPointF(kElementSize.width(), kElementSize.height()), kElementSize * 2);
    return area.adjusted(-50, -50, 50, 50);
}

void CompareOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    auto ring = [&](const QString &id, Collection c, CompareMark mark) {
        const CanvasItem *item = m_scene->itemFor({c, id});
        if (!item)
            return;
        QColor colour = markColour(mark);
        if (c == Collection::Flows) {
            colour.setAlpha(110);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawPath(item->mapToScene(item->shape()));
            return;
        }
        painter->setPen(QPen(colour, c == Collection::Zones ? 3 : 4));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(item->selectionExtent().adjusted(-kRing, -kRing, kRing, kRing), 8, 8);
    };
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it)
        ring(it.key(), Collection::Zones, it.value());
    for (auto it = m_flows.cbegin(); it != m_flows.cend(); ++it)
        ring(it.key(), Collection::Flows, it.value());
    for (auto it = m_elements.cbegin(); it != m_elements.cend(); ++it)
        ring(it.key(), Collection::Elements, it.value());

    const QColor removed(0xd0, 0x30, 0x30);
    for (const CompareGhost &ghost : m_ghosts) {
        const QRectF body(ghost.centre - QPointF(kElementSize.width() / 2, kElementSize.height() / 2), kElementSize);
        QColor fill = removed;
        fill.setAlpha(30);
        painter->setBrush(fill);
        painter->setPen(QPen(removed, 2, Qt::DashLine));
        painter->drawRoundedRect(body, 8, 8);
        painter->setPen(removed);
        QFont font = painter->font();
        font.setPixelSize(15);  // scene units, like the element names it stands for
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(body.adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap,
                          QStringLiteral("%1\n(removed)").arg(ghost.name));
    }
    painter->restore();
}

}  // namespace lintel::canvas
