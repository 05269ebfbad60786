#pragma once
// Models of pathological shape, for the scale figures in docs/performance.md
// ("Scale: deep zones, zone loops, dense sync graphs, L diagram"): each one
// once took minutes in some command. `lintel-generate NAME:N OUT` writes one.
#include "model/types.h"

#include <QString>

namespace lintel::bench {

// deep-zones:N    N zones each inside the next, an element in the innermost
//                 and in the outermost, a flow between them
// zone-loop:N     N zones whose parents form one loop, an element in each
//                 of the first ten
// sync-ring:N     N services calling each other synchronously in a ring
// sync-dense:N    N services each calling every other synchronously
// big-text:N      a small model whose system description has N MiB of text
bool scaleCaseByName(const QString &spec, Model *model);

}  // namespace lintel::bench
