// Operations of an OpenAPI document: one Lintel operation per method of a
// path (and, in 3.1, of a webhook). The body sent and each response's body
// are recorded by schema name; parameters are not part of Lintel's contract
// model and are counted in a note instead of dropped silently.
#include "importers/openapi/openapisource.h"

#include "model/document/idfromname.h"

#include <QRegularExpression>
#include <QSet>

namespace lintel::openapiimport {

namespace {

const QStringList &httpMethods()
{
    static const QStringList methods = {QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
                                        QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                                        QStringLiteral("patch"), QStringLiteral("trace")};
    return methods;
}

// RFC 9110: these methods are idempotent by definition.
bool idempotentMethod(const QString &method)
{
    return method != u"post" && method != u"patch";
}

// "showPetById" -> "show-pet-by-id": an id the model accepts, still readable.
QString kebabFromOperationId(const QString &operationId)
{
    static const QRegularExpression boundary(QStringLiteral("([a-z0-9])([A-Z])"));
    return idFromName(QString(operationId).replace(boundary, QStringLiteral("\\1 \\2")));
}

// The media type Lintel reads a body from: JSON when offered, else the first.
NodeIndex preferredMedia(Source &source, NodeIndex content)
{
    const auto media = source.doc.entries(content);
    for (const auto &[type, node] : media)
        if (type == u"application/json" || type.endsWith(QStringLiteral("+json")))
            return node;
    return media.empty() ? kNoNode : media.front().second;
}

QString bodyType(Source &source, NodeIndex holder)
{
    if (source.isSwagger2())
        return typeName(source, source.doc.child(holder, "schema"));
    const NodeIndex media = preferredMedia(source, source.doc.child(holder, "content"));
    return typeName(source, source.doc.child(media, "schema"));
}

struct ParameterCount {
    int leftOut = 0;
};

// Swagger 2.0 sends the body as a parameter `in: body`; the others are
// counted as left out.
QString readParameters(Source &source, NodeIndex list, ParameterCount &count)
{
    QString request;
    for (NodeIndex item : source.doc.items(list)) {
        const NodeIndex parameter = source.doc.deref(item);
        if (parameter == kNoNode)
            continue;
        if (source.isSwagger2() && source.doc.text(parameter, "in") == u"body")
            request = typeName(source, source.doc.child(parameter, "schema"));
        else
            ++count.leftOut;
    }
    return request;
}

class OperationReader {
public:
    explicit OperationReader(Source &source) : m_source(source) {}

    void readPathItems(const char *section, bool webhooks)
    {
        DocumentTree &doc = m_source.doc;
        const NodeIndex paths = doc.child(doc.root(), section);
        for (const auto &[name, rawItem] : doc.entries(paths)) {
            const NodeIndex item = doc.deref(rawItem);
            if (item == kNoNode)
                continue;
            const QString pointer = QStringLiteral("#/%1/%2").arg(QLatin1String(section), pointerToken(name));
            for (const auto &[method, operation] : doc.entries(item)) {
                if (httpMethods().contains(method))
                    read(name, webhooks, method, operation, item, pointer + u'/' + method);
            }
        }
    }

    std::vector<ApiOperation> take()
    {
        if (m_parameters.leftOut > 0)
            m_source.notes << QStringLiteral("%1 query, header, path or cookie parameter(s) left out: Lintel's "
                                             "contracts record bodies and responses, not parameters")
                                  .arg(m_parameters.leftOut);
        return std::move(m_operations);
    }

private:
    void read(const QString &pathOrName, bool webhook, const QString &method, NodeIndex operation,
              NodeIndex pathItem, const QString &pointer)
    {
        DocumentTree &doc = m_source.doc;
        ApiOperation op;
        const QString operationId = doc.text(operation, "operationId");
        const QString derived = webhook ? QStringLiteral("%1 %2").arg(pathOrName, method)
                                        : QStringLiteral("%1 %2").arg(method, pathOrName);
        op.id = uniqueId(kebabFromOperationId(operationId.isEmpty() ? derived : operationId));
        op.method = method.toUpper();
        if (!webhook)
            op.path = pathOrName;
        op.summary = doc.text(operation, "summary");
        if (op.summary.isEmpty() && webhook)
            op.summary = QStringLiteral("Webhook %1").arg(pathOrName);
        QString request = readParameters(m_source, doc.child(pathItem, "parameters"), m_parameters);
        if (const QString own = readParameters(m_source, doc.child(operation, "parameters"), m_parameters); !own.isEmpty())
            request = own;
        if (!m_source.isSwagger2()) {
            const NodeIndex body = doc.deref(doc.child(operation, "requestBody"));
            if (body != kNoNode)
                request = bodyType(m_source, body);
        }
        op.request = request;
        for (const auto &[code, rawResponse] : doc.entries(doc.child(operation, "responses"))) {
            const NodeIndex response = doc.deref(rawResponse);
            op.responses.emplace_back(code, response == kNoNode ? QString() : bodyType(m_source, response));
        }
        const NodeIndex declared = doc.child(operation, "x-lintel-idempotent");  // what Lintel's exporter writes
        op.idempotent = declared != kNoNode ? doc.text(declared) == u"true" : idempotentMethod(method);
        if (doc.isTrue(operation, "deprecated"))
            op.deprecated = true;
        setSourceTag(op.extras, m_source.tagFor(operationId.isEmpty() ? pointer : operationId));
        m_operations.push_back(std::move(op));
    }

    QString uniqueId(QString base)
    {
        if (base.isEmpty())
            base = QStringLiteral("operation");
        QString id = base;
        for (int n = 2; m_ids.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_ids.insert(id);
        return id;
    }

    Source &m_source;
    std::vector<ApiOperation> m_operations;
    QSet<QString> m_ids;
    ParameterCount m_parameters;
};

}  // namespace

std::vector<ApiOperation> readOperations(Source &source)
{
    OperationReader reader(source);
    reader.readPathItems("paths", false);
    if (source.dialect == Dialect::OpenApi31)
        reader.readPathItems("webhooks", true);
    return reader.take();
}

}  // namespace lintel::openapiimport
