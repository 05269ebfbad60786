// Rules about APIs: exposure, versioning, lifecycle and contracts.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"

#include <QRegularExpression>

namespace lintel {

namespace {

bool isNoneOrEmpty(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0;
}

class PublicApiWithoutRateLimitRule final : public Rule {
public:
    PublicApiWithoutRateLimitRule()
        : Rule({QStringLiteral("public-api-without-rate-limit"), Severity::Warning,
                QStringLiteral("Public entry point without rate limiting"),
                QStringLiteral("Anything reachable from the internet will be called faster than planned, "
                               "by mistake or on purpose. Without a rate limit one client can exhaust "
                               "capacity for everyone, and the bill for it lands with whoever runs the "
                               "system, not the vendor who built it."),
                QStringLiteral("Rate-limit the entry point (usually at the gateway) and record it: "
                               "`security.rate_limited: true` on the element, `rate_limit: 100/min` on the API.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Element &e : ctx.model.elements)
            if (e.exposure == Exposure::Public && !e.security.rateLimited.value_or(false))
                sink.report(e, {e.id},
                            QStringLiteral("%1 is exposed publicly but is not rate limited").arg(messages::Named(e)));
        for (const Api &a : ctx.model.apis)
            if (a.visibility == Visibility::Public && isNoneOrEmpty(a.rateLimit))
                sink.report(a, {a.id}, QStringLiteral("Public API %1 has no rate_limit").arg(a.id));
    }
};

class PublicApiUnversionedRule final : public Rule {
public:
    PublicApiUnversionedRule()
        : Rule({QStringLiteral("public-api-unversioned"), Severity::Warning,
                QStringLiteral("Public or partner API without a version"),
                QStringLiteral("Clients outside the organisation cannot be upgraded in lockstep with the "
                               "provider. Without a version there is no way to change the API without "
                               "breaking them, nor to tell which contract a vendor actually delivered."),
                QStringLiteral("Give the API a `version` (for example `v1` or `2.3.0`) and carry it in the "
                               "path, a header or the package name.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Api &a : ctx.model.apis) {
            if ((a.visibility != Visibility::Public && a.visibility != Visibility::Partner)
                || !a.version.trimmed().isEmpty())
                continue;
            sink.report(a, {a.id},
                        QStringLiteral("%1 API %2 has no version")
                            .arg(a.visibility == Visibility::Public ? QStringLiteral("Public")
                                                                    : QStringLiteral("Partner"),
                                 a.id));
        }
    }
};

class DeprecatedApiInUseRule final : public Rule {
public:
    DeprecatedApiInUseRule()
        : Rule({QStringLiteral("deprecated-api-in-use"), Severity::Warning,
                QStringLiteral("Flow uses a deprecated API"),
                QStringLiteral("A deprecated API is scheduled to go away. Each caller still on it is a "
                               "migration someone has to plan and pay for; after the sunset date the "
                               "call may simply fail. The finding becomes an error once the sunset has "
                               "passed."),
                QStringLiteral("Move the flow to the API's successor and set its `api` accordingly, or "
                               "agree a later `sunset` with the provider.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Flow &f : ctx.model.flows) {
            const Api *api = f.api.isEmpty() ? nullptr : ctx.index.api(f.api);
            if (!api || api->status != ApiStatus::Deprecated)
                continue;
            const QString sunsetText = api->sunset.trimmed();
            const QDate sunset = QDate::fromString(sunsetText, Qt::ISODate);
            const QString message = QStringLiteral("Flow %1 uses deprecated API %2").arg(f.id, api->id);
            if (sunset.isValid() && sunset <= ctx.asOf)
                sink.report(f, Severity::Error, {f.id, api->id},
                            message + QStringLiteral(", whose sunset date %1 has passed").arg(sunsetText));
            else if (!sunsetText.isEmpty())
                sink.report(f, {f.id, api->id}, message + QStringLiteral(" (sunset %1)").arg(sunsetText));
            else
                sink.report(f, {f.id, api->id}, message);
        }
    }
};

class ApiWithoutContractRule final : public Rule {
public:
    ApiWithoutContractRule()
        : Rule({QStringLiteral("api-without-contract"), Severity::Info,
                QStringLiteral("Request/response call without a named API"),
                QStringLiteral("An HTTP or gRPC call with no API behind it has no written contract: "
                               "nothing to review, version, or test a vendor's delivery against."),
                QStringLiteral("Describe the API under `apis` (with its operations) and name it in the "
                               "flow's `api`.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (std::size_t i = 0; i < ctx.model.flows.size(); ++i) {
            const Flow &f = ctx.model.flows[i];
            const int to = ctx.index.toOf(int(i));
            if (!f.api.isEmpty() || to < 0 || !isCompute(ctx.index.elementAt(to).kind) || !ctx.index.isSync(int(i))
                || !isRequestResponseProtocol(f.protocol))
                continue;
            sink.report(f, {f.id, f.to},
                        QStringLiteral("Flow %1 calls %2 over %3 without naming an api")
                            .arg(f.id, messages::named(ctx.index.elementAt(to)), f.protocol.trimmed()));
        }
    }

private:
    // http, https, grpc, grpcs, also as the first part ("http/2", "grpc+json").
    static bool isRequestResponseProtocol(const QString &protocol)
    {
        static const QRegularExpression pattern(QStringLiteral("^(https?|grpcs?)([^a-z0-9].*)?$"));
        return pattern.match(normalizedProtocol(protocol)).hasMatch();
    }
};

}  // namespace

RulePtr makePublicApiWithoutRateLimitRule() { return std::make_unique<PublicApiWithoutRateLimitRule>(); }
RulePtr makePublicApiUnversionedRule() { return std::make_unique<PublicApiUnversionedRule>(); }
RulePtr makeDeprecatedApiInUseRule() { return std::make_unique<DeprecatedApiInUseRule>(); }
RulePtr makeApiWithoutContractRule() { return std::make_unique<ApiWithoutContractRule>(); }

}  // namespace lintel
