#pragma once
// Reads and writes one field of any model object by its YAML path, e.g.
// "security.rate_limited", as a QVariant. Built on describe(), so the
// inspector and the SetField command handle every field, present and future,
// without code of their own per field.
//
// QVariant conventions:
//   QString            -> QString
//   std::optional<bool>-> bool, or an invalid QVariant when unset
//   std::optional<int> -> int, or invalid when unset
//   enum               -> its YAML spelling (QString); optional enums use ""
//                         for unset
//   QStringList        -> QStringList
//   anything else      -> QVariant::fromValue(the member)
#include "model/describe.h"

#include <QMetaType>
#include <QString>
#include <QVariant>
#include <vector>

namespace lintel {

enum class FieldType { Text, Bool, Integer, Enum, StringList, Object, Structured };

struct FieldInfo {
    QString path;             // "security.rate_limited"
    FieldType type = FieldType::Text;
    QStringList enumValues;   // for Enum
    bool optionalEnum = false;// an optional enum also accepts "" (unset)
    unsigned flags = NoFlags;
};

namespace detail {

template <class M> struct OptionalEnumTraits : std::false_type {};
template <ModelEnum E> struct OptionalEnumTraits<std::optional<E>> : std::true_type {
    using Enum = E;
};
template <class M> concept OptionalEnum = OptionalEnumTraits<M>::value;

template <class M> QVariant toVariant(const M &member)
{
    if constexpr (std::is_same_v<M, QString> || std::is_same_v<M, QStringList>) {
        return member;
    } else if constexpr (std::is_same_v<M, std::optional<bool>> || std::is_same_v<M, std::optional<int>>) {
        return member ? QVariant(*member) : QVariant();
    } else if constexpr (ModelEnum<M>) {
        return enumName(member);
    } else if constexpr (OptionalEnum<M>) {
        return member ? enumName(*member) : QString();
    } else {
        return QVariant::fromValue(member);
    }
}

template <class M> bool fromVariant(const QVariant &value, M &member)
{
    if constexpr (std::is_same_v<M, QString>) {
        member = value.toString();
    } else if constexpr (std::is_same_v<M, QStringList>) {
        member = value.toStringList();
    } else if constexpr (std::is_same_v<M, std::optional<bool>>) {
        member = value.isValid() ? std::optional<bool>(value.toBool()) : std::nullopt;
    } else if constexpr (std::is_same_v<M, std::optional<int>>) {
        bool ok = true;
        member = value.isValid() ? std::optional<int>(value.toInt(&ok)) : std::nullopt;
        return ok;
    } else if constexpr (ModelEnum<M>) {
        const auto parsed = parseEnum<M>(value.toString());
        if (!parsed)
            return false;
        member = *parsed;
    } else if constexpr (OptionalEnum<M>) {
        if (value.toString().isEmpty()) {
            member.reset();
            return true;
        }
        const auto parsed = parseEnum<typename OptionalEnumTraits<M>::Enum>(value.toString());
        if (!parsed)
            return false;
        member = *parsed;
    } else {
        if (!value.canConvert<M>())
            return false;
        member = value.value<M>();
    }
    return true;
}

// Walks describe() of one object and applies `onMatch(member)` to the member
// at `path`, descending into nested objects ("security.rate_limited").
template <class OnMatch> struct PathVisitor {
    QStringView path;
    OnMatch &onMatch;
    bool found = false;

    template <class M> void operator()(const char *name, M &member, unsigned = NoFlags)
    {
        if (found)
            return;
        const QString key = QString::fromLatin1(name);
        if (path == key) {
            found = true;
            onMatch(member);
            return;
        }
        if constexpr (Described<M>) {
            if (path.startsWith(key) && path.size() > key.size() && path[key.size()] == u'.') {
                PathVisitor<OnMatch> inner{path.mid(key.size() + 1), onMatch};
                describe(inner, member);
                found = inner.found;
            }
        }
    }
};

struct FieldLister {
    QString prefix;
    std::vector<FieldInfo> &out;

    template <class M> void operator()(const char *name, const M &, unsigned flags = NoFlags)
    {
        FieldInfo info;
        info.path = prefix + QString::fromLatin1(name);
        info.flags = flags;
        if constexpr (std::is_same_v<M, QString>) {
            info.type = FieldType::Text;
        } else if constexpr (std::is_same_v<M, std::optional<bool>>) {
            info.type = FieldType::Bool;
        } else if constexpr (std::is_same_v<M, std::optional<int>>) {
            info.type = FieldType::Integer;
        } else if constexpr (std::is_same_v<M, QStringList>) {
            info.type = FieldType::StringList;
        } else if constexpr (ModelEnum<M>) {
            info.type = FieldType::Enum;
            info.enumValues = enumNames<M>();
        } else if constexpr (OptionalEnum<M>) {
            info.type = FieldType::Enum;
            info.enumValues = enumNames<typename OptionalEnumTraits<M>::Enum>();
            info.optionalEnum = true;
        } else if constexpr (Described<M>) {
            info.type = FieldType::Object;
            out.push_back(info);
            FieldLister inner{info.path + u'.', out};
            describe(inner, static_cast<const M &>(M{}));
            return;
        } else {
            info.type = FieldType::Structured;
        }
        out.push_back(info);
    }
};

}  // namespace detail

// The value at `path`, or an invalid QVariant when there is no such field.
template <Described T> QVariant getField(const T &object, const QString &path, bool *exists = nullptr)
{
    QVariant result;
    auto read = [&result](const auto &member) { result = detail::toVariant(member); };
    detail::PathVisitor<decltype(read)> visitor{path, read};
    describe(visitor, object);
    if (exists)
        *exists = visitor.found;
    return result;
}

// Sets the field at `path`. False when there is no such field or the value
// does not fit it (e.g. an unknown enum spelling); the object is then unchanged.
template <Described T> bool setField(T &object, const QString &path, const QVariant &value)
{
    bool ok = false;
    auto write = [&](auto &member) {
        auto copy = member;
        ok = detail::fromVariant(value, copy);
        if (ok)
            member = std::move(copy);
    };
    detail::PathVisitor<decltype(write)> visitor{path, write};
    describe(visitor, object);
    return visitor.found && ok;
}

// Every field of T in canonical order; nested objects are listed as an
// Object entry followed by their own fields ("security", "security.authentication", ...).
template <Described T> std::vector<FieldInfo> listFields()
{
    std::vector<FieldInfo> out;
    detail::FieldLister lister{QString(), out};
    describe(lister, static_cast<const T &>(T{}));
    return out;
}

}  // namespace lintel
