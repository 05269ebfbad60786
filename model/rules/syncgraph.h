#pragma once
// The graph of synchronous calls between compute elements, and the two
// linear-time algorithms the sync rules need on it: strongly connected
// components (cycles) and the longest call chain from each element.
//
// Nodes are element positions in model.elements; non-compute elements
// simply have no edges. Successor lists are sorted by element id, so every
// choice the algorithms make (which cycle to show, which of two equally long
// chains to follow) depends on ids only, never on the order of the file.
#include "model/index/modelindex.h"

#include <vector>

namespace lintel {

struct SyncGraph {
    std::vector<std::vector<int>> successors;  // unique, sorted by element id
    std::vector<bool> selfCall;                // a compute element calling itself synchronously
    std::vector<int> idRank;                   // position of each element when sorted by id
};

SyncGraph buildSyncGraph(const ModelIndex &index);

// Tarjan's algorithm without recursion (a 5,000-element chain would
// overflow the stack). Components come out successors first: when an edge
// leads from component A to component B, B is listed before A.
std::vector<std::vector<int>> stronglyConnectedComponents(const SyncGraph &graph);

// A shortest cycle through the lowest-id member of `component`, as the
// members in call order starting there (without repeating the start).
// `component` must be a cycle: more than one member, or a self call.
std::vector<int> cycleThrough(const SyncGraph &graph, const std::vector<int> &component);

// Longest chains once calls inside a cycle are set aside (sync-cycle
// reports those): for every element, the number of hops of the longest chain
// starting there and the next element on it. Ties go to the lower id.
struct ChainLengths {
    std::vector<int> hops;
    std::vector<int> next;      // -1 at the end of a chain
    std::vector<bool> called;   // some element outside its cycle calls it
};

ChainLengths longestChains(const SyncGraph &graph, const std::vector<std::vector<int>> &components);

}  // namespace lintel
