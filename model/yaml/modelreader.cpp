#include "model/yaml/modelreader.h"

#include "model/limits.h"
#include "model/yaml/closestmatch.h"
#include "model/yaml/scalarstyle.h"

#include <unordered_map>

namespace lintel::yaml {

namespace {

QString latin(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString quotedList(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

// Ends the first sentence of a message, with a guess when there is one.
QString withSuggestion(const QString &suggestion)
{
    return suggestion.isEmpty() ? QStringLiteral(". ") : QStringLiteral("; did you mean \"%1\"? ").arg(suggestion);
}

}  // namespace

ModelReader::ModelReader(const YamlTree &tree, const QString &fileName, Diagnostics &problems)
    : m_tree(tree), m_fileName(fileName), m_problems(problems)
{
}

void ModelReader::readDocument(Model &model)
{
    const NodeIndex root = m_tree.root();
    if (m_tree.at(root).kind != NodeKind::Mapping) {
        report(root, QStringLiteral("the top level must be a mapping that starts with `lintel: %1`")
                         .arg(kFormatVersion));
        return;
    }
    // `lintel` must be first so that any tool (and a person) can tell what the
    // file is and which format it has from its first line.
    const NodeIndex firstKey = m_tree.firstChild(root);
    NodeIndex versionKey = kNoNode;
    for (const Entry &e : entriesOf(root, false))
        if (e.key == "lintel") {
            versionKey = e.keyNode;
            break;
        }
    if (versionKey == kNoNode) {
        reportAt(1, 1, QStringLiteral("missing `lintel: %1` as the first key; is this a Lintel model?")
                           .arg(kFormatVersion));
    } else {
        if (versionKey != firstKey)
            report(versionKey, QStringLiteral("`lintel` must be the first key of the file"));
        const NodeIndex value = m_tree.nextSibling(versionKey);
        const std::optional<int> version =
            m_tree.at(value).kind == NodeKind::Scalar ? parseInt(m_tree.text(value)) : std::nullopt;
        if (version && *version > kFormatVersion) {
            // Keys of a newer format would only add misleading "unknown key" noise.
            report(value, QStringLiteral("written by a newer Lintel (format %1); this version reads format %2")
                              .arg(*version)
                              .arg(kFormatVersion));
            return;
        }
        if (!version || *version < 1) {
            report(value, QStringLiteral("unsupported format version \"%1\"; this version reads format %2")
                              .arg(m_tree.qtext(value))
                              .arg(kFormatVersion));
            return;
        }
    }
    readObject(root, model, {}, false, "lintel");
}

std::vector<ModelReader::Entry> ModelReader::entriesOf(NodeIndex mapping, bool reportProblems)
{
    std::vector<Entry> entries;
    entries.reserve(m_tree.at(mapping).childCount / 2);
    // Small mappings (almost all of them) are checked pairwise; big ones
    // (positions of a large view) through a hash.
    const bool big = m_tree.at(mapping).childCount > 64;
    std::unordered_map<std::string_view, std::size_t> index;
    NodeIndex value = kNoNode;
    // Children of a mapping alternate key, value (the parser always sends both).
    for (NodeIndex k = m_tree.firstChild(mapping); k != kNoNode && (value = m_tree.nextSibling(k)) != kNoNode;
         k = m_tree.nextSibling(value)) {
        if (m_tree.at(k).kind != NodeKind::Scalar) {
            if (reportProblems)
                report(k, QStringLiteral("keys must be plain text, not a list or mapping"));
            continue;
        }
        const std::string_view key = m_tree.text(k);
        const Entry *first = nullptr;
        if (big) {
            const auto [it, inserted] = index.emplace(key, entries.size());
            if (!inserted)
                first = &entries[it->second];
        } else {
            for (const Entry &e : entries)
                if (e.key == key) {
                    first = &e;
                    break;
                }
        }
        if (first) {
            if (!reportProblems)
                continue;
            const TreeNode &f = m_tree.at(first->keyNode);
            report(k, QStringLiteral("duplicate key \"%1\"; it is already at line %2, column %3")
                          .arg(latin(key))
                          .arg(f.line)
                          .arg(f.column));
            continue;
        }
        entries.push_back(Entry{key, k, value});
    }
    return entries;
}

YamlValue ModelReader::extensionValue(NodeIndex node)
{
    m_tooDeepReported = false;
    return toYamlValue(node, 1);
}

// `level` counts as limits.h defines it: the value of the `x-` key is 1. The
// snapshot decoder counts the same way, so what loads here can be saved.
YamlValue ModelReader::toYamlValue(NodeIndex node, int level)
{
    YamlValue v;
    const TreeNode &n = m_tree.at(node);
    if (level > limits::kMaxExtensionDepth) {
        if (!m_tooDeepReported)
            report(node, QStringLiteral("this `x-` value nests more than %1 levels deep, the most Lintel can save; "
                                        "flatten it")
                             .arg(limits::kMaxExtensionDepth));
        m_tooDeepReported = true;
        return v;
    }
    switch (n.kind) {
    case NodeKind::Null:
    case NodeKind::Alias:  // not reached: at() resolves aliases
        break;
    case NodeKind::Scalar:
        v.type = YamlValue::Type::Scalar;
        v.scalar = m_tree.qtext(node);
        // A plain scalar that could not be written plain again (yaml-cpp lets
        // some odd ones through) is a string either way: keep it as quoted
        // so that saving and reloading gives the same value.
        v.quoted = n.quoted || extensionNeedsQuotes(v.scalar);
        break;
    case NodeKind::Sequence:
        v.type = YamlValue::Type::Sequence;
        v.items.reserve(n.childCount);
        for (NodeIndex item = n.firstChild; item != kNoNode; item = m_tree.nextSibling(item))
            v.items.push_back(toYamlValue(item, level + 1));
        break;
    case NodeKind::Mapping:
        v.type = YamlValue::Type::Mapping;
        for (const Entry &e : entriesOf(node))
            v.entries.emplace_back(m_tree.qtext(e.keyNode), toYamlValue(e.value, level + 1));
        break;
    }
    return v;
}

bool ModelReader::readString(NodeIndex node, QString &out, std::string_view key)
{
    switch (m_tree.at(node).kind) {
    case NodeKind::Null:  // `key:`, `key: ~`: no value, same as leaving it out
        out.clear();
        return true;
    case NodeKind::Scalar:
        out = m_tree.qtext(node);
        return true;
    default:
        reportType(node, key, "text");
        return false;
    }
}

void ModelReader::readId(NodeIndex node, QString &out, std::string_view key, IdScope &scope)
{
    if (!readString(node, out, key))
        return;
    if (out.isEmpty()) {
        report(node, QStringLiteral("\"%1\" must not be empty").arg(latin(key)));
        return;
    }
    if (!isKebabCaseId(out))
        report(node, QStringLiteral("id \"%1\" is not kebab-case (lowercase letters and digits in words "
                                    "joined by single hyphens, like \"order-service\")")
                         .arg(out));
    const TreeNode &n = m_tree.at(node);
    const auto first = scope.constFind(out);
    if (first == scope.constEnd())
        scope.insert(out, IdSite{n.line, n.column, latin(m_listKey)});
    else
        report(node, QStringLiteral("duplicate id \"%1\"; already used in %2 at line %3, column %4")
                         .arg(out, first->list)
                         .arg(first->line)
                         .arg(first->column));
}

void ModelReader::reportUnknownKey(const Entry &entry, std::string_view context, bool inList,
                                   const QStringList &allowed)
{
    const QString key = latin(entry.key);
    QString message = QStringLiteral("unknown key \"%1\"").arg(key);
    if (!context.empty())
        message += (inList ? QStringLiteral(" in an item of \"%1\"") : QStringLiteral(" in \"%1\"")).arg(latin(context));
    message += withSuggestion(closestMatch(key, allowed));
    message += QStringLiteral("Allowed keys: %1 (and x-... for your own extensions)").arg(quotedList(allowed));
    report(entry.keyNode, message);
}

void ModelReader::reportEnumValue(NodeIndex node, std::string_view key, const QStringList &allowed)
{
    const TreeNode &n = m_tree.at(node);
    if (n.kind != NodeKind::Scalar && n.kind != NodeKind::Null) {
        reportType(node, key, "one of the listed values");
        return;
    }
    const QString value = m_tree.qtext(node);
    QString message = n.kind == NodeKind::Null
        ? QStringLiteral("\"%1\" needs a value").arg(latin(key))
        : QStringLiteral("\"%1\" has unknown value \"%2\"").arg(latin(key), value);
    message += withSuggestion(n.kind == NodeKind::Null ? QString() : closestMatch(value, allowed));
    message += QStringLiteral("Allowed: %1").arg(quotedList(allowed));
    report(node, message);
}

void ModelReader::reportType(NodeIndex node, std::string_view key, const char *expected, bool isItem)
{
    QString actual;
    switch (m_tree.at(node).kind) {
    case NodeKind::Null: actual = QStringLiteral("empty"); break;
    case NodeKind::Scalar: actual = QStringLiteral("\"%1\"").arg(m_tree.qtext(node)); break;
    case NodeKind::Sequence: actual = QStringLiteral("a list"); break;
    case NodeKind::Mapping: actual = QStringLiteral("a mapping"); break;
    case NodeKind::Alias: break;
    }
    const QString subject = key.empty() ? QStringLiteral("the top level")
        : isItem                         ? QStringLiteral("each item of \"%1\"").arg(latin(key))
                                         : QStringLiteral("\"%1\"").arg(latin(key));
    report(node, QStringLiteral("%1 must be %2, not %3").arg(subject, QLatin1String(expected), actual));
}

void ModelReader::reportNotFinite(NodeIndex number, std::string_view key)
{
    report(number, QStringLiteral("\"%1\" must be a position [x, y] of finite numbers, not \"%2\"")
                       .arg(latin(key), m_tree.qtext(number)));
}

void ModelReader::report(NodeIndex node, const QString &message)
{
    const TreeNode &n = m_tree.at(node);
    reportAt(n.line, n.column, message);
}

void ModelReader::reportAt(int line, int column, const QString &message)
{
    m_problems.push_back(Diagnostic{m_fileName, line, column, message});
}

}  // namespace lintel::yaml
