#pragma once
// Maps a parsed YamlTree onto a Model. A visitor over describe(): every field
// type the descriptions use is handled once here, so a new field in
// describe.h is read without code of its own.
//
// Problems never stop reading: each one is recorded and reading goes on with
// the next key, so one pass reports everything wrong with the file.
#include "model/describe.h"
#include "model/diagnostic.h"
#include "model/yaml/scalartext.h"
#include "model/yaml/yamltree.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <string_view>
#include <type_traits>
#include <vector>

namespace lintel::yaml {

namespace detail {
template <class M> struct IsOptionalEnum : std::false_type {};
template <ModelEnum E> struct IsOptionalEnum<std::optional<E>> : std::true_type {};
template <class M> struct IsOrderedMap : std::false_type {};
template <class T> struct IsOrderedMap<OrderedMap<T>> : std::true_type {};
template <class M> struct IsObjectList : std::false_type {};
template <Described T> struct IsObjectList<std::vector<T>> : std::true_type {};
template <class> inline constexpr bool kUnsupported = false;

// The YAML keys of T in describe order, and whether T has its own id.
template <Described T> const QStringList &keysOf()
{
    static const QStringList keys = [] {
        QStringList out;
        T probe;
        auto collect = [&](const char *name, auto &, unsigned = NoFlags) { out << QLatin1String(name); };
        describe(collect, probe);
        return out;
    }();
    return keys;
}
template <Described T> bool hasOwnId()
{
    static const bool found = [] {
        bool any = false;
        T probe;
        auto look = [&](const char *, auto &, unsigned flags = NoFlags) { any = any || (flags & IsId); };
        describe(look, probe);
        return any;
    }();
    return found;
}
}  // namespace detail

class ModelReader {
public:
    ModelReader(const YamlTree &tree, const QString &fileName, Diagnostics &problems);

    // Checks the top level (a mapping whose first key is `lintel: 1`) and
    // reads the rest of it into `model`.
    void readDocument(Model &model);

private:
    struct Entry {
        std::string_view key;
        NodeIndex keyNode;
        NodeIndex value;
        bool used = false;
    };
    struct IdSite {
        int line = 0, column = 0;
        QString list;  // "elements", "operations": where the first one is
    };
    using IdScope = QHash<QString, IdSite>;

    // `context` is the key the object sits under; `inList` says it is an
    // item of that list rather than its value.
    template <Described T> void readObject(NodeIndex node, T &object, std::string_view context, bool inList,
                                           std::string_view reservedKey = {});
    template <class M> void readValue(NodeIndex node, M &member, unsigned flags, std::string_view key);
    template <ModelEnum E> bool readEnum(NodeIndex node, std::optional<E> &out, std::string_view key,
                                         bool nullable);

    // The entries of a mapping; reports non-string and duplicate keys (only
    // the first of duplicates is returned).
    std::vector<Entry> entriesOf(NodeIndex mapping, bool reportProblems = true);
    // The value of an `x-` key, at most limits::kMaxExtensionDepth levels deep.
    YamlValue extensionValue(NodeIndex node);
    YamlValue toYamlValue(NodeIndex node, int level);
    bool readString(NodeIndex node, QString &out, std::string_view key);
    void readId(NodeIndex node, QString &out, std::string_view key, IdScope &scope);
    void reportUnknownKey(const Entry &entry, std::string_view context, bool inList, const QStringList &allowed);
    void reportEnumValue(NodeIndex node, std::string_view key, const QStringList &allowed);
    void reportType(NodeIndex node, std::string_view key, const char *expected, bool isItem = false);
    void reportNotFinite(NodeIndex number, std::string_view key);
    void report(NodeIndex node, const QString &message);
    void reportAt(int line, int column, const QString &message);

    const YamlTree &m_tree;
    QString m_fileName;
    Diagnostics &m_problems;
    IdScope m_globalIds;             // ids are unique across the whole model...
    IdScope *m_idScope = &m_globalIds;  // ...except inside an object with an id (operations of an API)
    std::string_view m_listKey;      // the list being read, for duplicate-id messages
    bool m_tooDeepReported = false;  // one message per `x-` value, however wide it is past the limit
};

template <Described T>
void ModelReader::readObject(NodeIndex node, T &object, std::string_view context, bool inList,
                             std::string_view reservedKey)
{
    const TreeNode &n = m_tree.at(node);
    object.loc = SourceLoc{n.line, n.column};
    if (n.kind != NodeKind::Mapping) {
        if (n.kind != NodeKind::Null || inList)
            reportType(node, context, "a mapping", inList);
        return;  // `security:` with nothing after it: no settings, not an error
    }
    std::vector<Entry> entries = entriesOf(node);
    IdScope *parentScope = m_idScope;
    IdScope ownScope;  // ids of objects nested in this one are unique only within it
    if (detail::hasOwnId<T>())
        m_idScope = &ownScope;

    auto visit = [&](const char *name, auto &member, unsigned flags = NoFlags) {
        const std::string_view key(name);
        auto found = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.key == key; });
        if (found == entries.end()) {
            if (flags & Required)
                report(node, QStringLiteral("missing required key \"%1\"").arg(QLatin1String(name)));
            return;
        }
        found->used = true;
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(member)>, QString>) {
            if (flags & IsId) {
                readId(found->value, member, key, *parentScope);
                return;
            }
        }
        readValue(found->value, member, flags, key);
    };
    describe(visit, object);
    m_idScope = parentScope;

    for (const Entry &e : entries) {
        if (e.used || e.key == reservedKey)
            continue;
        if (e.key.starts_with("x-"))
            object.extras.emplace_back(m_tree.qtext(e.keyNode), extensionValue(e.value));
        else
            reportUnknownKey(e, context, inList, detail::keysOf<T>());
    }
}

template <class M> void ModelReader::readValue(NodeIndex node, M &member, unsigned flags, std::string_view key)
{
    const NodeKind kind = m_tree.at(node).kind;
    if constexpr (std::is_same_v<M, QString>) {
        if (readString(node, member, key) && (flags & IsDate) && !member.isEmpty() && !isIsoDate(member))
            report(node, QStringLiteral("\"%1\" must be a date written YYYY-MM-DD, not \"%2\"")
                             .arg(QLatin1String(key.data(), qsizetype(key.size())), member));
    } else if constexpr (std::is_same_v<M, std::optional<bool>>) {
        if (kind == NodeKind::Null)
            member.reset();
        else if (kind != NodeKind::Scalar || !(member = parseBool(m_tree.text(node))))
            reportType(node, key, "true or false");
    } else if constexpr (std::is_same_v<M, std::optional<int>>) {
        if (kind == NodeKind::Null)
            member.reset();
        else if (kind != NodeKind::Scalar || !(member = parseInt(m_tree.text(node))))
            reportType(node, key, "a whole number");
        else if ((flags & IsStage) && (*member < 1 || *member > 4))
            report(node, QStringLiteral("\"%1\" is an ownership stage: 1, 2, 3 or 4, not %2")
                             .arg(QLatin1String(key.data(), qsizetype(key.size())))
                             .arg(*member));
    } else if constexpr (ModelEnum<M>) {
        std::optional<M> value;
        if (readEnum(node, value, key, false))
            member = *value;
    } else if constexpr (detail::IsOptionalEnum<M>::value) {
        readEnum(node, member, key, true);
    } else if constexpr (std::is_same_v<M, QStringList>) {
        if (kind == NodeKind::Null)
            return;
        if (kind != NodeKind::Sequence)
            return reportType(node, key, "a list of strings, like [a, b]");
        for (NodeIndex item = m_tree.firstChild(node); item != kNoNode; item = m_tree.nextSibling(item)) {
            if (m_tree.at(item).kind != NodeKind::Scalar)
                reportType(item, key, "text", true);
            else
                member.append(m_tree.qtext(item));
        }
    } else if constexpr (std::is_same_v<M, Position>) {
        const NodeIndex x = kind == NodeKind::Sequence ? m_tree.firstChild(node) : kNoNode;
        const NodeIndex y = x != kNoNode ? m_tree.nextSibling(x) : kNoNode;
        const auto number = [&](NodeIndex i) {
            return m_tree.at(i).kind == NodeKind::Scalar ? parseNumber(m_tree.text(i)) : std::nullopt;
        };
        std::optional<double> px, py;
        if (y == kNoNode || m_tree.nextSibling(y) != kNoNode || !(px = number(x)) || !(py = number(y))) {
            // 1e999 is a number, only not one a double holds: say so, like for .inf.
            for (NodeIndex i : {x, y})
                if (i != kNoNode && m_tree.at(i).kind == NodeKind::Scalar && isOutOfRangeNumber(m_tree.text(i)))
                    return reportNotFinite(i, key);
            return reportType(node, key, "a position [x, y]");
        }
        // .nan and .inf would reach the diagram exporters and the canvas,
        // which cannot place anything there.
        if (!std::isfinite(*px))
            return reportNotFinite(x, key);
        if (!std::isfinite(*py))
            return reportNotFinite(y, key);
        member = Position{*px, *py};
    } else if constexpr (Described<M>) {
        readObject(node, member, key, false);
    } else if constexpr (detail::IsOrderedMap<M>::value) {
        if (kind == NodeKind::Null)
            return;
        if (kind != NodeKind::Mapping)
            return reportType(node, key, "a mapping");
        for (const Entry &e : entriesOf(node)) {
            typename M::value_type::second_type value{};
            readValue(e.value, value, NoFlags, e.key);
            member.emplace_back(m_tree.qtext(e.keyNode), std::move(value));
        }
    } else if constexpr (detail::IsObjectList<M>::value) {
        if (kind == NodeKind::Null)
            return;
        if (kind != NodeKind::Sequence)
            return reportType(node, key, "a list");
        const std::string_view outerList = m_listKey;
        member.reserve(m_tree.at(node).childCount);
        for (NodeIndex item = m_tree.firstChild(node); item != kNoNode; item = m_tree.nextSibling(item)) {
            m_listKey = key;
            readObject(item, member.emplace_back(), key, true);
        }
        m_listKey = outerList;
    } else {
        static_assert(detail::kUnsupported<M>, "describe() uses a member type the YAML reader does not know");
    }
}

template <ModelEnum E>
bool ModelReader::readEnum(NodeIndex node, std::optional<E> &out, std::string_view key, bool nullable)
{
    const NodeKind kind = m_tree.at(node).kind;
    if (kind == NodeKind::Null && nullable) {
        out.reset();
        return true;
    }
    if (kind == NodeKind::Scalar && (out = parseEnum<E>(m_tree.text(node))))
        return true;
    reportEnumValue(node, key, enumNames<E>());
    return false;
}

}  // namespace lintel::yaml
