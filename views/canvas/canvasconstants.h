#pragma once
// Numbers the canvas items, scene and tools agree on: item type ids, sizes,
// stacking order, the grid. In scene units (1 unit = 1 px at 100 % zoom).
#include <QColor>
#include <QGraphicsItem>
#include <QSizeF>

namespace lintel::canvas {

// QGraphicsItem::type() values, so qgraphicsitem_cast works without RTTI.
enum ItemType : int {
    ElementItemType = QGraphicsItem::UserType + 1,
    FlowItemType,
    ZoneItemType,
};

// Every element's body has the same size: a diagram reads as a grid of
// comparable boxes, and flows can be routed without measuring text.
// A saved view position is the *centre* of the body (as in Graphviz).
inline constexpr QSizeF kElementSize{180, 80};
inline constexpr double kGridSize = 20;

// Zones enclose their members with this margin and a header for the title.
inline constexpr double kZonePadding = 24;
inline constexpr double kZoneHeader = 28;
// An empty zone (just dropped, nothing inside yet) still needs an area.
inline constexpr QSizeF kEmptyZoneSize{260, 160};

// The canvas paper; overview lines fade towards it.
inline const QColor kCanvasBackground(0xfb, 0xfb, 0xfc);

// Stacking: zones (deeper ones above their parents) < flows < elements.
inline constexpr double kZoneZ = -1000;
inline constexpr double kFlowZ = 0;
inline constexpr double kElementZ = 10;
inline constexpr double kOverlayZ = 1000;  // rubber band, connect preview

// Level of detail (QStyleOptionGraphicsItem::levelOfDetailFromTransform):
// below kLodShapesOnly only filled shapes are drawn; below kLodNameOnly the
// name but no kind, technology or badges.
inline constexpr double kLodShapesOnly = 0.3;
inline constexpr double kLodNameOnly = 0.55;

// Spacing of the initial grid for elements without a saved position.
inline constexpr double kPlacementColumn = 240;
inline constexpr double kPlacementRow = 150;

}  // namespace lintel::canvas
