#include "importers/openapi/openapiimporter.h"

#include "importers/openapi/openapisource.h"
#include "model/document/idfromname.h"

#include <QFileInfo>

namespace lintel {

using namespace openapiimport;

namespace {

// Which OpenAPI this is, from its first key; an error (at that key) when it
// is not OpenAPI or a version Lintel does not read.
std::optional<Dialect> dialectOf(DocumentTree &doc)
{
    const NodeIndex root = doc.root();
    if (!doc.isMapping(root)) {
        doc.error(root, QStringLiteral("not an OpenAPI document: expected a mapping with an \"openapi\" or \"swagger\" key"));
        return std::nullopt;
    }
    if (const NodeIndex swagger = doc.child(root, "swagger"); swagger != kNoNode) {
        if (doc.text(swagger) == u"2.0")
            return Dialect::Swagger2;
        doc.error(swagger, QStringLiteral("Swagger version \"%1\" is not supported (2.0 is)").arg(doc.text(swagger)));
        return std::nullopt;
    }
    const NodeIndex openapi = doc.child(root, "openapi");
    if (openapi == kNoNode) {
        doc.error(root, QStringLiteral("not an OpenAPI document: it has neither an \"openapi\" nor a \"swagger\" key"));
        return std::nullopt;
    }
    const QString version = doc.text(openapi);
    if (version.startsWith(QStringLiteral("3.0.")) || version == u"3.0")
        return Dialect::OpenApi30;
    if (version.startsWith(QStringLiteral("3.1.")) || version == u"3.1")
        return Dialect::OpenApi31;
    doc.error(openapi, QStringLiteral("OpenAPI version \"%1\" is not supported (3.0.x, 3.1.x and Swagger 2.0 are)").arg(version));
    return std::nullopt;
}

QString schemeInWords(DocumentTree &doc, const QString &name, NodeIndex scheme)
{
    const QString type = doc.text(scheme, "type");
    if (type == u"oauth2")
        return QStringLiteral("OAuth 2.0 (%1)").arg(name);
    if (type == u"openIdConnect")
        return QStringLiteral("OpenID Connect (%1)").arg(name);
    if (type == u"apiKey")
        return QStringLiteral("API key in %1 \"%2\" (%3)").arg(doc.text(scheme, "in"), doc.text(scheme, "name"), name);
    if (type == u"mutualTLS")
        return QStringLiteral("mutual TLS (%1)").arg(name);
    if (type == u"basic" || (type == u"http" && doc.text(scheme, "scheme").compare(u"basic", Qt::CaseInsensitive) == 0))
        return QStringLiteral("HTTP basic (%1)").arg(name);
    if (type == u"http") {
        const QString format = doc.text(scheme, "bearerFormat");
        return QStringLiteral("HTTP %1%2 (%3)")
            .arg(doc.text(scheme, "scheme"), format.isEmpty() ? QString() : u' ' + format, name);
    }
    return QStringLiteral("%1 (%2)").arg(type, name);
}

}  // namespace

namespace openapiimport {

QString readAuthentication(Source &source)
{
    DocumentTree &doc = source.doc;
    const NodeIndex schemes = source.isSwagger2()
        ? doc.child(doc.root(), "securityDefinitions")
        : doc.child(doc.child(doc.root(), "components"), "securitySchemes");
    QStringList words;
    for (const auto &[name, raw] : doc.entries(schemes)) {
        const NodeIndex scheme = doc.deref(raw);
        if (scheme != kNoNode)
            words << schemeInWords(doc, name, scheme);
    }
    return words.join(QStringLiteral("; "));
}

}  // namespace openapiimport

QString OpenApiImporter::description() const
{
    return QStringLiteral("An OpenAPI 3.0 or 3.1 document, or Swagger 2.0 (YAML or JSON), as one API contract");
}

std::optional<Api> readOpenApiContract(const ImportRequest &request, Diagnostics &errors, QStringList &notes)
{
    DocumentTree doc(request.bytes, request.fileName);
    std::optional<Dialect> dialect;
    if (doc.ok())
        dialect = dialectOf(doc);
    if (!dialect) {
        errors = doc.errors();
        return std::nullopt;
    }
    const NodeIndex info = doc.child(doc.root(), "info");
    const QString title = doc.text(info, "title");
    if (title.isEmpty())
        doc.error(info == kNoNode ? doc.root() : info, QStringLiteral("the document has no \"info.title\"; Lintel names the contract after it"));

    Source source{doc, *dialect, {}, notes};
    source.tag.format = QStringLiteral("openapi");
    source.tag.document = title;
    source.tag.file = QFileInfo(request.fileName).fileName();

    Api api;
    api.id = idFromName(title);
    if (api.id.isEmpty())
        api.id = QStringLiteral("api");
    api.name = title;
    api.description = doc.text(info, "description").trimmed();
    api.style = ApiStyle::Rest;
    api.version = doc.text(info, "version");
    api.authentication = readAuthentication(source);
    api.schemas = readSchemas(source);
    api.operations = readOperations(source);
    setSourceTag(api.extras, source.tagFor(QStringLiteral("#")));
    QStringList schemaNames;
    for (const auto &[name, fields] : api.schemas)
        schemaNames << name;
    if (!schemaNames.isEmpty())
        setSourceSchemas(api.extras, schemaNames);
    if (!doc.ok()) {
        errors = doc.errors();
        return std::nullopt;
    }
    return api;
}

ImportResult OpenApiImporter::read(const ImportRequest &request) const
{
    ImportResult result;
    QStringList notes;
    if (auto api = readOpenApiContract(request, result.errors, notes))
        result.fragment.apis.push_back(std::move(*api));
    for (const QString &note : notes)
        result.notes << QStringLiteral("%1: note: %2").arg(request.fileName, note);
    return result;
}

}  // namespace lintel
