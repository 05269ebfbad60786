// Re-emits a snippet subtree as block YAML, remembering for each line the
// place in the pack it came from.
#include "model/rules/packs/snippetmodel.h"

#include "model/yaml/yamlio.h"

namespace lintel::packs {

namespace {

using yaml::NodeIndex;
using yaml::NodeKind;

class Emitter {
public:
    explicit Emitter(const yaml::YamlTree &tree) : m_tree(tree) {}

    QByteArray text;
    std::vector<SourceLoc> origin;  // per emitted line (0-based)

    void line(const QByteArray &content, NodeIndex from)
    {
        text += content + '\n';
        origin.push_back(from == yaml::kNoNode ? SourceLoc{} : SourceLoc{m_tree.at(from).line, m_tree.at(from).column});
    }

    // A scalar as it was: plain text stays plain (so `true` and `3` keep
    // their meaning), quoted text is written double-quoted.
    QByteArray scalar(NodeIndex n) const
    {
        const yaml::TreeNode &node = m_tree.at(n);
        if (node.kind == NodeKind::Null)
            return {};
        const std::string_view t = m_tree.text(n);
        QByteArray raw(t.data(), qsizetype(t.size()));
        if (!node.quoted && !raw.contains('\n') && !raw.isEmpty())
            return raw;
        QByteArray quoted = "\"";
        for (char c : raw) {
            if (c == '"' || c == '\\')
                quoted += '\\';
            if (c == '\n')
                quoted += "\\n";
            else
                quoted += c;
        }
        return quoted + '"';
    }

    void value(NodeIndex n, int indent, const QByteArray &prefix, NodeIndex at)
    {
        const QByteArray pad(indent, ' ');
        const yaml::TreeNode &node = m_tree.at(n);
        const bool empty = node.firstChild == yaml::kNoNode;
        if (node.kind == NodeKind::Mapping && !empty) {
            line(pad + prefix, at);
            NodeIndex v = yaml::kNoNode;
            for (NodeIndex k = m_tree.firstChild(n); k != yaml::kNoNode && (v = m_tree.nextSibling(k)) != yaml::kNoNode;
                 k = m_tree.nextSibling(v))
                value(v, indent + 2, scalar(k) + ':', k);
        } else if (node.kind == NodeKind::Sequence && !empty) {
            line(pad + prefix, at);
            for (NodeIndex i = m_tree.firstChild(n); i != yaml::kNoNode; i = m_tree.nextSibling(i))
                value(i, indent + 2, "-", i);
        } else if (node.kind == NodeKind::Mapping) {
            line(pad + prefix + " {}", at);
        } else if (node.kind == NodeKind::Sequence) {
            line(pad + prefix + " []", at);
        } else {
            line(pad + prefix + ' ' + scalar(n), at);
        }
    }

private:
    const yaml::YamlTree &m_tree;
};

}  // namespace

std::optional<Model> readSnippetModel(PackReader &reader, NodeIndex snippet, Diagnostics &problems)
{
    if (reader.kindOf(snippet) != NodeKind::Mapping && reader.kindOf(snippet) != NodeKind::Null) {
        reader.report(snippet, QStringLiteral("a test's model must be a mapping of model keys (zones, elements, flows, ...)"));
        return std::nullopt;
    }
    Emitter out(reader.tree);
    out.line("lintel: 1", snippet);
    NodeIndex v = yaml::kNoNode;
    if (reader.kindOf(snippet) == NodeKind::Mapping)
        for (NodeIndex k = reader.tree.firstChild(snippet);
             k != yaml::kNoNode && (v = reader.tree.nextSibling(k)) != yaml::kNoNode; k = reader.tree.nextSibling(v))
            out.value(v, 0, out.scalar(k) + ':', k);
    YamlLoadResult result = readYaml(out.text, reader.file);
    for (Diagnostic d : result.problems) {
        const std::size_t line = std::size_t(std::max(d.line, 1) - 1);
        const SourceLoc from = line < out.origin.size() ? out.origin[line] : SourceLoc{};
        d.file = reader.file;
        d.line = from.line;
        d.column = from.column;
        d.message = QStringLiteral("in a test's model: %1").arg(d.message);
        problems.push_back(std::move(d));
    }
    return std::move(result.model);
}

}  // namespace lintel::packs
