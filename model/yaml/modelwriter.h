#pragma once
// Writes a Model as canonical YAML text. A visitor over describe(): keys in
// describe order, then the object's `x-` keys; empty strings, lists, maps,
// unset optionals and empty nested objects are left out (required keys are
// always written, so whatever Lintel saves it can load again).
#include "model/describe.h"
#include "model/yaml/yamltextwriter.h"

#include <string_view>
#include <type_traits>

namespace lintel::yaml {

namespace writerdetail {
template <class M> struct IsOrderedMap : std::false_type {};
template <class T> struct IsOrderedMap<OrderedMap<T>> : std::true_type {};
template <class M> struct IsObjectList : std::false_type {};
template <Described T> struct IsObjectList<std::vector<T>> : std::true_type {};
template <class> inline constexpr bool kUnsupported = false;

// Required keys are written even when empty, so such an object never
// collapses to `{}`.
template <Described T> bool hasRequiredKey()
{
    static const bool found = [] {
        bool any = false;
        T probe;
        auto look = [&](const char *, auto &, unsigned flags = NoFlags) { any = any || (flags & Required); };
        describe(look, probe);
        return any;
    }();
    return found;
}

template <ModelEnum E> std::string_view spelling(E value)
{
    return EnumTraits<E>::names[static_cast<std::size_t>(value)];
}
}  // namespace writerdetail

class ModelWriter {
public:
    explicit ModelWriter(YamlTextWriter &out) : m_out(out) {}

    // The keys of `object` at column `indent`, `x-` keys last.
    template <Described T> void writeBody(const T &object, int indent)
    {
        auto visit = [&](const char *name, const auto &member, unsigned flags = NoFlags) {
            if (!(flags & Required) && isEmpty(member))
                return;
            m_out.key(indent, std::string_view(name));
            writeValue(member, indent);
        };
        describe(visit, object);
        for (const auto &[key, value] : object.extras) {
            m_out.key(indent, key);
            m_out.extension(value, indent);
        }
    }

    template <class M> static bool isEmpty(const M &member)
    {
        if constexpr (std::is_same_v<M, QString> || std::is_same_v<M, QStringList>)
            return member.isEmpty();
        else if constexpr (ModelEnum<M> || std::is_same_v<M, Position>)
            return false;
        else if constexpr (Described<M>) {
            bool empty = member.extras.empty();
            auto look = [&](const char *, const auto &field, unsigned = NoFlags) { empty = empty && isEmpty(field); };
            describe(look, member);
            return empty;
        } else if constexpr (writerdetail::IsOrderedMap<M>::value || writerdetail::IsObjectList<M>::value)
            return member.empty();
        else
            return !member.has_value();  // std::optional of bool, int or an enum
    }

private:
    // The value of a key whose `key:` is written; `indent` is the key's column.
    template <class M> void writeValue(const M &member, int indent)
    {
        if constexpr (std::is_same_v<M, QString>) {
            m_out.text(member, indent);
        } else if constexpr (std::is_same_v<M, std::optional<bool>>) {
            m_out.raw(!member ? "null" : *member ? "true" : "false");
        } else if constexpr (std::is_same_v<M, std::optional<int>>) {
            m_out.raw(member ? QByteArray::number(*member).toStdString() : std::string("null"));
        } else if constexpr (ModelEnum<M>) {
            m_out.raw(writerdetail::spelling(member));
        } else if constexpr (std::is_same_v<M, QStringList>) {
            m_out.flowList(member);
        } else if constexpr (std::is_same_v<M, Position>) {
            m_out.flowNumbers({member.x, member.y});
        } else if constexpr (Described<M>) {
            if (isEmpty(member))
                return m_out.emptyMapping();
            m_out.beginBlock();
            writeBody(member, indent + 2);
        } else if constexpr (writerdetail::IsObjectList<M>::value) {
            if (member.empty())
                return m_out.emptySequence();
            m_out.beginBlock();
            for (const auto &object : member) {
                m_out.item(indent + 2);
                if (isEmpty(object) && !writerdetail::hasRequiredKey<typename M::value_type>()) {
                    m_out.emptyMapping();
                } else {
                    m_out.beginBlock();
                    writeBody(object, indent + 4);
                }
            }
        } else if constexpr (writerdetail::IsOrderedMap<M>::value) {
            if (member.empty())
                return m_out.emptyMapping();
            m_out.beginBlock();
            for (const auto &[key, value] : member) {
                m_out.key(indent + 2, key);
                writeEntry(value, indent + 2);
            }
        } else if constexpr (requires { member.has_value(); }) {
            if (!member)
                return m_out.raw("null");
            writeValue(*member, indent);  // an optional enum
        } else {
            static_assert(writerdetail::kUnsupported<M>, "describe() uses a member type the YAML writer does not know");
        }
    }

    // Map values are written even when empty: an entry is meaningful in
    // itself ("404": "" is a response without a body).
    template <class M> void writeEntry(const M &value, int indent)
    {
        if constexpr (std::is_same_v<M, QString>) {
            m_out.text(value, indent);  // "" is quoted by text()
        } else {
            writeValue(value, indent);
        }
    }

    YamlTextWriter &m_out;
};

}  // namespace lintel::yaml
