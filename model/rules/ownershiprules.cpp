// Rules about whether elements belong to someone and to the system at all.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"

namespace lintel {

namespace {

class UnownedElementRule final : public Rule {
public:
    UnownedElementRule()
        : Rule({QStringLiteral("unowned-element"), Severity::Warning,
                QStringLiteral("Service or store without a team"),
                QStringLiteral("Every running service and every store needs someone who is paged when it "
                               "breaks, pays for it and approves changes to it. An element without a team "
                               "is exactly the one nobody takes over when the vendor's contract ends."),
                QStringLiteral("Set `team` to the in-house or vendor team responsible for it; add the team "
                               "under `teams` if it is missing.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Element &e : ctx.model.elements)
            if ((isCompute(e.kind) || isStore(e.kind)) && e.team.trimmed().isEmpty())
                sink.report(e, {e.id}, QStringLiteral("%1 has no team").arg(messages::Named(e)));
    }
};

class IsolatedElementRule final : public Rule {
public:
    IsolatedElementRule()
        : Rule({QStringLiteral("isolated-element"), Severity::Info,
                QStringLiteral("Element without flows"),
                QStringLiteral("An element nothing talks to, and that talks to nothing, is either left "
                               "over from an earlier design or connected in ways the model does not show. "
                               "Both mean the review is looking at an incomplete picture."),
                QStringLiteral("Add the flows that connect it, or remove it if it is no longer part of "
                               "the system.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (std::size_t i = 0; i < ctx.model.elements.size(); ++i) {
            if (!ctx.index.outgoing(int(i)).empty() || !ctx.index.incoming(int(i)).empty())
                continue;
            const Element &e = ctx.model.elements[i];
            sink.report(e, {e.id}, QStringLiteral("%1 has no flows").arg(messages::Named(e)));
        }
    }
};

}  // namespace

RulePtr makeUnownedElementRule() { return std::make_unique<UnownedElementRule>(); }
RulePtr makeIsolatedElementRule() { return std::make_unique<IsolatedElementRule>(); }

}  // namespace lintel
