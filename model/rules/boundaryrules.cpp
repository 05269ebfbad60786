// Rules about flows that cross trust boundaries (zones) or leave the system.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"

namespace lintel {

namespace {

// "dmz (trust dmz)" / "legacy (trust unknown)"
QString zoneWithTrust(const ModelIndex &index, const QString &zoneId)
{
    const auto trust = index.trustOfZone(zoneId);
    return QStringLiteral("%1 (trust %2)").arg(zoneId, trust ? enumName(*trust) : QStringLiteral("unknown"));
}

// Calls `visit(flow, from, to)` for every flow whose two ends exist.
template <class F> void forEachConnectedFlow(const RuleContext &ctx, F &&visit)
{
    for (std::size_t i = 0; i < ctx.model.flows.size(); ++i) {
        const int from = ctx.index.fromOf(int(i)), to = ctx.index.toOf(int(i));
        if (from >= 0 && to >= 0)
            visit(int(i), ctx.index.elementAt(from), ctx.index.elementAt(to));
    }
}

class GatewayBypassRule final : public Rule {
public:
    GatewayBypassRule()
        : Rule({QStringLiteral("gateway-bypass"), Severity::Warning,
                QStringLiteral("Untrusted traffic bypasses the gateway"),
                QStringLiteral("The gateway is where a system checks, throttles and logs what comes in "
                               "from outside. A flow from an untrusted zone straight into an internal or "
                               "restricted element skips all of that, and each such service must then "
                               "defend itself, which vendors rarely do consistently."),
                QStringLiteral("Send the flow through a gateway (an element of kind `gateway`), or move "
                               "the target into a DMZ zone if it is meant to face the outside.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachConnectedFlow(ctx, [&](int f, const Element &from, const Element &to) {
            if (to.kind == ElementKind::Gateway || ctx.index.trustOfZone(from.zone) != Trust::Untrusted)
                return;
            const auto toTrust = ctx.index.trustOfZone(to.zone);
            if (toTrust != Trust::Internal && toTrust != Trust::Restricted)
                return;
            const Flow &flow = ctx.index.flowAt(f);
            sink.report(flow, {flow.id, from.id, to.id},
                        QStringLiteral("Flow %1 goes from untrusted zone %2 straight to %3 in %4 zone %5 "
                                       "without passing a gateway")
                            .arg(flow.id, from.zone, messages::named(to), enumName(*toTrust), to.zone));
        });
    }
};

class UnencryptedBoundaryCrossingRule final : public Rule {
public:
    UnencryptedBoundaryCrossingRule()
        : Rule({QStringLiteral("unencrypted-boundary-crossing"), Severity::Error,
                QStringLiteral("Unencrypted flow across a zone boundary"),
                QStringLiteral("Between zones traffic passes networks, load balancers and sometimes "
                               "other organisations' infrastructure. In clear text anything on the way "
                               "can read or alter it, including credentials and personal data."),
                QStringLiteral("Use an encrypted protocol (https, grpcs, amqps, tls, ...) or set "
                               "`encrypted: true` when the transport is encrypted in a way the protocol "
                               "name does not show (for example a mesh with mTLS).")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachConnectedFlow(ctx, [&](int f, const Element &from, const Element &to) {
            if (!ctx.index.crossesBoundary(f) || ctx.index.isEncrypted(f))
                return;
            const Flow &flow = ctx.index.flowAt(f);
            const QString why = flow.encrypted ? QStringLiteral("(encrypted: false)") : messages::protocolNote(flow);
            sink.report(flow, {flow.id, from.id, to.id},
                        QStringLiteral("Flow %1 crosses from zone %2 to %3 without encryption %4")
                            .arg(flow.id, from.zone, to.zone, why));
        });
    }
};

class UnauthenticatedBoundaryCrossingRule final : public Rule {
public:
    UnauthenticatedBoundaryCrossingRule()
        : Rule({QStringLiteral("unauthenticated-boundary-crossing"), Severity::Error,
                QStringLiteral("Unauthenticated flow into an equally or more trusted zone"),
                QStringLiteral("A zone's trust is only as strong as its entrances. A caller from another "
                               "zone that need not prove who it is can be impersonated by anything that "
                               "reaches the network, and a review cannot tell who is allowed in."),
                QStringLiteral("Name the authentication the flow uses (`authentication: mtls`, `oauth2`, "
                               "...). When a zone has no trust level, give it one: unknown trust is "
                               "treated as not lower.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachConnectedFlow(ctx, [&](int f, const Element &from, const Element &to) {
            const Flow &flow = ctx.index.flowAt(f);
            if (!ctx.index.crossesBoundary(f) || hasAuthentication(flow))
                return;
            // Only a crossing provably into lower trust may go unauthenticated.
            const auto fromTrust = ctx.index.trustOfZone(from.zone), toTrust = ctx.index.trustOfZone(to.zone);
            if (fromTrust && toTrust && *toTrust < *fromTrust)
                return;
            sink.report(flow, {flow.id, from.id, to.id},
                        QStringLiteral("Flow %1 crosses from zone %2 into zone %3 without authentication (%4)")
                            .arg(flow.id, zoneWithTrust(ctx.index, from.zone), zoneWithTrust(ctx.index, to.zone),
                                 flow.authentication.trimmed().isEmpty()
                                     ? QStringLiteral("none given")
                                     : QStringLiteral("authentication: ") + flow.authentication.trimmed()));
        });
    }
};

class SensitiveDataToExternalRule final : public Rule {
public:
    SensitiveDataToExternalRule()
        : Rule({QStringLiteral("sensitive-data-to-external"), Severity::Warning,
                QStringLiteral("Sensitive data sent to an external system"),
                QStringLiteral("Once confidential or restricted data reaches a third party it is governed "
                               "by their controls and contracts, not yours. Each such flow should be a "
                               "deliberate, documented decision with a data processing agreement behind it."),
                QStringLiteral("Send less (pseudonymise, tokenise, or drop fields the partner does not "
                               "need), or record the transfer as an accepted risk naming who approved it.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachConnectedFlow(ctx, [&](int f, const Element &, const Element &to) {
            if (to.kind != ElementKind::External)
                return;
            const Flow &flow = ctx.index.flowAt(f);
            const QStringList sensitive = ctx.index.dataAtLeast(flow.data, Classification::Confidential);
            if (sensitive.isEmpty())
                return;
            sink.report(flow, QStringList{flow.id, to.id} + sensitive,
                        QStringLiteral("Flow %1 sends sensitive data %2 to external %3")
                            .arg(flow.id, messages::list(sensitive), to.id));
        });
    }
};

}  // namespace

RulePtr makeGatewayBypassRule() { return std::make_unique<GatewayBypassRule>(); }
RulePtr makeUnencryptedBoundaryCrossingRule() { return std::make_unique<UnencryptedBoundaryCrossingRule>(); }
RulePtr makeUnauthenticatedBoundaryCrossingRule() { return std::make_unique<UnauthenticatedBoundaryCrossingRule>(); }
RulePtr makeSensitiveDataToExternalRule() { return std::make_unique<SensitiveDataToExternalRule>(); }

}  // namespace lintel
