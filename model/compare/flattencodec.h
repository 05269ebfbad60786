#pragma once
// Internal to model/compare: turning a described object into FlatFields and
// back, by visiting describe(). See flatfields.h for the shape of the paths.
#include "model/compare/flatfields.h"
#include "model/describe.h"
#include "model/yaml/scalartext.h"

#include <QSet>
#include <type_traits>

namespace lintel::compare_detail {

template <class M> struct IsMap : std::false_type {};
template <class T> struct IsMap<OrderedMap<T>> : std::true_type {};
template <class M> struct IsObjectList : std::false_type {};
template <Described T> struct IsObjectList<std::vector<T>> : std::true_type {};
template <class M> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};

QString positionText(const Position &p);
bool parsePosition(const QString &text, Position *out);

// The key a sub-object of a list is known by: its first field (an API
// operation's id, a decision option's name), or "#N" when that is empty.
template <Described T> QString subObjectKey(const T &object, std::size_t index)
{
    QString key;
    bool first = true;
    auto look = [&](const char *, const auto &member, unsigned = NoFlags) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(member)>, QString>)
            if (first)
                key = member;
        first = false;
    };
    describe(look, object);
    return key.isEmpty() ? QStringLiteral("#%1").arg(index) : key;
}

class Flattener {
public:
    Flattener(QStringList prefix, FlatFields &out) : m_prefix(std::move(prefix)), m_out(out) {}

    template <class M> void operator()(const char *name, const M &member, unsigned = NoFlags)
    {
        QStringList path = m_prefix;
        path << QString::fromLatin1(name);
        value(path, member);
    }

    template <Described T> void extras(const T &object)
    {
        for (const auto &[key, v] : object.extras)
            m_out.push_back({m_prefix + QStringList{key}, v, false});
    }

private:
    void scalar(const QStringList &path, const QString &text) { m_out.push_back({path, scalarValue(text), false}); }

    template <class M> void value(const QStringList &path, const M &member)
    {
        if constexpr (std::is_same_v<M, QString>) {
            if (!member.isEmpty())
                scalar(path, member);
        } else if constexpr (std::is_same_v<M, std::optional<bool>>) {
            if (member)
                scalar(path, *member ? QStringLiteral("true") : QStringLiteral("false"));
        } else if constexpr (std::is_same_v<M, std::optional<int>>) {
            if (member)
                scalar(path, QString::number(*member));
        } else if constexpr (ModelEnum<M>) {
            scalar(path, enumName(member));
        } else if constexpr (IsOptional<M>::value) {
            if (member)
                value(path, *member);
        } else if constexpr (std::is_same_v<M, Position>) {
            scalar(path, positionText(member));
        } else if constexpr (std::is_same_v<M, QStringList>) {
            if (member.isEmpty())
                return;
            YamlValue list;
            list.type = YamlValue::Type::Sequence;
            for (const QString &item : member)
                list.items.push_back(scalarValue(item));
            m_out.push_back({path, std::move(list), true});
        } else if constexpr (Described<M>) {
            Flattener inner(path, m_out);
            describe(inner, member);
            inner.extras(member);
        } else if constexpr (IsObjectList<M>::value) {
            for (std::size_t i = 0; i < member.size(); ++i) {
                // The marker keeps a sub-object that has no field set.
                const QStringList entryPath = path + QStringList{subObjectKey(member[i], i)};
                YamlValue marker;
                marker.type = YamlValue::Type::Mapping;
                m_out.push_back({entryPath, marker, false});
                Flattener inner(entryPath, m_out);
                describe(inner, member[i]);
                inner.extras(member[i]);
            }
        } else if constexpr (IsMap<M>::value) {
            for (const auto &[key, entry] : member) {
                const QStringList entryPath = path + QStringList{key};
                if constexpr (IsMap<std::remove_cvref_t<decltype(entry)>>::value) {
                    // An empty inner map still exists (a schema with no fields yet).
                    YamlValue marker;
                    marker.type = YamlValue::Type::Mapping;
                    m_out.push_back({entryPath, marker, false});
                    value(entryPath, entry);
                } else if constexpr (std::is_same_v<std::remove_cvref_t<decltype(entry)>, QString>) {
                    scalar(entryPath, entry);  // "" is meaningful in a map ("404": "")
                } else {
                    value(entryPath, entry);
                }
            }
        } else {
            static_assert(!sizeof(M), "describe() uses a member type the flattener does not know");
        }
    }

    QStringList m_prefix;
    FlatFields &m_out;
};

template <Described T> FlatFields flattenObject(const T &object)
{
    FlatFields out;
    Flattener top({}, out);
    describe(top, object);
    top.extras(object);
    return out;
}

// The entries under one path prefix, with the prefix taken off.
inline bool hasPrefix(const QStringList &path, const QStringList &prefix)
{
    if (path.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i)
        if (path[i] != prefix[i])
            return false;
    return true;
}

class Unflattener {
public:
    Unflattener(QStringList prefix, const FlatFields &in, const FlatIndex &index)
        : m_prefix(std::move(prefix)), m_in(in), m_index(index)
    {
    }
    bool ok = true;

    template <class M> void operator()(const char *name, M &member, unsigned = NoFlags)
    {
        QStringList path = m_prefix;
        path << QString::fromLatin1(name);
        value(path, member);
    }

    template <Described T> void extras(T &object)
    {
        object.extras.clear();
        for (const FlatField &f : m_in)
            if (f.path.size() == m_prefix.size() + 1 && hasPrefix(f.path, m_prefix)
                && f.path.back().startsWith(QLatin1String("x-")))
                object.extras.emplace_back(f.path.back(), f.value);
    }

private:
    const FlatField *exact(const QStringList &path) const { return m_index.find(path); }

    // Keys one level below `path`, in order of first appearance.
    QStringList keysBelow(const QStringList &path) const
    {
        QStringList keys;
        QSet<QString> seen;
        for (const FlatField &f : m_in)
            if (f.path.size() > path.size() && hasPrefix(f.path, path) && !seen.contains(f.path[path.size()])) {
                seen.insert(f.path[path.size()]);
                keys << f.path[path.size()];
            }
        return keys;
    }

    template <class M> void value(const QStringList &path, M &member)
    {
        const FlatField *f = nullptr;
        if constexpr (!Described<M> && !IsObjectList<M>::value && !IsMap<M>::value)
            f = exact(path);
        const QString text = f ? f->value.scalar : QString();
        if constexpr (std::is_same_v<M, QString>) {
            member = text;
        } else if constexpr (std::is_same_v<M, std::optional<bool>>) {
            member = f ? yaml::parseBool(text.toStdString()) : std::nullopt;
            ok = ok && (!f || member);
        } else if constexpr (std::is_same_v<M, std::optional<int>>) {
            member = f ? yaml::parseInt(text.toStdString()) : std::nullopt;
            ok = ok && (!f || member);
        } else if constexpr (ModelEnum<M>) {
            const auto parsed = parseEnum<M>(text);
            ok = ok && parsed;
            member = parsed.value_or(M{});
        } else if constexpr (IsOptional<M>::value) {
            member.reset();
            if (f) {
                const auto parsed = parseEnum<typename M::value_type>(text);
                ok = ok && parsed;
                member = parsed;
            }
        } else if constexpr (std::is_same_v<M, Position>) {
            ok = ok && f && parsePosition(text, &member);
        } else if constexpr (std::is_same_v<M, QStringList>) {
            member.clear();
            if (f)
                for (const YamlValue &item : f->value.items)
                    member << item.scalar;
        } else if constexpr (Described<M>) {
            Unflattener inner(path, m_in, m_index);
            describe(inner, member);
            inner.extras(member);
            ok = ok && inner.ok;
        } else if constexpr (IsObjectList<M>::value) {
            member.clear();
            for (const QString &key : keysBelow(path)) {
                typename M::value_type object;
                Unflattener inner(path + QStringList{key}, m_in, m_index);
                describe(inner, object);
                inner.extras(object);
                ok = ok && inner.ok;
                member.push_back(std::move(object));
            }
        } else if constexpr (IsMap<M>::value) {
            member.clear();
            for (const QString &key : keysBelow(path)) {
                typename M::value_type::second_type entry{};
                value(path + QStringList{key}, entry);
                member.emplace_back(key, std::move(entry));
            }
        } else {
            static_assert(!sizeof(M), "describe() uses a member type the flattener does not know");
        }
    }

    QStringList m_prefix;
    const FlatFields &m_in;
    const FlatIndex &m_index;
};

template <Described T> bool unflattenObject(const FlatFields &fields, T &object)
{
    T built{};
    const FlatIndex index(fields);
    Unflattener top({}, fields, index);
    describe(top, built);
    top.extras(built);
    if (!top.ok)
        return false;
    object = std::move(built);
    return true;
}

}  // namespace lintel::compare_detail
