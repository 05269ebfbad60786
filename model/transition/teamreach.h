#pragma once
// What a team's elements touch: the stores and external systems they call,
// and the APIs they use. A leaving team knew the credentials for all of it,
// so both the transition summary (derived exit credentials) and the handover
// pack's vendor table are built from this one walk over the flows.
#include "model/index/modelindex.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lintel::transition {

struct TeamReach {
    std::vector<int> elements;  // indexes of the team's own elements in model.elements
    QStringList stores;     // ids of the stores its elements have flows to
    QStringList externals;  // ids of the external systems they have flows to
    QStringList apis;       // ids of the APIs named on those flows
    // Ids of the team's elements whose secrets are known to live outside a
    // vault (`security.secrets` set and not `vault`).
    QStringList secretsOutsideVault;
};

// Each list holds an id once, in the order first met (elements in model
// order, each element's flows in model order).
TeamReach teamReach(const ModelIndex &index, const QString &teamId);

}  // namespace lintel::transition
