#include "model/yaml/yamltree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

namespace lintel::yaml {

namespace {

// Aliases copy the anchored node wherever they appear, so a few lines can
// describe an exponentially large tree ("billion laughs"). Past this many
// copied nodes the file is rejected instead of exhausting memory.
constexpr std::uint64_t kMaxAliasExpansion = 1'000'000;

// Lets yaml-cpp read the QByteArray in place instead of copying it into a
// std::istringstream.
class MemoryBuffer : public std::streambuf {
public:
    explicit MemoryBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData());  // never written: get area only
        setg(begin, begin, begin + bytes.size());
    }
};

Diagnostic diagnosticAt(const QString &fileName, const YAML::Mark &mark, const QString &message)
{
    Diagnostic d;
    d.file = fileName;
    d.line = mark.is_null() ? 0 : mark.line + 1;
    d.column = mark.is_null() ? 0 : mark.column + 1;
    d.message = message;
    return d;
}

// Records where a second document starts, to reject it.
class DocumentStartProbe : public YAML::EventHandler {
public:
    YAML::Mark start = YAML::Mark::null_mark();
    void OnDocumentStart(const YAML::Mark &mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

}  // namespace

class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(YamlTree &tree) : m_tree(tree) {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        finish(add(NodeKind::Null, mark), 1, anchor);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const NodeIndex i = add(NodeKind::Scalar, mark);
        TreeNode &n = m_tree.m_nodes[i];
        if (m_tree.m_pool.size() + value.size() > UINT32_MAX)
            throw YAML::ParserException(mark, "file too large");
        n.textOffset = std::uint32_t(m_tree.m_pool.size());
        n.textLength = std::uint32_t(value.size());
        // yaml-cpp tags untagged plain scalars "?" and quoted/block ones "!".
        n.quoted = tag != "?";
        m_tree.m_pool.append(value);
        finish(i, 1, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (anchor >= m_anchors.size() || m_anchors[anchor].node == kNoNode)
            throw YAML::ParserException(mark, "unknown alias");
        const Anchor &target = m_anchors[anchor];
        if (!target.closed)
            throw YAML::ParserException(mark, "an alias cannot refer to a node that contains it");
        m_aliasExpansion += target.expanded;
        if (m_aliasExpansion > kMaxAliasExpansion)
            throw YAML::ParserException(mark, "aliases expand to more than a million nodes");
        const NodeIndex i = add(NodeKind::Alias, mark);
        m_tree.m_nodes[i].firstChild = target.node;
        finish(i, target.expanded, 0);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(NodeKind::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(NodeKind::Mapping, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct OpenContainer {
        NodeIndex node;
        NodeIndex lastChild = kNoNode;
        std::uint64_t expanded = 1;  // nodes in the subtree, aliases counted as copies
        YAML::anchor_t anchor = 0;
    };
    struct Anchor {
        NodeIndex node = kNoNode;
        std::uint64_t expanded = 0;
        bool closed = false;
    };

    NodeIndex add(NodeKind kind, const YAML::Mark &mark)
    {
        if (m_tree.m_nodes.size() >= kNoNode - 1)
            throw YAML::ParserException(mark, "file too large");
        const auto i = NodeIndex(m_tree.m_nodes.size());
        TreeNode n;
        n.kind = kind;
        n.line = mark.line + 1;
        n.column = mark.column + 1;
        m_tree.m_nodes.push_back(n);
        if (!m_open.empty()) {
            OpenContainer &parent = m_open.back();
            TreeNode &p = m_tree.m_nodes[parent.node];
            if (parent.lastChild == kNoNode)
                p.firstChild = i;
            else
                m_tree.m_nodes[parent.lastChild].nextSibling = i;
            parent.lastChild = i;
            ++p.childCount;
        }
        return i;
    }

    void open(NodeKind kind, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        const NodeIndex i = add(kind, mark);
        if (anchor != 0)
            anchorSlot(anchor) = Anchor{i, 0, false};
        m_open.push_back(OpenContainer{i, kNoNode, 1, anchor});
    }

    void close()
    {
        const OpenContainer c = m_open.back();
        m_open.pop_back();
        finish(c.node, c.expanded, c.anchor);
    }

    void finish(NodeIndex i, std::uint64_t expanded, YAML::anchor_t anchor)
    {
        if (anchor != 0)
            anchorSlot(anchor) = Anchor{i, expanded, true};
        if (!m_open.empty())
            m_open.back().expanded += expanded;
    }

    Anchor &anchorSlot(YAML::anchor_t anchor)
    {
        if (anchor >= m_anchors.size())
            m_anchors.resize(anchor + 1);
        return m_anchors[anchor];
    }

    YamlTree &m_tree;
    std::vector<OpenContainer> m_open;
    std::vector<Anchor> m_anchors;  // yaml-cpp numbers anchors 1, 2, ...
    std::uint64_t m_aliasExpansion = 0;
};

ParsedYaml parseYamlTree(const QByteArray &bytes, const QString &fileName)
{
    ParsedYaml result;
    MemoryBuffer buffer(bytes);
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        TreeBuilder builder(result.tree);
        if (!parser.HandleNextDocument(builder))
            return result;
        DocumentStartProbe probe;
        if (parser.HandleNextDocument(probe)) {
            result.error = diagnosticAt(fileName, probe.start,
                                        QStringLiteral("a model file holds one YAML document; found a second one here"));
        }
    } catch (const YAML::Exception &e) {
        result.error = diagnosticAt(fileName, e.mark,
                                    QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        // yaml-cpp may throw std errors (e.g. bad_alloc) on hostile input.
        result.error = diagnosticAt(fileName, YAML::Mark::null_mark(),
                                    QStringLiteral("cannot parse YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (result.error)
        result.tree = YamlTree();
    return result;
}

}  // namespace lintel::yaml
