#include "model/index/zonetree.h"

#include <algorithm>

namespace lintel {

ZoneTree::ZoneTree(const Model &model)
{
    const std::size_t n = model.zones.size();
    m_byId.reserve(qsizetype(n));
    // Backwards, so that of duplicate ids the first is inserted last and wins.
    for (std::size_t i = n; i-- > 0;)
        m_byId.insert(model.zones[i].id, int(i));
    m_parent.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_parent[i] = model.zones[i].parent.isEmpty() ? -1 : indexOf(model.zones[i].parent);
    m_loopOf.assign(n, -1);
    m_trust.resize(n);
    m_topDown.reserve(n);

    // Follow each unvisited zone's parents until a zone already resolved, the
    // top, or a zone on the current path (a loop). Then resolve the path from
    // its top end down. Every zone is walked once: O(zones).
    enum : char { Unvisited, OnPath, Done };
    std::vector<char> state(n, Unvisited);
    std::vector<int> path;
    for (std::size_t start = 0; start < n; ++start) {
        if (state[start] != Unvisited)
            continue;
        path.clear();
        int at = int(start);
        while (at >= 0 && state[std::size_t(at)] == Unvisited) {
            state[std::size_t(at)] = OnPath;
            path.push_back(at);
            at = m_parent[std::size_t(at)];
        }
        std::size_t below = path.size();  // path[below..] is resolved already
        if (at >= 0 && state[std::size_t(at)] == OnPath) {
            // path[loopStart..] is a loop: each member's parent is the next.
            const auto loopStart = std::size_t(std::find(path.begin(), path.end(), at) - path.begin());
            std::vector<int> loop(path.begin() + std::ptrdiff_t(loopStart), path.end());
            std::rotate(loop.begin(), std::min_element(loop.begin(), loop.end()), loop.end());
            const int loopId = int(m_loops.size());
            for (int member : loop) {
                m_loopOf[std::size_t(member)] = loopId;
                m_trust[std::size_t(member)] = model.zones[std::size_t(member)].trust;
                m_topDown.push_back(member);
                state[std::size_t(member)] = Done;
            }
            m_loops.push_back(std::move(loop));
            below = loopStart;
        }
        for (std::size_t k = below; k-- > 0;) {
            const auto zone = std::size_t(path[k]);
            const int parent = m_parent[zone];
            m_trust[zone] = model.zones[zone].trust;
            if (!m_trust[zone] && parent >= 0)
                m_trust[zone] = m_trust[std::size_t(parent)];
            m_topDown.push_back(int(zone));
            state[zone] = Done;
        }
    }
}

std::optional<Trust> ZoneTree::trustOf(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? std::nullopt : trust(i);
}

bool ZoneTree::startsLoop(int zone) const
{
    const int loop = loopOf(zone);
    return loop >= 0 && m_loops[std::size_t(loop)].front() == zone;
}

}  // namespace lintel
