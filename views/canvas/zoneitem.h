#pragma once
// A trust zone: a labelled container drawn behind its elements, coloured by
// trust level. The scene sizes it to enclose its members and sub-zones.
// Only its title bar and border take clicks, so a rubber band can start
// anywhere inside a zone.
#include "model/style/diagramstyle.h"
#include "model/types.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasitem.h"
#include "views/canvas/semanticzoom.h"

#include <optional>

namespace lintel::canvas {

class ZoneItem : public CanvasItem {
public:
    enum { Type = ZoneItemType };
    explicit ZoneItem(const QString &id);
    int type() const override { return Type; }

    // Reads the zone, and from `model` the trust it inherits when it has none.
    // `trust` is the zone's effective trust, resolved once for all zones by
    // the caller (a ZoneTree): asking per zone walks the parents each time.
    void sync(const Zone &zone, std::optional<Trust> trust);
    const QString &parentId() const { return m_parent; }
    std::optional<Trust> trust() const { return m_trust; }  // effective

    // Nesting depth among the shown zones; deeper zones stack above.
    void setDepth(int depth);
    int depth() const { return m_depth; }

    // In scene coordinates (the item itself stays at the origin).
    void setRect(const QRectF &rect);
    QRectF rect() const { return m_rect; }
    QRectF titleBarRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    QRectF selectionExtent() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QString toolTipText() const override;

    // The title as painted at level of detail `lod` (semantic zoom): one
    // line, none when the zone is too small on screen to hold one.
    EnlargedLabel titleLabel(double lod) const;

    // Highlighted as the zone a dragged element would join.
    void setDropTarget(bool on);

    // Where this zone overlaps a sibling (scene coordinates). A zone is the
    // box around its members, so members placed among another zone's make
    // the boxes overlap and the picture lie about who is inside what; the
    // overlap is hatched so it is noticed and fixed, not silently moved.
    void setSiblingOverlaps(const QList<QRectF> &areas);
    const QList<QRectF> &siblingOverlaps() const { return m_overlaps; }

private:
    void paintTitle(QPainter *painter, double lod) const;
    void paintOverlaps(QPainter *painter) const;

    QRectF m_rect;
    QString m_name, m_parent, m_description, m_label;
    std::optional<Trust> m_trust;  // its own, or inherited from a parent
    bool m_trustInherited = false;
    ZoneStyle m_style;
    int m_depth = 0;
    bool m_dropTarget = false;
    QList<QRectF> m_overlaps;
};

}  // namespace lintel::canvas
