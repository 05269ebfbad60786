#pragma once
// The canvas side of Compare: one item above the diagram that rings added
// objects in green and changed ones in amber, and draws removed elements as
// red ghosts where the other version had them. It reads the items' places
// when it paints, so marks follow elements moved during the comparison;
// the diagram's own items are not touched, and leaving Compare is removing
// this one item.
#include "model/document/collections.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPointF>
#include <optional>

namespace lintel::canvas {

class DiagramScene;

enum class CompareMark { Added, Changed };

struct CompareGhost {
    QString id;
    QString name;
    QPointF centre;  // where the other version had it
};

class CompareOverlay : public QGraphicsItem {
public:
    explicit CompareOverlay(DiagramScene *scene);

    void setMarks(QHash<QString, CompareMark> elements, QHash<QString, CompareMark> flows,
                  QHash<QString, CompareMark> zones, QList<CompareGhost> ghosts);
    int markCount() const { return int(m_elements.size() + m_flows.size() + m_zones.size()); }
    const QList<CompareGhost> &ghosts() const { return m_ghosts; }
    // The mark drawn on an object, if any.
    std::optional<CompareMark> markOf(const ObjectRef &ref) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DiagramScene *m_scene;
    QHash<QString, CompareMark> m_elements, m_flows, m_zones;
    QList<CompareGhost> m_ghosts;
};

}  // namespace lintel::canvas
