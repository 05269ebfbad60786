#pragma once
// Parallel flows between the same two elements fan out side by side, each in
// its own lane. Lanes are recomputed only for the element pairs whose set of
// flows changed since the last update: on the L model an added element must
// not re-route 20,000 flows.
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace lintel::canvas {

class ElementItem;
class FlowItem;
struct SceneItems;

class FlowLanes {
public:
    explicit FlowLanes(const SceneItems &items) : m_items(items) {}

    // `flow` was added or is about to be removed: its pair needs new lanes.
    void markStale(const FlowItem *flow);
    // Lays out the lanes of every stale pair.
    void updateStale();
    void clear() { m_stale.clear(); }

    // Re-routes the flows of moved (or re-shaped) elements in their lanes.
    void rerouteFlowsOf(const QList<ElementItem *> &items) const;

private:
    void layOut(const QString &a, const QString &b) const;

    const SceneItems &m_items;
    QSet<QPair<QString, QString>> m_stale;  // element pairs, smaller id first
};

}  // namespace lintel::canvas
