#include "exporters/openapi/openapioperations.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace lintel::openapi {

using Json = nlohmann::ordered_json;

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }

const QRegularExpression &templateParameter()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}/]+)\\}"));
    return re;
}

// A path OpenAPI accepts: leading slash, no query, no trailing slash.
QString normalisedPath(const ApiOperation &op, QStringList &notes)
{
    QString path = op.path.trimmed();
    if (const auto q = path.indexOf(u'?'); q >= 0) {
        notes << QStringLiteral("operation \"%1\": dropped the query string from path \"%2\"").arg(op.id, op.path);
        path.truncate(q);
    }
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// Two templates that differ only in parameter names are the same path to
// OpenAPI ("/a/{x}" and "/a/{y}").
QString pathShape(const QString &path)
{
    return QString(path).replace(templateParameter(), QStringLiteral("{}"));
}

QString operationId(const ApiOperation &op, QSet<QString> &used)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._~-]+"));
    QString base = QString(op.id).replace(unsafe, QStringLiteral("-"));
    if (base.isEmpty())
        base = QStringLiteral("operation");
    QString id = base;
    for (int n = 2; used.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    used.insert(id);
    return id;
}

Json pathParameters(const QString &path)
{
    Json parameters = Json::array();
    QSet<QString> seen;
    auto it = templateParameter().globalMatch(path);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (seen.contains(name))
            continue;
        seen.insert(name);
        parameters.push_back({{"name", utf8(name)}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
    }
    return parameters;
}

Json responses(const ApiOperation &op, SchemaSet &schemas, QStringList &notes)
{
    static const QRegularExpression status(QStringLiteral("^([1-5](?:[0-9]{2}|XX)|default)$"));
    Json out = Json::object();
    for (const auto &[code, schema] : op.responses) {
        const QString c = code.trimmed();
        if (!status.match(c).hasMatch()) {
            notes << QStringLiteral("operation \"%1\": response \"%2\" is not an HTTP status code; left out").arg(op.id, code);
            continue;
        }
        Json response = {{"description", utf8(responseDescription(c))}};
        if (!schema.trimmed().isEmpty())
            response["content"] = {{"application/json", {{"schema", schemas.refTo(schema.trimmed())}}}};
        out[utf8(c)] = response;
    }
    if (out.empty())
        out["200"] = {{"description", "OK"}};
    return out;
}

}  // namespace

QString responseDescription(const QString &status)
{
    static const QHash<QString, QString> phrases = {
        {QStringLiteral("200"), QStringLiteral("OK")},
        {QStringLiteral("201"), QStringLiteral("Created")},
        {QStringLiteral("202"), QStringLiteral("Accepted")},
        {QStringLiteral("204"), QStringLiteral("No Content")},
        {QStringLiteral("301"), QStringLiteral("Moved Permanently")},
        {QStringLiteral("302"), QStringLiteral("Found")},
        {QStringLiteral("304"), QStringLiteral("Not Modified")},
        {QStringLiteral("400"), QStringLiteral("Bad Request")},
        {QStringLiteral("401"), QStringLiteral("Unauthorized")},
        {QStringLiteral("402"), QStringLiteral("Payment Required")},
        {QStringLiteral("403"), QStringLiteral("Forbidden")},
        {QStringLiteral("404"), QStringLiteral("Not Found")},
        {QStringLiteral("405"), QStringLiteral("Method Not Allowed")},
        {QStringLiteral("406"), QStringLiteral("Not Acceptable")},
        {QStringLiteral("408"), QStringLiteral("Request Timeout")},
        {QStringLiteral("409"), QStringLiteral("Conflict")},
        {QStringLiteral("410"), QStringLiteral("Gone")},
        {QStringLiteral("412"), QStringLiteral("Precondition Failed")},
        {QStringLiteral("413"), QStringLiteral("Content Too Large")},
        {QStringLiteral("415"), QStringLiteral("Unsupported Media Type")},
        {QStringLiteral("422"), QStringLiteral("Unprocessable Content")},
        {QStringLiteral("429"), QStringLiteral("Too Many Requests")},
        {QStringLiteral("500"), QStringLiteral("Internal Server Error")},
        {QStringLiteral("501"), QStringLiteral("Not Implemented")},
        {QStringLiteral("502"), QStringLiteral("Bad Gateway")},
        {QStringLiteral("503"), QStringLiteral("Service Unavailable")},
        {QStringLiteral("504"), QStringLiteral("Gateway Timeout")},
        {QStringLiteral("default"), QStringLiteral("Any other response")},
    };
    if (auto it = phrases.constFind(status); it != phrases.constEnd())
        return *it;
    switch (status.isEmpty() ? u'0' : status.front().unicode()) {
    case u'1': return QStringLiteral("Informational response");
    case u'2': return QStringLiteral("Success");
    case u'3': return QStringLiteral("Redirection");
    case u'4': return QStringLiteral("Client error");
    default: return QStringLiteral("Server error");
    }
}

Json buildPaths(const Api &api, SchemaSet &schemas, const OperationOptions &options, QStringList &notes)
{
    static const QSet<QString> methods = {QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
                                          QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                                          QStringLiteral("patch"), QStringLiteral("trace")};
    Json paths = Json::object();
    QHash<QString, QString> pathByShape;  // shape -> first spelling seen
    QSet<QString> usedIds;
    for (const ApiOperation &op : api.operations) {
        QString method = op.method.trimmed().toLower();
        if (method.isEmpty()) {
            method = QStringLiteral("get");
            notes << QStringLiteral("operation \"%1\" has no method; exported as GET").arg(op.id);
        }
        if (!methods.contains(method)) {
            notes << QStringLiteral("operation \"%1\": \"%2\" is not an HTTP method; left out").arg(op.id, op.method);
            continue;
        }
        QString path = normalisedPath(op, notes);
        const QString shape = pathShape(path);
        if (auto it = pathByShape.constFind(shape); it != pathByShape.constEnd() && *it != path) {
            notes << QStringLiteral("operation \"%1\": path \"%2\" is the same as \"%3\"; merged").arg(op.id, path, *it);
            path = *it;
        }
        pathByShape.insert(shape, path);
        Json &item = paths[utf8(path)];
        if (item.contains(utf8(method))) {
            notes << QStringLiteral("operation \"%1\": %2 %3 is already defined; left out").arg(op.id, method.toUpper(), path);
            continue;
        }
        Json operation = Json::object();
        operation["operationId"] = utf8(operationId(op, usedIds));
        operation["summary"] = utf8(op.summary.trimmed().isEmpty() ? method.toUpper() + u' ' + path : op.summary.trimmed());
        if (options.deprecated)
            operation["description"] = utf8(options.sunset.isEmpty()
                ? QStringLiteral("Deprecated: the whole contract is deprecated; no sunset date is recorded.")
                : QStringLiteral("Deprecated: the whole contract is retired on %1.").arg(options.sunset));
        operation["tags"] = Json::array({options.tag});
        if (const Json parameters = pathParameters(path); !parameters.empty())
            operation["parameters"] = parameters;
        if (!op.request.trimmed().isEmpty())
            operation["requestBody"] = {{"required", true},
                                        {"content", {{"application/json", {{"schema", schemas.refTo(op.request.trimmed())}}}}}};
        operation["responses"] = responses(op, schemas, notes);
        if (op.idempotent)
            operation["x-lintel-idempotent"] = *op.idempotent;
        if (options.deprecated) {
            operation["deprecated"] = true;
            if (!options.sunset.isEmpty())
                operation["x-sunset"] = utf8(options.sunset);
        }
        item[utf8(method)] = operation;
    }
    return paths;
}

}  // namespace lintel::openapi
