#include "importers/documenttree.h"

#include <QSet>
#include <QUrl>

namespace lintel {

using yaml::NodeKind;

namespace {

QString unescapeToken(const QString &token)
{
    // Pointers in `$ref` are URI fragments: percent-decode first (RFC 6901 §6).
    const QString decoded = QUrl::fromPercentEncoding(token.toUtf8());
    return QString(decoded).replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
}

}  // namespace

DocumentTree::DocumentTree(const QByteArray &bytes, const QString &fileName)
    : m_parsed(yaml::parseYamlTree(bytes, fileName)), m_tree(m_parsed.tree), m_file(fileName)
{
    if (m_parsed.error)
        m_errors.push_back(*m_parsed.error);
    for (const Diagnostic &d : m_parsed.refused)
        m_errors.push_back(d);
    if (m_errors.empty() && m_tree.isEmpty())
        m_errors.push_back({m_file, 1, 1, QStringLiteral("the file is empty")});
}

bool DocumentTree::isMapping(NodeIndex n) const { return n != kNoNode && m_tree.at(n).kind == NodeKind::Mapping; }
bool DocumentTree::isSequence(NodeIndex n) const { return n != kNoNode && m_tree.at(n).kind == NodeKind::Sequence; }
bool DocumentTree::isScalar(NodeIndex n) const { return n != kNoNode && m_tree.at(n).kind == NodeKind::Scalar; }

NodeIndex DocumentTree::child(NodeIndex n, const char *key) const
{
    return child(n, QString::fromUtf8(key));
}

NodeIndex DocumentTree::child(NodeIndex n, const QString &key) const
{
    if (!isMapping(n))
        return kNoNode;
    for (NodeIndex k = m_tree.firstChild(n); k != kNoNode; k = m_tree.nextSibling(m_tree.nextSibling(k))) {
        const NodeIndex v = m_tree.nextSibling(k);
        if (v == kNoNode)
            break;
        if (m_tree.qtext(k) == key)
            return v;
    }
    return kNoNode;
}

std::vector<std::pair<QString, NodeIndex>> DocumentTree::entries(NodeIndex n) const
{
    std::vector<std::pair<QString, NodeIndex>> out;
    if (!isMapping(n))
        return out;
    for (NodeIndex k = m_tree.firstChild(n); k != kNoNode; k = m_tree.nextSibling(m_tree.nextSibling(k))) {
        const NodeIndex v = m_tree.nextSibling(k);
        if (v == kNoNode)
            break;
        out.emplace_back(m_tree.qtext(k), v);
    }
    return out;
}

std::vector<NodeIndex> DocumentTree::items(NodeIndex n) const
{
    std::vector<NodeIndex> out;
    if (!isSequence(n))
        return out;
    for (NodeIndex i = m_tree.firstChild(n); i != kNoNode; i = m_tree.nextSibling(i))
        out.push_back(i);
    return out;
}

QString DocumentTree::text(NodeIndex n) const
{
    return isScalar(n) ? m_tree.qtext(n) : QString();
}

bool DocumentTree::isTrue(NodeIndex n, const char *key) const
{
    return text(n, key) == u"true";
}

bool DocumentTree::isQuoted(NodeIndex n) const
{
    return isScalar(n) && m_tree.at(n).quoted;
}

SourceLoc DocumentTree::locationOf(NodeIndex n) const
{
    if (n == kNoNode)
        return {};
    const yaml::TreeNode &node = m_tree.at(n);
    return {node.line, node.column};
}

void DocumentTree::error(NodeIndex n, const QString &message)
{
    Diagnostic d{m_file, 1, 1, message};
    if (n != kNoNode) {
        const yaml::TreeNode &node = m_tree.at(n);
        d.line = node.line;
        d.column = node.column;
    }
    // A node may be reached more than once (a schema used by several
    // operations); its problem is reported once.
    for (const Diagnostic &e : m_errors)
        if (e.line == d.line && e.column == d.column && e.message == d.message)
            return;
    m_errors.push_back(d);
}

NodeIndex DocumentTree::resolvePointer(const QString &ref, NodeIndex site)
{
    if (!ref.startsWith(u'#')) {
        error(site, QStringLiteral("\"$ref\": \"%1\" points outside this document; Lintel imports one "
                                   "document and does not follow external references (bundle the "
                                   "document first)").arg(ref));
        return kNoNode;
    }
    NodeIndex at = root();
    const QString pointer = ref.mid(1);
    if (pointer.isEmpty())
        return at;
    if (!pointer.startsWith(u'/')) {
        error(site, QStringLiteral("\"$ref\": \"%1\" is not a JSON pointer (it should start with \"#/\")").arg(ref));
        return kNoNode;
    }
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (const QString &raw : tokens) {
        const QString token = unescapeToken(raw);
        NodeIndex next = kNoNode;
        if (isMapping(at)) {
            next = child(at, token);
        } else if (isSequence(at)) {
            bool number = false;
            const int index = token.toInt(&number);
            const auto list = items(at);
            if (number && index >= 0 && std::size_t(index) < list.size())
                next = list[std::size_t(index)];
        }
        if (next == kNoNode) {
            error(site, QStringLiteral("\"$ref\": \"%1\" names nothing in this document (no \"%2\")").arg(ref, token));
            return kNoNode;
        }
        at = m_tree.resolve(next);
    }
    return at;
}

NodeIndex DocumentTree::deref(NodeIndex n)
{
    QSet<NodeIndex> seen;
    QStringList chain;
    NodeIndex at = n;
    while (isMapping(at) && child(at, "$ref") != kNoNode) {
        const NodeIndex refNode = child(at, "$ref");
        const QString ref = text(refNode);
        if (seen.contains(at)) {
            error(refNode, QStringLiteral("\"$ref\" cycle: %1 leads back to itself").arg(chain.join(QStringLiteral(" -> "))));
            return kNoNode;
        }
        seen.insert(at);
        chain << ref;
        at = resolvePointer(ref, refNode);
    }
    return at;
}

QString lastPointerToken(const QString &ref)
{
    const auto slash = ref.lastIndexOf(u'/');
    return unescapeToken(slash < 0 ? ref : ref.mid(slash + 1));
}

}  // namespace lintel
