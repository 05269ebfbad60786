#include "model/compare/fieldproperties.h"

#include <algorithm>

namespace lintel {

namespace {

const QString kPrefix = QStringLiteral("lintel.");
const QString kListSuffix = QStringLiteral("[]");

QString escaped(const QString &text, bool inList)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'\\' || (inList && c == u','))
            out += u'\\', out += c;
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

// Splits at unescaped commas (lists) and undoes escaped().
QStringList unescaped(const QString &text, bool inList)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text[++i];
            parts.back() += next == u'n' ? QChar(u'\n') : next;
        } else if (inList && c == u',') {
            parts << QString();
        } else {
            parts.back() += c;
        }
    }
    if (inList)
        for (QString &part : parts)
            part = part.trimmed();
    return parts;
}

}  // namespace

TextProperties fieldsAsProperties(const FlatFields &fields, QStringList *skipped)
{
    TextProperties out;
    for (const FlatField &field : fields) {
        const QString key = kPrefix + field.pathText();
        if (field.value.type == YamlValue::Type::Scalar) {
            out.emplace_back(key, escaped(field.value.scalar, false));
        } else if (field.value.type == YamlValue::Type::Sequence &&
                   std::all_of(field.value.items.begin(), field.value.items.end(),
                               [](const YamlValue &v) { return v.type == YamlValue::Type::Scalar; })) {
            QStringList items;
            for (const YamlValue &item : field.value.items)
                items << escaped(item.scalar, true);
            out.emplace_back(key + kListSuffix, items.join(QStringLiteral(", ")));
        } else if (!field.isMarker() && skipped) {
            *skipped << field.pathText();
        }
    }
    return out;
}

void applyFieldProperties(FlatFields &fields, const TextProperties &properties)
{
    for (const auto &[key, text] : properties) {
        if (!isFieldPropertyKey(key))
            continue;
        const bool list = key.endsWith(kListSuffix);
        const QString pathText = key.mid(kPrefix.size(), key.size() - kPrefix.size() - (list ? kListSuffix.size() : 0));
        FlatField field{pathText.split(u'.'), {}, false};
        if (list) {
            field.value.type = YamlValue::Type::Sequence;
            for (const QString &item : unescaped(text, true))
                if (!item.isEmpty())
                    field.value.items.push_back(scalarValue(item));
        } else {
            field.value = scalarValue(unescaped(text, false).constFirst());
        }
        const auto at = std::find_if(fields.begin(), fields.end(), [&](const FlatField &f) { return f.path == field.path; });
        if (at != fields.end()) {
            field.isSet = at->isSet;
            *at = field;
        } else {
            fields.push_back(field);
        }
    }
}

}  // namespace lintel
