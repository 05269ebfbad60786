#include "exporters/diagram/sequentialids.h"

#include <graphviz/cgraph.h>

#include <QByteArray>
#include <QHash>

#include <deque>

namespace lintel {

namespace {

// Named objects get even IDs (2, 4, ...) in creation order; anonymous ones
// odd IDs, as in cgraph's own discipline, which tells them apart by parity.
struct IdState {
    QHash<QByteArray, IDTYPE> byName;
    std::deque<QByteArray> names;  // stable storage: print() hands out pointers
    IDTYPE nextAnonymous = 1;
};

void *openIds(Agraph_t *, Agdisc_t *)
{
    return new IdState;
}

long mapId(void *state, int, char *name, IDTYPE *id, int create)
{
    auto *s = static_cast<IdState *>(state);
    if (!name) {
        *id = s->nextAnonymous;
        s->nextAnonymous += 2;
        return 1;
    }
    const QByteArray key(name);
    if (const auto it = s->byName.constFind(key); it != s->byName.constEnd()) {
        *id = *it;
        return 1;
    }
    if (!create)
        return 0;
    s->names.push_back(key);
    *id = IDTYPE(s->names.size()) * 2;
    s->byName.insert(key, *id);
    return 1;
}

long allocId(void *, int, IDTYPE)
{
    return 0;  // no caller-chosen IDs, like cgraph's own discipline
}

void freeId(void *, int, IDTYPE)
{
    // Names live until the graph closes; a diagram graph is short-lived.
}

char *printId(void *state, int, IDTYPE id)
{
    auto *s = static_cast<IdState *>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > s->names.size())
        return nullptr;
    return s->names[std::size_t(id / 2 - 1)].data();
}

void closeIds(void *state)
{
    delete static_cast<IdState *>(state);
}

void registerId(void *, int, void *) {}

Agiddisc_t discipline = {&openIds, &mapId, &allocId, &freeId, &printId, &closeIds, &registerId};

}  // namespace

Agiddisc_t *sequentialIdDiscipline()
{
    return &discipline;
}

}  // namespace lintel
