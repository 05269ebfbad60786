#include "model/document/references.h"

namespace lintel {

static bool swapId(QString &field, const QString &oldId, const QString &newId)
{
    if (field != oldId)
        return false;
    field = newId;
    return true;
}

static bool swapIds(QStringList &list, const QString &oldId, const QString &newId)
{
    bool changed = false;
    for (QString &item : list)
        changed |= swapId(item, oldId, newId);
    return changed;
}

bool renameReferences(Element &e, const QString &oldId, const QString &newId)
{
    // Non-short-circuit `|` on purpose: every field must be visited.
    return swapId(e.zone, oldId, newId) | swapId(e.team, oldId, newId) | swapId(e.owner, oldId, newId)
        | swapIds(e.data, oldId, newId);
}

bool renameReferences(Flow &f, const QString &oldId, const QString &newId)
{
    return swapId(f.from, oldId, newId) | swapId(f.to, oldId, newId) | swapId(f.api, oldId, newId)
        | swapIds(f.data, oldId, newId);
}

bool renameReferences(Zone &z, const QString &oldId, const QString &newId)
{
    return swapId(z.parent, oldId, newId);
}

bool renameReferences(Api &a, const QString &oldId, const QString &newId)
{
    return swapId(a.provider, oldId, newId);
}

bool renameReferences(Decision &d, const QString &oldId, const QString &newId)
{
    return swapIds(d.affects, oldId, newId) | swapId(d.supersedes, oldId, newId)
        | swapId(d.supersededBy, oldId, newId);
}

bool renameReferences(Question &q, const QString &oldId, const QString &newId)
{
    return swapIds(q.about, oldId, newId);
}

bool renameReferences(View &v, const QString &oldId, const QString &newId)
{
    bool changed = swapIds(v.elements, oldId, newId);
    for (auto &entry : v.positions)
        changed |= swapId(entry.first, oldId, newId);
    return changed;
}

bool renameReferences(AcceptedRisk &r, const QString &oldId, const QString &newId)
{
    return swapId(r.target, oldId, newId);
}

}  // namespace lintel
