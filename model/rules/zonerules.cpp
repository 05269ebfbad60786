// zone-cycle: zones whose parents lead round in a loop.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"

namespace lintel {

namespace {

class ZoneCycleRule final : public Rule {
public:
    ZoneCycleRule()
        : Rule({QStringLiteral("zone-cycle"), Severity::Error,
                QStringLiteral("Zones nested in a loop"),
                QStringLiteral("A zone inside itself, directly or through other zones, has no outermost "
                               "zone: nobody can say which network or trust level it finally belongs to, "
                               "zones in the loop inherit no trust, and every boundary rule and diagram "
                               "has to guess where its elements run."),
                QStringLiteral("Give one zone of the loop a `parent` outside the loop, or none, so that "
                               "the nesting has a top.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        // ZoneTree found every loop once, starting at its first zone in
        // model order, which is where the finding is reported.
        for (const std::vector<int> &loop : ctx.index.zoneTree().loops()) {
            QStringList ids;
            ids.reserve(qsizetype(loop.size()));
            for (int zone : loop)
                ids << ctx.model.zones[std::size_t(zone)].id;
            const Zone &first = ctx.model.zones[std::size_t(loop.front())];
            const QString message = loop.size() == 1
                ? QStringLiteral("Zone %1 is its own parent").arg(first.id)
                : QStringLiteral("Zones are nested in a loop of %1: %2")
                      .arg(loop.size())
                      .arg(messages::shortChain(ids + QStringList{ids.front()}));
            sink.report(first, ids, message);
        }
    }
};

}  // namespace

RulePtr makeZoneCycleRule() { return std::make_unique<ZoneCycleRule>(); }

}  // namespace lintel
