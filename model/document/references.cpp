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
    // `|=`, not `||`, on purpose: every field must be visited.
    bool changed = swapId(e.zone, oldId, newId);
    changed |= swapId(e.team, oldId, newId);
    changed |= swapId(e.owner, oldId, newId);
    changed |= swapIds(e.data, oldId, newId);
    return changed;
}

bool renameReferences(Flow &f, const QString &oldId, const QString &newId)
{
    bool changed = swapId(f.from, oldId, newId);
    changed |= swapId(f.to, oldId, newId);
    changed |= swapId(f.api, oldId, newId);
    changed |= swapIds(f.data, oldId, newId);
    return changed;
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
    bool changed = swapIds(d.affects, oldId, newId);
    changed |= swapId(d.supersedes, oldId, newId);
    changed |= swapId(d.supersededBy, oldId, newId);
    return changed;
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
