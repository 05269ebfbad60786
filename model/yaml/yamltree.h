#pragma once
// A compact, read-only YAML tree built straight from a YAML parser's events
// (libyaml's, ADR 0034).
//
// Why not YAML::Node: it keeps a heap object, a shared_ptr and a std::string
// per node and needed ~390 MB for a 6.8 MB model. Here every node is a small
// fixed-size record in one arena vector, children are linked by index, and
// all scalar text lives in one string pool, so the tree costs a few bytes per
// byte of input.
//
// Anchors and aliases are supported: an alias node points at its anchored
// node, and readers see the anchored node in its place (a copy, as YAML
// defines it). Merge keys (`<<`) are not: they read as an ordinary key.
#include "model/diagnostic.h"
#include "model/utf8.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lintel::yaml {

using NodeIndex = std::uint32_t;
inline constexpr NodeIndex kNoNode = UINT32_MAX;

enum class NodeKind : std::uint8_t { Null, Scalar, Sequence, Mapping, Alias };

struct TreeNode {
    std::uint32_t textOffset = 0;  // scalar text in the pool
    std::uint32_t textLength = 0;
    NodeIndex firstChild = kNoNode;  // for an alias: the anchored node
    NodeIndex nextSibling = kNoNode;
    std::uint32_t childCount = 0;  // mappings count keys and values: 2 per entry
    std::int32_t line = 0;         // 1-based, like SourceLoc
    std::int32_t column = 0;
    NodeKind kind = NodeKind::Null;
    bool quoted = false;  // scalar was not plain (quoted or block): always a string
};

class YamlTree {
public:
    // Node 0 is the document root when the tree is not empty.
    bool isEmpty() const { return m_nodes.empty(); }
    NodeIndex root() const { return 0; }

    // The node itself, with aliases followed to the anchored node.
    const TreeNode &at(NodeIndex i) const { return m_nodes[resolve(i)]; }
    NodeIndex resolve(NodeIndex i) const
    {
        return m_nodes[i].kind == NodeKind::Alias ? m_nodes[i].firstChild : i;
    }
    std::string_view text(NodeIndex i) const
    {
        const TreeNode &n = at(i);
        return std::string_view(m_pool).substr(n.textOffset, n.textLength);
    }
    QString qtext(NodeIndex i) const
    {
        const std::string_view t = text(i);
        return modelTextFromUtf8(QByteArrayView(t.data(), qsizetype(t.size())));
    }
    NodeIndex firstChild(NodeIndex i) const { return at(i).firstChild; }
    NodeIndex nextSibling(NodeIndex i) const { return m_nodes[i].nextSibling; }

    std::size_t nodeCount() const { return m_nodes.size(); }

private:
    friend class TreeBuilder;
    std::vector<TreeNode> m_nodes;
    std::string m_pool;
};

struct ParsedYaml {
    YamlTree tree;                       // empty when the file has no document
    std::optional<Diagnostic> error;     // a syntax error or a limit stops parsing
    Diagnostics refused;                 // YAML tags: reported, but parsing goes on
};

// Parses the first YAML document of `bytes`. Never throws. A second document
// is an error: a model is one document. Aliases may copy at most
// limits::kMaxAliasCopies nodes, and the file with its copies may hold at
// most limits::kMaxModelBytes of text.
//
// Tags are refused (ADR 0013): the model has no place to keep them, and
// saving without them would silently change what the file says. Only the
// two that just say "this is text" are read, like quoting: `!` and `!!str`
// on a scalar.
ParsedYaml parseYamlTree(const QByteArray &bytes, const QString &fileName);

}  // namespace lintel::yaml
