// Threagile's closed vocabularies (its technologies, protocols and
// confidentiality levels) in Lintel's terms.
#include "importers/threagile/threagilereader.h"

#include <array>
#include <utility>

namespace lintel::threagile {

std::optional<ElementKind> kindForTechnology(const QString &technology)
{
    static const std::array<std::pair<const char *, ElementKind>, 56> table = {{
        {"browser", ElementKind::Client}, {"desktop", ElementKind::Client}, {"mobile-app", ElementKind::Client},
        {"devops-client", ElementKind::Client}, {"client-system", ElementKind::Client}, {"iot-device", ElementKind::Client},
        {"cli", ElementKind::Client},
        {"load-balancer", ElementKind::Gateway}, {"reverse-proxy", ElementKind::Gateway}, {"gateway", ElementKind::Gateway},
        {"waf", ElementKind::Gateway},
        {"message-queue", ElementKind::Queue},
        {"function", ElementKind::Function},
        {"batch-processing", ElementKind::Worker}, {"scheduler", ElementKind::Worker}, {"task", ElementKind::Worker},
        {"stream-processing", ElementKind::Worker}, {"event-listener", ElementKind::Worker},
        {"database", ElementKind::Datastore}, {"file-server", ElementKind::Datastore},
        {"local-file-system", ElementKind::Datastore}, {"identity-store-ldap", ElementKind::Datastore},
        {"identity-store-database", ElementKind::Datastore}, {"block-storage", ElementKind::Datastore},
        {"data-lake", ElementKind::Datastore}, {"sourcecode-repository", ElementKind::Datastore},
        {"artifact-registry", ElementKind::Datastore}, {"search-index", ElementKind::Datastore},
        {"ldap-server", ElementKind::Datastore}, {"vault", ElementKind::Datastore},
        {"web-server", ElementKind::Service}, {"application-server", ElementKind::Service},
        {"web-application", ElementKind::Service}, {"web-service-rest", ElementKind::Service},
        {"web-service-soap", ElementKind::Service}, {"identity-provider", ElementKind::Service},
        {"erp", ElementKind::Service}, {"cms", ElementKind::Service}, {"build-pipeline", ElementKind::Service},
        {"ejb", ElementKind::Service}, {"mail-server", ElementKind::Service}, {"report-engine", ElementKind::Service},
        {"search-engine", ElementKind::Service}, {"monitoring", ElementKind::Service},
        {"container-platform", ElementKind::Service}, {"big-data-platform", ElementKind::Service},
        {"code-inspection-platform", ElementKind::Service}, {"service-registry", ElementKind::Service},
        {"service-mesh", ElementKind::Service}, {"ai", ElementKind::Service}, {"mainframe", ElementKind::Service},
        {"ids", ElementKind::Service}, {"ips", ElementKind::Service}, {"hsm", ElementKind::Service},
        {"tool", ElementKind::Service}, {"library", ElementKind::Service},
    }};
    for (const auto &[name, kind] : table)
        if (technology == QLatin1String(name))
            return kind;
    return std::nullopt;  // "unknown-technology" and anything newer
}

// Threagile's protocols say whether they are encrypted in their names
// ("jdbc" / "jdbc-encrypted"); a few say nothing about transport at all.
std::optional<bool> encryptedForProtocol(const QString &protocol)
{
    static const QStringList encrypted = {QStringLiteral("https"), QStringLiteral("wss"), QStringLiteral("ssh"),
                                          QStringLiteral("ssh-tunnel"), QStringLiteral("ftps"), QStringLiteral("sftp"),
                                          QStringLiteral("scp"), QStringLiteral("ldaps")};
    static const QStringList unknown = {QStringLiteral("unknown-protocol"), QStringLiteral("local-file-access"),
                                        QStringLiteral("in-process-library-call"), QStringLiteral("container-spawning"),
                                        QString()};
    if (unknown.contains(protocol))
        return std::nullopt;
    return encrypted.contains(protocol) || protocol.endsWith(QStringLiteral("-encrypted"));
}

// Threagile has five levels, Lintel four: its "restricted" sits between
// internal and confidential, and its "strictly-confidential" is Lintel's
// restricted.
std::optional<Classification> classificationFor(const QString &confidentiality)
{
    if (confidentiality == u"public")
        return Classification::Public;
    if (confidentiality == u"internal")
        return Classification::Internal;
    if (confidentiality == u"restricted" || confidentiality == u"confidential")
        return Classification::Confidential;
    if (confidentiality == u"strictly-confidential")
        return Classification::Restricted;
    return std::nullopt;
}

}  // namespace lintel::threagile
