#pragma once
// The reports of `lintel-cli diff`: text for a terminal, Markdown for a
// pull-request comment, JSON in the shape docs/diff-format.md documents.
// SARIF is sarifreport.h with baseline states.
#include "app/cli/jsonstream.h"
#include "model/compare/modeldiff.h"
#include "model/compare/riskdelta.h"

#include <QString>

namespace lintel::cli {

struct DiffReport {
    QString oldLabel, newLabel;  // the sides as typed
    ModelDiff diff;
    RiskDelta risk;
};

// "element web-shop", "system", "x-keys": what a change is about.
QString objectLabel(const ObjectChange &change);
// A value on one line: newlines shown as " / ", long text cut to `limit`
// characters with an ellipsis.
QString oneLineValue(const QString &text, int limit = 120);
// "7 elements moved, 1 element placed" for a view's layout changes; "" when none.
QString layoutSummary(const ObjectChange &change);
// "2 added, 1 removed, 3 changed, 0 renamed" over every section.
QString changeSummary(const ModelDiff &diff);

// `layout`: list each moved element of a view, not only their number.
QString diffText(const DiffReport &report, bool layout);
QString diffMarkdown(const DiffReport &report, bool layout);
Json diffJson(const DiffReport &report);

}  // namespace lintel::cli

namespace lintel::cli {
struct ModelSide;
// Compares two loaded sides: the diff, and the risk delta with both sides
// validated as of `asOf`. `newFindings` receives NEW's findings (for SARIF).
DiffReport compareSides(const ModelSide &oldSide, const ModelSide &newSide, QDate asOf,
                        Findings *oldFindings = nullptr, Findings *newFindings = nullptr);
}  // namespace lintel::cli
