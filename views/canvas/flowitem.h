#pragma once
// One flow: an arrow between two element items with its protocol label.
// Dashed when asynchronous; red and thick when it is an unencrypted or
// unauthenticated boundary crossing (the shared diagram style decides, from
// the rule engine's semantics).
#include "model/style/diagramstyle.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasitem.h"
#include "views/canvas/flowgeometry.h"
#include "views/canvas/flowlabel.h"

namespace lintel::canvas {

class ElementItem;

class FlowItem : public CanvasItem {
public:
    enum { Type = FlowItemType };
    explicit FlowItem(const QString &id);
    int type() const override { return Type; }

    // Re-reads style, label and ends; call updateGeometry() afterwards.
    void sync(const ModelIndex &index, const Flow &flow);
    const QString &fromId() const { return m_from; }
    const QString &toId() const { return m_to; }

    // `lane` spreads flows joining the same two elements (see routeFlow);
    // for loops it is the loop's index. The scene keeps both ends alive.
    void setEnds(const ElementItem *from, const ElementItem *to, double lane);
    void updateGeometry();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    // Point and small-area hit tests measure the distance to the line
    // instead of intersecting shape(); larger areas (rubber band) use it.
    bool contains(const QPointF &point) const override;
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    QRectF selectionExtent() const override;  // the arrow and its label
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QString toolTipText() const override;

private:
    QRectF labelRect() const;
    double hitRadius() const;
    // Strokes the parts of the route inside `visible` (item coordinates).
    void strokeVisible(QPainter *painter, QPen pen, const QRectF &visible) const;
    // One-pixel lines for the overview and crowded areas.
    void strokeHairline(QPainter *painter, const QColor &colour, bool emphasised, bool dashes,
                        const QRectF &visible) const;

    QString m_from, m_to;
    const ElementItem *m_fromItem = nullptr;
    const ElementItem *m_toItem = nullptr;
    double m_lane = 0;
    FlowStyle m_style;
    QStringList m_labelLines;
    QString m_warningLine;  // "unencrypted · no auth" on unprotected crossings
    QString m_description, m_protocol, m_authentication;
    FlowLabel m_label;
    FlowRoute m_route;
    QPolygonF m_line;  // the route flattened, for clipping to the exposed area
    QRectF m_bounds;
    mutable QPainterPath m_shape;  // hit area, built on first use
};

}  // namespace lintel::canvas
