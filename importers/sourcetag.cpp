#include "importers/sourcetag.h"

namespace lintel {

namespace {

YamlValue scalar(const QString &text)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    v.quoted = true;  // "1.0" or "true" as a source id stays text
    return v;
}

const YamlValue *entry(const YamlValue &mapping, const char *key)
{
    for (const auto &[k, v] : mapping.entries)
        if (k == QLatin1String(key))
            return &v;
    return nullptr;
}

}  // namespace

std::optional<SourceTag> sourceTagOf(const Extras &extras)
{
    for (const auto &[key, value] : extras) {
        if (key != sourceKeyName())
            continue;
        if (value.type != YamlValue::Type::Mapping)
            return std::nullopt;
        SourceTag tag;
        const YamlValue &mapping = value;  // clang 14 cannot capture a structured binding
        const auto text = [&](const char *name) {
            const YamlValue *v = entry(mapping, name);
            return v && v->type == YamlValue::Type::Scalar ? v->scalar : QString();
        };
        tag.format = text("format");
        tag.document = text("document");
        tag.file = text("file");
        tag.id = text("id");
        if (tag.format.isEmpty() || tag.id.isEmpty())
            return std::nullopt;
        return tag;
    }
    return std::nullopt;
}

void setSourceTag(Extras &extras, const SourceTag &tag)
{
    YamlValue value;
    value.type = YamlValue::Type::Mapping;
    value.entries.emplace_back(QStringLiteral("format"), scalar(tag.format));
    if (!tag.document.isEmpty())
        value.entries.emplace_back(QStringLiteral("document"), scalar(tag.document));
    if (!tag.file.isEmpty())
        value.entries.emplace_back(QStringLiteral("file"), scalar(tag.file));
    value.entries.emplace_back(QStringLiteral("id"), scalar(tag.id));
    for (auto &[key, existing] : extras) {
        if (key == sourceKeyName()) {
            existing = value;
            return;
        }
    }
    extras.emplace_back(sourceKeyName(), value);
}

void setSourceSchemas(Extras &extras, const QStringList &names)
{
    YamlValue list;
    list.type = YamlValue::Type::Sequence;
    for (const QString &name : names)
        list.items.push_back(scalar(name));
    for (auto &[key, existing] : extras) {
        if (key == sourceSchemasKeyName()) {
            existing = list;
            return;
        }
    }
    extras.emplace_back(sourceSchemasKeyName(), list);
}

QString pointerToken(const QString &key)
{
    return QString(key).replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

}  // namespace lintel
