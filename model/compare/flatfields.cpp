#include "model/compare/flatfields.h"

#include "model/compare/flattencodec.h"

#include <algorithm>

namespace lintel {

YamlValue scalarValue(const QString &text)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    return v;
}

namespace {

QStringList sortedItems(const YamlValue &list)
{
    QStringList items;
    for (const YamlValue &item : list.items)
        items << item.scalar;
    items.sort();
    items.removeDuplicates();
    return items;
}

// Quoting is how a value was written, not what it is.
bool sameYaml(const YamlValue &a, const YamlValue &b)
{
    if (a.type != b.type || a.scalar != b.scalar || a.items.size() != b.items.size()
        || a.entries.size() != b.entries.size())
        return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!sameYaml(a.items[i], b.items[i]))
            return false;
    for (std::size_t i = 0; i < a.entries.size(); ++i)
        if (a.entries[i].first != b.entries[i].first || !sameYaml(a.entries[i].second, b.entries[i].second))
            return false;
    return true;
}

}  // namespace

bool sameValue(const FlatField &a, const FlatField &b)
{
    if (a.isSet && b.isSet)
        return sortedItems(a.value) == sortedItems(b.value);
    return sameYaml(a.value, b.value);
}

bool sameFields(const FlatFields &a, const FlatFields &b)
{
    if (a.size() != b.size())
        return false;
    const FlatIndex inB(b);
    for (const FlatField &f : a) {
        const FlatField *other = inB.find(f.path);
        if (!other || !sameValue(f, *other))
            return false;
    }
    return true;
}

QString valueText(const YamlValue &value)
{
    switch (value.type) {
    case YamlValue::Type::Null:
        return QStringLiteral("(not set)");
    case YamlValue::Type::Scalar:
        return value.scalar;
    case YamlValue::Type::Sequence: {
        QStringList parts;
        for (const YamlValue &item : value.items)
            parts << valueText(item);
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case YamlValue::Type::Mapping: {
        QStringList parts;
        for (const auto &[key, item] : value.entries)
            parts << key + QStringLiteral(": ") + valueText(item);
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    }
    return QString();
}

const FlatField *findField(const FlatFields &fields, const QStringList &path)
{
    for (const FlatField &f : fields)
        if (f.path == path)
            return &f;
    return nullptr;
}

namespace {
// Path segments may hold dots; a control character cannot clash.
QString indexKey(const QStringList &path)
{
    return path.join(QChar(0x1f));
}
}  // namespace

FlatIndex::FlatIndex(const FlatFields &fields) : m_fields(fields)
{
    m_byPath.reserve(qsizetype(fields.size()));
    for (std::size_t i = 0; i < fields.size(); ++i)
        m_byPath.insert(indexKey(fields[i].path), int(i));
}

const FlatField *FlatIndex::find(const QStringList &path) const
{
    const auto it = m_byPath.constFind(indexKey(path));
    return it == m_byPath.constEnd() ? nullptr : &m_fields[std::size_t(*it)];
}

namespace compare_detail {

QString positionText(const Position &p)
{
    return yaml::formatNumber(p.x) + QStringLiteral(", ") + yaml::formatNumber(p.y);
}

bool parsePosition(const QString &text, Position *out)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return false;
    const auto x = yaml::parseNumber(parts[0].trimmed().toStdString());
    const auto y = yaml::parseNumber(parts[1].trimmed().toStdString());
    if (!x || !y)
        return false;
    *out = {*x, *y};
    return true;
}

}  // namespace compare_detail

}  // namespace lintel
