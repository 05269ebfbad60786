// Rules about merging: a merged model that still records conflicts.
#include "model/compare/conflicts.h"
#include "model/compare/flatfields.h"
#include "model/compare/sections.h"
#include "model/rules/builtinrules.h"

namespace lintel {

namespace {

// `lintel-cli merge` keeps OURS' value of every conflicting field and lists
// the conflict under `x-lintel-conflicts` (model/compare/conflicts.h), so the
// file loads; this rule keeps the unresolved ones in front of the reviewer.
class MergeConflictRule final : public Rule {
public:
    MergeConflictRule()
        : Rule({QStringLiteral("merge-conflict"), Severity::Error,
                QStringLiteral("Unresolved merge conflict"),
                QStringLiteral("Both sides of a merge changed the same field to different values, or one "
                               "deleted an object the other changed. The merged model holds one side's "
                               "value only because a choice had to be made; nobody has yet decided which "
                               "edit is right."),
                QStringLiteral("Choose base, ours or theirs for the field (in the editor's Conflicts "
                               "panel, or by editing the YAML), then delete the entry from "
                               "`x-lintel-conflicts`.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const MergeConflict &c : readConflicts(ctx.model)) {
            const QString object = c.id.isEmpty() ? c.section : c.id;
            SourceLoc loc = ctx.model.loc;
            if (const SectionAccess *section = findSection(c.section)) {
                const int index = indexOfId(*section, ctx.model, c.id);
                if (index >= 0 && section->locAt(ctx.model, index).isValid())
                    loc = section->locAt(ctx.model, index);
            }
            const QString message = c.isWholeObject()
                ? QStringLiteral("Merge conflict on %1 in %2: deleted on one side, changed on the other (ours: %3)")
                      .arg(object, c.section,
                           c.ours.type == YamlValue::Type::Null ? QStringLiteral("deleted") : QStringLiteral("kept"))
                : QStringLiteral("Merge conflict on %1 in %2, field %3: ours %4, theirs %5, base %6")
                      .arg(object, c.section, c.field, valueText(c.ours), valueText(c.theirs), valueText(c.base));
            sink.reportAt(loc, {object, c.field}, message);
        }
    }
};

}  // namespace

RulePtr makeMergeConflictRule() { return std::make_unique<MergeConflictRule>(); }

}  // namespace lintel
