// Schemas of an OpenAPI document as Lintel records them: each component a
// list of fields with a type in words. Lintel's contract model is flat on
// purpose (a reviewer compares field lists, not JSON Schema), so nested
// constraints are read only as far as a type name.
#include "importers/openapi/openapisource.h"

#include <QSet>

namespace lintel::openapiimport {

namespace {

// The schemas' home in this dialect, as a JSON pointer prefix.
QString componentPrefix(const Source &source)
{
    return source.isSwagger2() ? QStringLiteral("#/definitions/") : QStringLiteral("#/components/schemas/");
}

// The JSON Schema `type`, which 3.1 also allows as a list: the first that is not "null".
QString schemaType(Source &source, NodeIndex schema)
{
    const NodeIndex type = source.doc.child(schema, "type");
    if (source.doc.isSequence(type)) {
        for (NodeIndex item : source.doc.items(type))
            if (source.doc.text(item) != u"null")
                return source.doc.text(item);
        return {};
    }
    return source.doc.text(type);
}

void collectFields(Source &source, NodeIndex schema, OrderedMap<QString> &fields, QSet<NodeIndex> &visiting)
{
    const NodeIndex resolved = source.doc.deref(schema);
    if (resolved == kNoNode)
        return;
    if (visiting.contains(resolved)) {
        source.doc.error(schema, QStringLiteral("schema cycle: \"allOf\" includes a schema that includes this one"));
        return;
    }
    visiting.insert(resolved);
    // allOf composes an object from parts (petstore-expanded's Pet is
    // NewPet plus an id): the fields of every part, in order.
    for (NodeIndex part : source.doc.items(source.doc.child(resolved, "allOf")))
        collectFields(source, part, fields, visiting);
    for (const auto &[name, property] : source.doc.entries(source.doc.child(resolved, "properties"))) {
        const QString type = typeName(source, property);
        bool replaced = false;
        for (auto &[existing, existingType] : fields)
            if (existing == name) {
                existingType = type;
                replaced = true;
            }
        if (!replaced)
            fields.emplace_back(name, type);
    }
    visiting.remove(resolved);
}

}  // namespace

QString typeName(Source &source, NodeIndex schema)
{
    if (schema == kNoNode)
        return {};
    const QString ref = source.doc.refOf(schema);
    if (!ref.isEmpty()) {
        const NodeIndex target = source.doc.deref(schema);  // reports broken, external and cyclic refs
        if (target == kNoNode)
            return {};
        if (ref.startsWith(componentPrefix(source)) && !ref.mid(componentPrefix(source).size()).contains(u'/'))
            return lastPointerToken(ref);
        return typeName(source, target);
    }
    const QString type = schemaType(source, schema);
    if (type == u"array") {
        const QString item = typeName(source, source.doc.child(schema, "items"));
        return (item.isEmpty() ? QStringLiteral("object") : item) + QStringLiteral("[]");
    }
    const QString format = source.doc.text(schema, "format");
    if (type == u"integer")
        return format == u"int64" ? QStringLiteral("long") : QStringLiteral("integer");
    if (type == u"string") {
        static const QSet<QString> known = {QStringLiteral("date"), QStringLiteral("date-time"), QStringLiteral("uuid"),
                                            QStringLiteral("email"), QStringLiteral("uri")};
        return known.contains(format) ? format : QStringLiteral("string");
    }
    if (type == u"number" || type == u"boolean" || type == u"object")
        return type;
    const auto allOf = source.doc.items(source.doc.child(schema, "allOf"));
    if (allOf.size() == 1)
        return typeName(source, allOf.front());
    return QStringLiteral("object");
}

OrderedMap<OrderedMap<QString>> readSchemas(Source &source)
{
    OrderedMap<OrderedMap<QString>> schemas;
    const NodeIndex home = source.isSwagger2()
        ? source.doc.child(source.doc.root(), "definitions")
        : source.doc.child(source.doc.child(source.doc.root(), "components"), "schemas");
    for (const auto &[name, schema] : source.doc.entries(home)) {
        OrderedMap<QString> fields;
        QSet<NodeIndex> visiting;
        collectFields(source, schema, fields, visiting);
        const NodeIndex resolved = source.doc.deref(schema);
        if (fields.empty() && resolved != kNoNode && source.doc.child(resolved, "properties") == kNoNode) {
            const QString type = typeName(source, schema);
            if (type != u"object")
                source.notes << QStringLiteral("schema \"%1\" is a %2, not an object with fields; "
                                               "it is kept by name without fields").arg(name, type);
        }
        schemas.emplace_back(name, fields);
    }
    return schemas;
}

}  // namespace lintel::openapiimport
