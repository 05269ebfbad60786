#include "importers/documentvalue.h"

#include "model/yaml/scalarstyle.h"

#include <QRegularExpression>

namespace lintel {

namespace {

// How a kept scalar is marked: quoted only when its text needs it, that is
// when plain it would read as a number, boolean or null (and the source
// meant text), or could not be written plain at all. The same text from a
// JSON document (always quoted) and a YAML one (mostly plain) is then kept
// the same way, and reads back from the saved model exactly as it was
// imported, so a re-import finds nothing changed.
bool keptQuoted(const QString &text, bool quotedInSource)
{
    // YAML's core schema, with the YAML 1.1 booleans: what Lintel's own
    // reader takes for a number, boolean or null. (yaml::readsAsNonString
    // is wider on purpose, for other tools; here it would quote a UUID
    // from JSON that the same YAML document leaves plain.)
    static const QRegularExpression notText(QStringLiteral(
        "^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|"
        "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|"
        "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    return (quotedInSource && notText.match(text).hasMatch()) || yaml::extensionNeedsQuotes(text);
}

}  // namespace

YamlValue documentValue(const DocumentTree &doc, NodeIndex n)
{
    YamlValue v;
    if (doc.isScalar(n)) {
        v.scalar = doc.text(n);
        // YAML's own ways of saying "nothing" stay a null, not the text "~".
        if (!doc.isQuoted(n) && (v.scalar.isEmpty() || yaml::readsAsNull(v.scalar)))
            return YamlValue{};
        v.type = YamlValue::Type::Scalar;
        v.quoted = keptQuoted(v.scalar, doc.isQuoted(n));
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
    v.quoted = keptQuoted(text, true);
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
