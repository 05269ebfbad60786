#pragma once
// The Markdown text of architecture decision records (MADR layout) and of the
// decision log that indexes them. Pure functions of the model, so the
// exporter, the tests and the handover can share them.
#include "model/types.h"

#include <QString>

namespace lintel::adr {

// "0003-use-postgresql-for-orders.md": the number is the decision's
// position in the model (1-based), the slug comes from its title, or its id
// when the title has no usable letters.
QString fileName(const Model &model, qsizetype index);

// The record of decision `index` of `model`.
QString decisionMarkdown(const Model &model, qsizetype index);

// `adr/README.md`: the decision log, one table row per decision.
QString indexMarkdown(const Model &model);

}  // namespace lintel::adr
