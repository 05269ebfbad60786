#include "exporters/openapi/openapidocument.h"

#include "exporters/openapi/openapioperations.h"
#include "exporters/openapi/openapischemas.h"

#include <QRegularExpression>

namespace lintel::openapi {

using Json = nlohmann::ordered_json;

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }

// The provider's team as the contract's contact: whom to ask about it.
std::optional<Json> contactOf(const ModelIndex &index, const Element *provider)
{
    const Team *team = provider ? index.team(provider->team) : nullptr;
    if (!team)
        return std::nullopt;
    Json contact = {{"name", utf8(team->name.isEmpty() ? team->id : team->name)}};
    const QString how = team->contact.trimmed();
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression url(QStringLiteral("^https?://\\S+$"));
    if (email.match(how).hasMatch())
        contact["email"] = utf8(how);
    else if (url.match(how).hasMatch())
        contact["url"] = utf8(how);
    else if (!how.isEmpty())
        contact["name"] = utf8(QStringLiteral("%1 (%2)").arg(team->name.isEmpty() ? team->id : team->name, how));
    return contact;
}

// Security schemes for the model's authentication text. The model holds
// free text ("OAuth 2.0 client credentials", "PSP secret API key and mTLS"),
// so this looks for the usual words; several found means all are required.
struct SecurityChoice {
    std::vector<std::pair<std::string, Json>> schemes;
    bool anonymousAllowed = false;
};

SecurityChoice securitySchemes(const QString &authentication)
{
    const QString a = authentication.toLower();
    const auto has = [&](const char *pattern) {
        return QRegularExpression(QLatin1String(pattern)).match(a).hasMatch();
    };
    SecurityChoice choice;
    const bool oidc = has("\\b(oidc|openid)\\b");
    const bool oauth = has("\\boauth");
    if (oidc)
        choice.schemes.push_back({"openIdConnect",
            Json{{"type", "openIdConnect"},
                 {"description", "OpenID Connect. The model does not record the provider; the URL below is a placeholder."},
                 {"openIdConnectUrl", "https://auth.invalid/.well-known/openid-configuration"}}});
    else if (oauth)
        choice.schemes.push_back({"oauth2",
            Json{{"type", "oauth2"},
                 {"description", "OAuth 2.0. The model does not record the token endpoint; the URL below is a placeholder."},
                 {"flows", {{"clientCredentials", {{"tokenUrl", "https://auth.invalid/oauth2/token"}, {"scopes", Json::object()}}}}}}});
    if (has("\\bjwt\\b") || (!oidc && !oauth && has("\\bbearer\\b")))
        choice.schemes.push_back({"bearerJwt", Json{{"type", "http"}, {"scheme", "bearer"}, {"bearerFormat", "JWT"}}});
    if (has("\\bapi[- _]?key\\b"))
        choice.schemes.push_back({"apiKey", Json{{"type", "apiKey"}, {"in", "header"}, {"name", "X-API-Key"}}});
    if (has("\\bm-?tls\\b|mutual tls|client cert"))
        choice.schemes.push_back({"mutualTls", Json{{"type", "mutualTLS"}}});
    if (has("\\bbasic\\b"))
        choice.schemes.push_back({"basicAuth", Json{{"type", "http"}, {"scheme", "basic"}}});
    choice.anonymousAllowed = has("\\banonymous\\b");
    return choice;
}

QString infoDescription(const Api &api, const Element *provider, bool versionMissing)
{
    QStringList parts;
    if (!api.description.trimmed().isEmpty())
        parts << api.description.trimmed();
    if (provider)
        parts << QStringLiteral("Provided by %1 (`%2`).").arg(provider->name.isEmpty() ? provider->id : provider->name, provider->id);
    if (api.visibility)
        parts << QStringLiteral("Visibility: %1.").arg(enumName(*api.visibility));
    if (api.status)
        parts << QStringLiteral("Status: %1.").arg(enumName(*api.status));
    if (!api.authentication.trimmed().isEmpty())
        parts << QStringLiteral("Authentication (as the model records it): ") + api.authentication.trimmed();
    if (!api.rateLimit.isEmpty())
        parts << QStringLiteral("Rate limit: ") + api.rateLimit.trimmed();
    if (api.status == ApiStatus::Deprecated)
        parts << (api.sunset.isEmpty() ? QStringLiteral("**Deprecated.** No sunset date is recorded.")
                                       : QStringLiteral("**Deprecated.** Sunset on %1.").arg(api.sunset));
    if (versionMissing)
        parts << QStringLiteral("Note: the model records no version for this contract; 0.0.0 is a placeholder.");
    return parts.join(QStringLiteral("\n\n"));
}

}  // namespace

QString documentPath(const Api &api)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = QString(api.id).replace(unsafe, QStringLiteral("-"));
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QStringLiteral("api"));
    return QStringLiteral("openapi/%1.openapi.yaml").arg(name);
}

BuildResult buildDocument(const ModelIndex &index, const Api &api)
{
    BuildResult result;
    const Element *provider = index.element(api.provider);
    const bool versionMissing = api.version.trimmed().isEmpty();
    if (versionMissing)
        result.notes << QStringLiteral("no version recorded; wrote 0.0.0");

    Json info = {{"title", utf8(api.name.trimmed().isEmpty() ? api.id : api.name)},
                 {"version", utf8(versionMissing ? QStringLiteral("0.0.0") : api.version.trimmed())}};
    const QString description = infoDescription(api, provider, versionMissing);
    if (!description.isEmpty())
        info["description"] = utf8(description);
    if (auto contact = contactOf(index, provider))
        info["contact"] = *contact;
    if (api.status == ApiStatus::Deprecated && !api.sunset.isEmpty())
        info["x-sunset"] = utf8(api.sunset);

    Json &doc = result.document;
    doc["openapi"] = "3.1.0";
    doc["info"] = info;
    // A reserved top-level domain makes the placeholder impossible to mistake
    // for a real host. The variable carries only its default: swagger-cli
    // 4's OpenAPI 3.1 schema rejects any other key of a server variable
    // (even `description`, which the specification allows).
    static const QRegularExpression notHost(QStringLiteral("[^a-z0-9-]+"));
    QString hostName = (provider ? provider->id : api.id).toLower().replace(notHost, QStringLiteral("-"));
    if (hostName.isEmpty())
        hostName = QStringLiteral("api");
    const std::string host = utf8(hostName);
    doc["servers"] = Json::array({{{"url", "https://{host}"},
                                   {"description", "Placeholder: the model does not record where this API is served. "
                                                   "Set the host variable to the deployment's host name."},
                                   {"variables", {{"host", {{"default", host + ".invalid"}}}}}}});

    const std::string tag = utf8(api.name.trimmed().isEmpty() ? api.id : api.name.trimmed());
    doc["tags"] = Json::array({{{"name", tag}, {"description", "Operations of the " + tag + " contract."}}});

    SchemaSet schemas(api);
    OperationOptions options;
    options.tag = tag;
    options.deprecated = api.status == ApiStatus::Deprecated;
    options.sunset = api.sunset;
    doc["paths"] = buildPaths(api, schemas, options, result.notes);

    Json components = Json::object();
    Json schemaComponents = schemas.components();
    if (!schemaComponents.empty())
        components["schemas"] = schemaComponents;
    const QString authentication = api.authentication.trimmed();
    const SecurityChoice security = securitySchemes(authentication);
    if (!security.schemes.empty()) {
        Json schemes = Json::object();
        Json requirement = Json::object();  // all of them together
        for (const auto &[name, scheme] : security.schemes) {
            schemes[name] = scheme;
            requirement[name] = Json::array();
        }
        components["securitySchemes"] = schemes;
        doc["security"] = Json::array({requirement});
        if (security.anonymousAllowed)  // an empty requirement: no credentials needed
            doc["security"].push_back(Json::object());
    } else {
        if (!authentication.isEmpty() && authentication.compare(u"none", Qt::CaseInsensitive) != 0)
            result.notes << QStringLiteral("authentication \"%1\" matches no OpenAPI security scheme; the document declares none").arg(authentication);
        // An explicit empty list: the document states that it declares no
        // security rather than leaving it unsaid.
        doc["security"] = Json::array();
    }
    if (!components.empty())
        doc["components"] = components;
    result.notes << schemas.notes();

    if (provider) {
        doc["x-lintel-provider"] = utf8(provider->id);
        if (!provider->team.isEmpty())
            doc["x-lintel-owner-team"] = utf8(provider->team);
        if (!provider->zone.isEmpty())
            doc["x-lintel-zone"] = utf8(provider->zone);
    } else if (!api.provider.isEmpty()) {
        doc["x-lintel-provider"] = utf8(api.provider);
        result.notes << QStringLiteral("provider \"%1\" is not an element of the model").arg(api.provider);
    }
    return result;
}

}  // namespace lintel::openapi
