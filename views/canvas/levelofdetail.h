#pragma once
// Level of detail by density: when more than a few hundred flows cross the
// visible area, flows are drawn as hairlines (FlowItem::paint asks the
// scene). Element detail by zoom is per item (CanvasItem::levelOfDetail);
// this is the one decision that needs the whole scene.
#include <QHash>
#include <QRectF>
#include <QString>

namespace lintel::canvas {

class FlowItem;

class LevelOfDetail {
public:
    // How many flows may cross the visible area before they thin out.
    static constexpr int kCrowdedFlows = 400;

    // The view measures its whole visible area before each frame, so a
    // partial repaint matches the pixels around it.
    void measure(const QHash<QString, FlowItem *> &flows, const QRectF &visibleArea);
    bool flowsCrowded() const { return m_flowsCrowded; }

private:
    bool m_flowsCrowded = false;
};

}  // namespace lintel::canvas
