#include "importers/documentvalue.h"

namespace lintel {

YamlValue documentValue(const DocumentTree &doc, NodeIndex n)
{
    YamlValue v;
    if (doc.isScalar(n)) {
        v.type = YamlValue::Type::Scalar;
        v.scalar = doc.text(n);
        v.quoted = doc.isQuoted(n);
        // YAML's own ways of saying "nothing" stay a null, not the text "~".
        if (!v.quoted && (v.scalar.isEmpty() || v.scalar == u"~" || v.scalar == u"null"))
            return YamlValue{};
    } else if (doc.isSequence(n)) {
        v.type = YamlValue::Type::Sequence;
        for (const NodeIndex item : doc.items(n))
            v.items.push_back(documentValue(doc, item));
    } else if (doc.isMapping(n)) {
        v.type = YamlValue::Type::Mapping;
        for (const auto &[key, value] : doc.entries(n))
            v.entries.emplace_back(key, documentValue(doc, value));
    }
    return v;
}

YamlValue textValue(const QString &text)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    v.quoted = true;
    return v;
}

YamlValue listValue(const QStringList &texts)
{
    YamlValue v;
    v.type = YamlValue::Type::Sequence;
    for (const QString &t : texts)
        v.items.push_back(textValue(t));
    return v;
}

void setEntry(YamlValue &mapping, const QString &key, YamlValue value)
{
    mapping.type = YamlValue::Type::Mapping;
    for (auto &[k, v] : mapping.entries)
        if (k == key) {
            v = std::move(value);
            return;
        }
    mapping.entries.emplace_back(key, std::move(value));
}

void setExtra(Extras &extras, const QString &key, YamlValue value)
{
    for (auto &[k, v] : extras)
        if (k == key) {
            v = std::move(value);
            return;
        }
    extras.emplace_back(key, std::move(value));
}

}  // namespace lintel
