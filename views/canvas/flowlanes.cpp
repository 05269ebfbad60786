#include "views/canvas/flowlanes.h"

#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/sceneitems.h"

#include <algorithm>
#include <utility>

namespace lintel::canvas {

void FlowLanes::markStale(const FlowItem *flow)
{
    m_stale.insert(flow->fromId() < flow->toId() ? qMakePair(flow->fromId(), flow->toId())
                                                 : qMakePair(flow->toId(), flow->fromId()));
}

void FlowLanes::updateStale()
{
    const QSet<QPair<QString, QString>> stale = std::exchange(m_stale, {});
    for (const auto &[a, b] : stale)
        layOut(a, b);
}

void FlowLanes::layOut(const QString &a, const QString &b) const
{
    QList<FlowItem *> pair;
    for (FlowItem *flow : m_items.flowsByElement.value(a))
        if ((flow->fromId() == a && flow->toId() == b) || (flow->fromId() == b && flow->toId() == a))
            pair << flow;
    // Sorted by id: the same model always fans out the same way.
    std::sort(pair.begin(), pair.end(), [](const FlowItem *x, const FlowItem *y) { return x->id() < y->id(); });
    const double middle = (double(pair.size()) - 1) / 2;
    const bool loop = a == b;
    for (qsizetype i = 0; i < pair.size(); ++i) {
        FlowItem *flow = pair[i];
        flow->setEnds(m_items.elements.value(flow->fromId()), m_items.elements.value(flow->toId()),
                      loop ? double(i) : double(i) - middle);
        flow->updateGeometry();
    }
}

void FlowLanes::rerouteFlowsOf(const QList<ElementItem *> &items) const
{
    QSet<FlowItem *> flows;
    for (const ElementItem *item : items)
        for (FlowItem *flow : m_items.flowsByElement.value(item->id()))
            flows.insert(flow);
    for (FlowItem *flow : std::as_const(flows))
        flow->updateGeometry();
}

}  // namespace lintel::canvas
