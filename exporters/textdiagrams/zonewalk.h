#pragma once
// Visits a diagram scope's zones depth first with an explicit stack rather
// than recursion: a model may nest thousands of zones, and one stack frame
// per level overflowed the stack (seen under AddressSanitizer with 3,000).
#include "model/style/diagramscope.h"

#include <vector>

namespace lintel {

// enter(zone, depth) runs before a zone's children, leave(zone, depth) after
// them. The scope's top level comes first as zone == nullptr at depth 0; its
// zones are at depth 1, theirs at 2, and so on.
template <class Enter, class Leave>
void walkZones(const DiagramScope &scope, Enter &&enter, Leave &&leave)
{
    struct Open {
        const Zone *zone;
        int depth;
        std::vector<const Zone *> children;
        std::size_t next = 0;
    };
    std::vector<Open> stack;
    enter(static_cast<const Zone *>(nullptr), 0);
    stack.push_back({nullptr, 0, scope.childZones(QString())});
    while (!stack.empty()) {
        Open &top = stack.back();
        if (top.next == top.children.size()) {
            const Open done = std::move(top);
            stack.pop_back();
            leave(done.zone, done.depth);
            continue;
        }
        const Zone *child = top.children[top.next++];
        const int depth = top.depth + 1;  // `top` may move once we push
        enter(child, depth);
        stack.push_back({child, depth, scope.childZones(child->id)});
    }
}

}  // namespace lintel
