#pragma once
// One element (service, datastore, person, ...) on the canvas. Its position
// is the centre of its body; the shape comes from the shared diagram style.
// Hovering or selecting shows "+" handles on all four sides (see
// connecthandles.h): drag from one onto another element to draw a flow.
#include "model/style/diagramstyle.h"
#include "model/types.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasitem.h"
#include "views/canvas/semanticzoom.h"

#include <optional>

namespace lintel::canvas {

class ElementItem : public CanvasItem {
public:
    enum { Type = ElementItemType };
    explicit ElementItem(const QString &id);
    int type() const override { return Type; }

    // Re-reads everything it draws from `element` (and the team and data
    // classes it refers to in `model`).
    void sync(const Model &model, const Element &element);

    const QString &zoneId() const { return m_zone; }
    const QString &name() const { return m_name; }
    ElementKind kind() const { return m_kind; }
    NodeShape nodeShape() const { return m_style.shape; }

    static QRectF bodyRect();  // item coordinates, centred on (0, 0)
    QRectF sceneBodyRect() const { return bodyRect().translated(pos()); }
    // Centre of a handle (0 right, 1 below, 2 left, 3 above), item coordinates.
    QPointF connectHandleCentre(int side = 0) const;
    // True while the handles show (hovered or selected, not exporting).
    bool showsConnectHandles() const;
    bool isOnConnectHandle(QPointF itemPos) const;
    // The view's zoom changed: the handles keep their size on screen.
    void zoomChanged();
    // Highlighted as the element a flow being drawn would end on.
    void setConnectTarget(bool on);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    QRectF selectionExtent() const override { return sceneBodyRect(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QString toolTipText() const override;

    // The name as painted at level of detail `lod` (semantic zoom): no
    // lines when far out only the shape is drawn. Tests read it to check
    // names stay readable.
    EnlargedLabel nameLabel(double lod) const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintLabels(QPainter *painter, bool full) const;
    void paintBadges(QPainter *painter) const;
    double viewZoom() const;

    ElementKind m_kind = ElementKind::Service;
    ElementStyle m_style;
    QString m_name, m_zone, m_technology, m_description;
    QStringList m_nameLines;     // wrapped and elided to fit the body
    QString m_technologyLine;    // elided
    QString m_teamBadge;         // "Payments" or "Acme (vendor)"; empty: no team
    std::optional<Classification> m_classification;
    bool m_hovered = false;
    bool m_connectTarget = false;
};

}  // namespace lintel::canvas
