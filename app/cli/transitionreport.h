#pragma once
// The text and JSON forms of `lintel-cli transition`: the transition summary
// (model/transition/transitionsummary.h) for a status meeting, with the
// transition rules' findings. The JSON shape is documented in
// docs/transition-report.md.
#include "model/rules/finding.h"
#include "model/transition/transitionsummary.h"

#include <QString>

namespace lintel::cli {

// Both write to stdout and return false once stdout failed. `findings` are
// the transition rules' findings only; `modelPath` is as typed.
bool writeTransitionText(const transition::TransitionSummary &summary, const Findings &findings,
                         const QString &modelPath);
bool writeTransitionJson(const transition::TransitionSummary *summary, const Findings &findings,
                         const QString &modelPath, QDate asOf);

}  // namespace lintel::cli
