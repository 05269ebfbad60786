#include "views/canvas/levelofdetail.h"

#include "views/canvas/flowitem.h"

namespace lintel::canvas {

void LevelOfDetail::measure(const QHash<QString, FlowItem *> &flows, const QRectF &visibleArea)
{
    // About a millisecond on the L model's 20,000 flows; counts bounding
    // rectangles, so a long diagonal flow near a corner counts too.
    int crossing = 0;
    for (const FlowItem *flow : flows)
        if (flow->sceneBoundingRect().intersects(visibleArea) && ++crossing > kCrowdedFlows)
            break;
    m_flowsCrowded = crossing > kCrowdedFlows;
}

}  // namespace lintel::canvas
