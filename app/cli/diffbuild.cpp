#include "app/cli/diffreport.h"
#include "app/cli/modelsides.h"
#include "model/rules/validator.h"

namespace lintel::cli {

DiffReport compareSides(const ModelSide &oldSide, const ModelSide &newSide, QDate asOf, Findings *oldFindings,
                        Findings *newFindings)
{
    ValidationOptions options;
    options.asOf = asOf;
    options.sourceFile = oldSide.label;
    const Findings before = validate(oldSide.model, options);
    options.sourceFile = newSide.label;
    const Findings after = validate(newSide.model, options);
    DiffReport report{oldSide.label, newSide.label, diffModels(oldSide.model, newSide.model),
                      riskDelta(oldSide.model, before, newSide.model, after, asOf)};
    if (oldFindings)
        *oldFindings = before;
    if (newFindings)
        *newFindings = after;
    return report;
}

}  // namespace lintel::cli
