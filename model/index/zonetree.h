#pragma once
// The zones' parent links, resolved once: each zone's parent by position,
// the parent loops (a broken model may have them), and each zone's
// effective trust. Everything is computed in one pass over the zones, so a
// chain of 10,000 nested zones costs no more than 10,000 separate ones;
// walking up the chain for every question made exports of deep models
// cubic.
//
// Zones are addressed by their position in model.zones (int, -1 = none).
// When an id occurs twice the first zone wins, as in ModelIndex.
//
// Trust: a zone's own trust, else its parent's effective trust. A zone in a
// parent loop has no ancestor to inherit from (every "ancestor" is also its
// descendant), so it keeps only its own trust; zones below the loop inherit
// from the loop member they hang off. The zone-cycle rule reports each loop
// once.
//
// The tree points into nothing: it copies what it needs and stays valid
// after the model changes, but then describes the old model.
#include "model/types.h"

#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace lintel {

class ZoneTree {
public:
    explicit ZoneTree(const Model &model);

    int size() const { return int(m_parent.size()); }
    int indexOf(const QString &id) const { return m_byId.value(id, -1); }
    // -1 when the zone names no parent or one that does not exist.
    int parentOf(int zone) const { return m_parent[std::size_t(zone)]; }
    std::optional<Trust> trust(int zone) const { return m_trust[std::size_t(zone)]; }
    std::optional<Trust> trustOf(const QString &id) const;

    // Parent loops, each once, as the members in parent order starting with
    // the first of them in model order ("a -> b -> c" means a's parent is b,
    // b's is c and c's is a). A zone that is its own parent is a loop of one.
    const std::vector<std::vector<int>> &loops() const { return m_loops; }
    // Which entry of loops() the zone belongs to; -1 when none.
    int loopOf(int zone) const { return m_loopOf[std::size_t(zone)]; }
    // The zone where a drawing cuts its loop: the loop's first member in
    // model order, drawn at the top level.
    bool startsLoop(int zone) const;

    // Every zone once, each after its parent (loop members first, since
    // their parents come round to themselves): values that flow down the
    // tree can be computed in one pass in this order.
    const std::vector<int> &topDown() const { return m_topDown; }

private:
    QHash<QString, int> m_byId;
    std::vector<int> m_parent;
    std::vector<int> m_loopOf;
    std::vector<std::optional<Trust>> m_trust;
    std::vector<std::vector<int>> m_loops;
    std::vector<int> m_topDown;
};

}  // namespace lintel
