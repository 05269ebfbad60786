#pragma once
// A cgraph ID discipline that numbers named objects in the order they are
// created. cgraph keeps subgraphs sorted by ID, and its default discipline
// uses the address of the interned name as the ID: the order of the zone
// clusters (in the DOT text and in dot's layout) then changed from run to
// run. With these IDs the same model always gives the same graph.
typedef struct Agiddisc_s Agiddisc_t;

namespace lintel {

Agiddisc_t *sequentialIdDiscipline();

}  // namespace lintel
