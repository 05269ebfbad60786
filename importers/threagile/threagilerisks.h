#pragma once
// Threagile's `risk_tracking`: what a team decided about each risk
// Threagile found. An accepted risk becomes a Lintel accepted risk only
// where a Lintel rule reports the same problem on the same object; other
// accepted risks are kept as `x-threagile-accepted-risks` on the asset they
// name (or noted), and risks in other states are noted, not imported.
#include "importers/threagile/threagilereader.h"
#include "importers/sourcetag.h"

namespace lintel::threagile {

struct RiskContext {
    DocumentTree &doc;
    const SourceTag &tag;
    const QHash<QString, QString> &elementIds;  // technical asset id -> element id
    QStringList &notes;
};

void readRiskTracking(RiskContext &context, Model &model);

}  // namespace lintel::threagile
