#include "importers/drift/contractdrift.h"

#include "importers/sourcetag.h"

#include <QRegularExpression>
#include <QSet>

namespace lintel {

namespace {

QString shapeOf(const QString &path)
{
    static const QRegularExpression parameter(QStringLiteral("\\{[^{}/]+\\}"));
    QString p = path.trimmed();
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    return p.replace(parameter, QStringLiteral("{}"));
}

QString sourceIdOf(const ApiOperation &op)
{
    const auto tag = sourceTagOf(op.extras);
    return tag && tag->format == u"openapi" ? tag->id : QString();
}

// The authentication families a text or a document names; the model's text
// is free prose, so two spellings of "OAuth 2.0" must not count as drift.
QSet<QString> authFamilies(const QString &text)
{
    const QString a = text.toLower();
    QSet<QString> out;
    const auto has = [&](const char *pattern) { return QRegularExpression(QLatin1String(pattern)).match(a).hasMatch(); };
    if (has("\\b(oidc|openid)"))
        out << QStringLiteral("OpenID Connect");
    else if (has("\\boauth"))
        out << QStringLiteral("OAuth 2.0");
    if (has("\\bapi[- _]?key\\b"))
        out << QStringLiteral("API key");
    if (has("\\bbearer\\b|\\bjwt\\b"))
        out << QStringLiteral("bearer token");
    if (has("\\bbasic\\b"))
        out << QStringLiteral("HTTP basic");
    if (has("\\bm-?tls\\b|mutual tls|client cert"))
        out << QStringLiteral("mutual TLS");
    return out;
}

QString listed(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
}

QString orNone(const QString &s) { return s.isEmpty() ? QStringLiteral("none") : s; }

class Comparer {
public:
    Comparer(const Api &model, const Api &spec) : m_model(model), m_spec(spec) {}

    std::vector<Drift> run()
    {
        compareContract();
        compareOperations();
        compareSchemas();
        return std::move(m_drifts);
    }

private:
    void add(const char *kind, const QString &subject, const QString &message, SourceLoc loc = {})
    {
        m_drifts.push_back({QLatin1String(kind), subject, message, loc.isValid() ? loc : m_model.loc});
    }

    void compareContract()
    {
        if (m_model.version.trimmed() != m_spec.version.trimmed())
            add("version", {}, QStringLiteral("version is %1 in the model, %2 in the document")
                                   .arg(orNone(m_model.version), orNone(m_spec.version)));
        const QSet<QString> modelAuth = authFamilies(m_model.authentication);
        const QSet<QString> specAuth = authFamilies(m_spec.authentication);
        if (modelAuth != specAuth)
            add("authentication", {}, QStringLiteral("authentication is %1 in the model, %2 in the document")
                                          .arg(listed(modelAuth), listed(specAuth)));
    }

    const ApiOperation *partner(const ApiOperation &op, const std::vector<ApiOperation> &candidates, QSet<const ApiOperation *> &used)
    {
        const auto pick = [&](auto &&matches) -> const ApiOperation * {
            for (const ApiOperation &c : candidates)
                if (!used.contains(&c) && matches(c)) {
                    used.insert(&c);
                    return &c;
                }
            return nullptr;
        };
        const QString source = sourceIdOf(op);
        if (!source.isEmpty())
            if (auto *c = pick([&](const ApiOperation &c) { return sourceIdOf(c) == source; }))
                return c;
        if (auto *c = pick([&](const ApiOperation &c) { return c.id == op.id; }))
            return c;
        return pick([&](const ApiOperation &c) {
            return c.method.compare(op.method, Qt::CaseInsensitive) == 0 && shapeOf(c.path) == shapeOf(op.path);
        });
    }

    void compareOperations()
    {
        QSet<const ApiOperation *> used;
        for (const ApiOperation &op : m_model.operations) {
            const ApiOperation *spec = partner(op, m_spec.operations, used);
            if (!spec) {
                add("operation-only-in-model", op.id, QStringLiteral("operation %1 (%2 %3) is in the model but not in the document")
                                                          .arg(op.id, op.method, op.path), op.loc);
                continue;
            }
            compareOperation(op, *spec);
        }
        for (const ApiOperation &spec : m_spec.operations)
            if (!used.contains(&spec))
                add("operation-only-in-spec", spec.id, QStringLiteral("operation %1 (%2 %3) is in the document but not in the model")
                                                           .arg(spec.id, spec.method, spec.path));
    }

    void compareOperation(const ApiOperation &op, const ApiOperation &spec)
    {
        if (op.method.compare(spec.method, Qt::CaseInsensitive) != 0)
            add("operation-method", op.id, QStringLiteral("operation %1: method is %2 in the model, %3 in the document")
                                               .arg(op.id, orNone(op.method), orNone(spec.method)), op.loc);
        if (shapeOf(op.path) != shapeOf(spec.path))
            add("operation-path", op.id, QStringLiteral("operation %1: path is %2 in the model, %3 in the document")
                                             .arg(op.id, orNone(op.path), orNone(spec.path)), op.loc);
        if (op.request.trimmed() != spec.request.trimmed())
            add("operation-request", op.id, QStringLiteral("operation %1: request body is %2 in the model, %3 in the document")
                                                .arg(op.id, orNone(op.request), orNone(spec.request)), op.loc);
        for (const auto &[code, schema] : op.responses) {
            const QString *other = findIn(spec.responses, code);
            if (!other)
                add("response-only-in-model", op.id, QStringLiteral("operation %1: response %2 is in the model but not in the document")
                                                         .arg(op.id, code), op.loc);
            else if (other->trimmed() != schema.trimmed())
                add("response-schema", op.id, QStringLiteral("operation %1: response %2 body is %3 in the model, %4 in the document")
                                                  .arg(op.id, code, orNone(schema), orNone(*other)), op.loc);
        }
        for (const auto &[code, schema] : spec.responses)
            if (!findIn(op.responses, code))
                add("response-only-in-spec", op.id, QStringLiteral("operation %1: response %2 is in the document but not in the model")
                                                        .arg(op.id, code), op.loc);
        if (op.idempotent && spec.idempotent && *op.idempotent != *spec.idempotent)
            add("operation-idempotency", op.id, QStringLiteral("operation %1 is %2 in the model, %3 in the document")
                                                    .arg(op.id, *op.idempotent ? QStringLiteral("idempotent") : QStringLiteral("not idempotent"),
                                                         *spec.idempotent ? QStringLiteral("idempotent") : QStringLiteral("not idempotent")), op.loc);
        if (op.deprecated.value_or(false) != spec.deprecated.value_or(false))
            add("operation-deprecated", op.id, QStringLiteral("operation %1 is deprecated only in the %2")
                                                   .arg(op.id, op.deprecated.value_or(false) ? QStringLiteral("model") : QStringLiteral("document")), op.loc);
    }

    void compareSchemas()
    {
        for (const auto &[name, fields] : m_model.schemas) {
            const OrderedMap<QString> *spec = findIn(m_spec.schemas, name);
            if (!spec) {
                add("schema-only-in-model", name, QStringLiteral("schema %1 is in the model but not in the document").arg(name));
                continue;
            }
            for (const auto &[field, type] : fields) {
                const QString *other = findIn(*spec, field);
                if (!other)
                    add("field-only-in-model", name, QStringLiteral("schema %1: field %2 is in the model but not in the document").arg(name, field));
                else if (other->trimmed().compare(type.trimmed(), Qt::CaseInsensitive) != 0)
                    add("field-retyped", name, QStringLiteral("schema %1: field %2 is %3 in the model, %4 in the document")
                                                   .arg(name, field, orNone(type), orNone(*other)));
            }
            for (const auto &[field, type] : *spec)
                if (!findIn(fields, field))
                    add("field-only-in-spec", name, QStringLiteral("schema %1: field %2 (%3) is in the document but not in the model")
                                                        .arg(name, field, type));
        }
        for (const auto &[name, fields] : m_spec.schemas)
            if (!findIn(m_model.schemas, name))
                add("schema-only-in-spec", name, QStringLiteral("schema %1 is in the document but not in the model").arg(name));
    }

    const Api &m_model;
    const Api &m_spec;
    std::vector<Drift> m_drifts;
};

}  // namespace

const std::vector<DriftKind> &driftKinds()
{
    static const std::vector<DriftKind> kinds = {
        {"version", "The contract's version differs from the document's."},
        {"authentication", "The contract and the document name different ways of authenticating."},
        {"operation-only-in-model", "The model has an operation the document does not offer."},
        {"operation-only-in-spec", "The document offers an operation the model does not record."},
        {"operation-method", "An operation's HTTP method differs."},
        {"operation-path", "An operation's path differs."},
        {"operation-request", "An operation's request body differs."},
        {"response-only-in-model", "The model expects a response code the document does not declare."},
        {"response-only-in-spec", "The document declares a response code the model does not record."},
        {"response-schema", "A response's body differs."},
        {"operation-idempotency", "The model and the document disagree on whether an operation is idempotent."},
        {"operation-deprecated", "An operation is deprecated on one side only."},
        {"schema-only-in-model", "The model has a schema the document does not define."},
        {"schema-only-in-spec", "The document defines a schema the model does not record."},
        {"field-only-in-model", "A schema field of the model is missing from the document."},
        {"field-only-in-spec", "The document's schema has a field the model does not record."},
        {"field-retyped", "A schema field has another type in the document."},
    };
    return kinds;
}

std::vector<Drift> compareContracts(const Api &model, const Api &spec)
{
    return Comparer(model, spec).run();
}

}  // namespace lintel
