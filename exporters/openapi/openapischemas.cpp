#include "exporters/openapi/openapischemas.h"

#include <QRegularExpression>

namespace lintel::openapi {

using Json = nlohmann::ordered_json;

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }

// JSON Schema for the scalar spellings people use in models.
std::optional<Json> builtinType(const QString &type)
{
    const QString t = type.trimmed().toLower();
    const auto typed = [](const char *name, const char *format = nullptr) {
        Json j = {{"type", name}};
        if (format)
            j["format"] = format;
        return j;
    };
    if (t == u"string" || t == u"text")
        return typed("string");
    if (t == u"integer" || t == u"int")
        return typed("integer");
    if (t == u"long")
        return typed("integer", "int64");
    if (t == u"number" || t == u"float" || t == u"double" || t == u"decimal")
        return typed("number");
    if (t == u"boolean" || t == u"bool")
        return typed("boolean");
    if (t == u"array" || t == u"list")
        return Json{{"type", "array"}, {"items", Json::object()}};
    if (t == u"object" || t == u"map")
        return typed("object");
    if (t == u"date")
        return typed("string", "date");
    if (t == u"date-time" || t == u"datetime" || t == u"timestamp")
        return typed("string", "date-time");
    if (t == u"uuid")
        return typed("string", "uuid");
    if (t == u"email")
        return typed("string", "email");
    if (t == u"uri" || t == u"url")
        return typed("string", "uri");
    return std::nullopt;
}

}  // namespace

SchemaSet::SchemaSet(const Api &api) : m_api(api)
{
    for (const auto &[name, fields] : api.schemas)
        componentName(name);
}

QString SchemaSet::componentName(const QString &modelName)
{
    if (auto it = m_names.constFind(modelName); it != m_names.constEnd())
        return *it;
    // OpenAPI allows only ^[a-zA-Z0-9._-]+$ as component keys.
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString base = QString(modelName).replace(invalid, QStringLiteral("_"));
    if (base.isEmpty() || base == u"_")
        base = QStringLiteral("Schema");
    QString candidate = base;
    const QStringList taken = m_names.values();
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = base + u'_' + QString::number(n);
    if (candidate != modelName)
        m_notes << QStringLiteral("schema \"%1\" is written as component \"%2\" (OpenAPI allows only letters, digits, '.', '-' and '_')")
                       .arg(modelName, candidate);
    m_names.insert(modelName, candidate);
    return candidate;
}

Json SchemaSet::refTo(const QString &modelName)
{
    if (!findIn(m_api.schemas, modelName) && !m_undefined.contains(modelName)) {
        m_undefined << modelName;
        m_notes << QStringLiteral("schema \"%1\" is used by an operation but not defined in the contract; exported as an empty object").arg(modelName);
    }
    return Json{{"$ref", "#/components/schemas/" + utf8(componentName(modelName))}};
}

Json SchemaSet::fieldSchema(const QString &schema, const QString &field, const QString &type)
{
    if (auto builtin = builtinType(type))
        return *builtin;
    const QString t = type.trimmed();
    if (findIn(m_api.schemas, t))
        return Json{{"$ref", "#/components/schemas/" + utf8(componentName(t))}};
    static const QRegularExpression listOf(QStringLiteral("^(?:(.+)\\[\\]|(?:array|list)<(.+)>)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = listOf.match(t); m.hasMatch()) {
        const QString item = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        return Json{{"type", "array"}, {"items", fieldSchema(schema, field, item)}};
    }
    m_notes << QStringLiteral("field \"%1\" of schema \"%2\" has type \"%3\", which is neither a known type nor a schema of the contract; exported without a type")
                   .arg(field, schema, type);
    return Json{{"description", "Type in the model: " + utf8(type)}};
}

Json SchemaSet::components()
{
    Json schemas = Json::object();
    for (const auto &[name, fields] : m_api.schemas) {
        Json properties = Json::object();
        for (const auto &[field, type] : fields)
            properties[utf8(field)] = fieldSchema(name, field, type);
        Json schema = {{"type", "object"}};
        if (!properties.empty())
            schema["properties"] = properties;
        schemas[utf8(componentName(name))] = schema;
    }
    for (const QString &name : m_undefined)
        schemas[utf8(componentName(name))] = Json{
            {"type", "object"},
            {"description", "Placeholder: the contract names this schema but does not define it."}};
    return schemas;
}

}  // namespace lintel::openapi
