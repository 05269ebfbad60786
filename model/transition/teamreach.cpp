#include "model/transition/teamreach.h"

namespace lintel::transition {

namespace {

void addOnce(QStringList &list, const QString &id)
{
    if (!list.contains(id))
        list << id;
}

}  // namespace

TeamReach teamReach(const ModelIndex &index, const QString &teamId)
{
    TeamReach reach;
    const int count = int(index.model().elements.size());
    for (int i = 0; i < count; ++i) {
        const Element &e = index.elementAt(i);
        if (e.team != teamId)
            continue;
        reach.elements.push_back(i);
        if (e.security.secrets && *e.security.secrets != SecretsStore::Vault)
            reach.secretsOutsideVault << e.id;
        for (int flow : index.outgoing(i)) {
            const Flow &f = index.flowAt(flow);
            if (!f.api.isEmpty())
                addOnce(reach.apis, f.api);
            const int to = index.toOf(flow);
            if (to < 0)
                continue;
            const Element &target = index.elementAt(to);
            if (isStore(target.kind))
                addOnce(reach.stores, target.id);
            else if (target.kind == ElementKind::External)
                addOnce(reach.externals, target.id);
        }
    }
    return reach;
}

}  // namespace lintel::transition
