#include "model/rules/syncgraph.h"

#include <algorithm>
#include <deque>
#include <numeric>

namespace lintel {

SyncGraph buildSyncGraph(const ModelIndex &index)
{
    const auto &elements = index.model().elements;
    const std::size_t n = elements.size();
    SyncGraph g;
    g.successors.resize(n);
    g.selfCall.assign(n, false);

    std::vector<int> byId(n);
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](int a, int b) {
        return elements[std::size_t(a)].id < elements[std::size_t(b)].id;
    });
    g.idRank.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        g.idRank[std::size_t(byId[r])] = int(r);

    for (std::size_t f = 0; f < index.model().flows.size(); ++f) {
        const int from = index.fromOf(int(f)), to = index.toOf(int(f));
        if (from < 0 || to < 0 || !index.isSync(int(f)) || !isCompute(elements[std::size_t(from)].kind)
            || !isCompute(elements[std::size_t(to)].kind))
            continue;
        if (from == to)
            g.selfCall[std::size_t(from)] = true;
        else
            g.successors[std::size_t(from)].push_back(to);
    }
    for (auto &next : g.successors) {
        std::sort(next.begin(), next.end(), [&](int a, int b) {
            return g.idRank[std::size_t(a)] < g.idRank[std::size_t(b)];
        });
        next.erase(std::unique(next.begin(), next.end()), next.end());
    }
    return g;
}

std::vector<std::vector<int>> stronglyConnectedComponents(const SyncGraph &graph)
{
    const std::size_t n = graph.successors.size();
    std::vector<int> order(n, -1), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<int> stack;
    std::vector<std::vector<int>> components;
    struct Frame {
        int node;
        std::size_t nextEdge;
    };
    std::vector<Frame> calls;
    int counter = 0;

    for (std::size_t root = 0; root < n; ++root) {
        if (order[root] >= 0)
            continue;
        calls.push_back({int(root), 0});
        order[root] = low[root] = counter++;
        stack.push_back(int(root));
        onStack[root] = true;
        while (!calls.empty()) {
            Frame &frame = calls.back();
            const auto v = std::size_t(frame.node);
            const auto &next = graph.successors[v];
            if (frame.nextEdge < next.size()) {
                const auto w = std::size_t(next[frame.nextEdge++]);
                if (order[w] < 0) {
                    order[w] = low[w] = counter++;
                    stack.push_back(int(w));
                    onStack[w] = true;
                    calls.push_back({int(w), 0});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], order[w]);
                }
                continue;
            }
            // All successors of v are done: close its component if it is a root.
            if (low[v] == order[v]) {
                std::vector<int> component;
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[std::size_t(w)] = false;
                    component.push_back(w);
                } while (w != int(v));
                components.push_back(std::move(component));
            }
            calls.pop_back();
            if (!calls.empty()) {
                const auto parent = std::size_t(calls.back().node);
                low[parent] = std::min(low[parent], low[v]);
            }
        }
    }
    return components;
}

std::vector<int> cycleThrough(const SyncGraph &graph, const std::vector<int> &component)
{
    const int start = *std::min_element(component.begin(), component.end(), [&](int a, int b) {
        return graph.idRank[std::size_t(a)] < graph.idRank[std::size_t(b)];
    });
    if (graph.selfCall[std::size_t(start)] && component.size() == 1)
        return {start};

    // Breadth-first from the start, inside the component, until an edge
    // leads back to it. Only members are touched, so all components together
    // cost O(E log V).
    std::vector<int> members = component;
    std::sort(members.begin(), members.end());
    auto isMember = [&](int v) { return std::binary_search(members.begin(), members.end(), v); };
    auto slot = [&](int v) {
        return std::size_t(std::lower_bound(members.begin(), members.end(), v) - members.begin());
    };
    std::vector<int> parents(members.size(), -2);  // by slot; -2 = not reached yet
    std::deque<int> queue{start};
    parents[slot(start)] = -1;
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        for (int w : graph.successors[std::size_t(v)]) {
            if (w == start) {
                std::vector<int> cycle;
                for (int u = v; u != -1; u = parents[slot(u)])
                    cycle.push_back(u);
                std::reverse(cycle.begin(), cycle.end());
                return cycle;
            }
            if (isMember(w) && parents[slot(w)] == -2) {
                parents[slot(w)] = v;
                queue.push_back(w);
            }
        }
    }
    return {start};  // not reached for a real component
}

ChainLengths longestChains(const SyncGraph &graph, const std::vector<std::vector<int>> &components)
{
    const std::size_t n = graph.successors.size();
    std::vector<int> componentOf(n, -1);
    for (std::size_t c = 0; c < components.size(); ++c)
        for (int v : components[c])
            componentOf[std::size_t(v)] = int(c);

    ChainLengths out{std::vector<int>(n, 0), std::vector<int>(n, -1), std::vector<bool>(n, false)};
    // Successors' components come first, so their lengths are final when
    // read. Successors are sorted by id and only a strictly longer chain
    // replaces the current one: ties keep the lower id.
    for (const auto &component : components) {
        for (int v : component) {
            for (int w : graph.successors[std::size_t(v)]) {
                if (componentOf[std::size_t(w)] == componentOf[std::size_t(v)])
                    continue;
                out.called[std::size_t(w)] = true;
                if (1 + out.hops[std::size_t(w)] > out.hops[std::size_t(v)]) {
                    out.hops[std::size_t(v)] = 1 + out.hops[std::size_t(w)];
                    out.next[std::size_t(v)] = w;
                }
            }
        }
    }
    return out;
}

}  // namespace lintel
