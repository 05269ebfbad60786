#include "model/yaml/yamltree.h"

#include "model/limits.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

namespace lintel::yaml {

namespace {

constexpr std::string_view kTextTag = "tag:yaml.org,2002:str";
constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

// A limit of model/limits.h was crossed: parsing stops with this message
// (not a "syntax error": the file is valid YAML, only too big for Lintel).
struct LimitExceeded {
    YAML::Mark mark;
    QString message;
};

// The tag as it is usually written: `!!binary` for YAML's own types,
// `!local` as is, anything else in the verbatim `!<...>` form.
QString tagAsWritten(const std::string &tag)
{
    const std::string_view t(tag);
    if (t.starts_with(kCoreTagPrefix))
        return QStringLiteral("!!") + QString::fromStdString(std::string(t.substr(kCoreTagPrefix.size())));
    if (t.starts_with('!'))
        return QString::fromStdString(tag);
    return QStringLiteral("!<%1>").arg(QString::fromStdString(tag));
}

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
    // `inputBytes` counts towards limits::kMaxModelBytes with what aliases copy.
    TreeBuilder(YamlTree &tree, const QString &fileName, std::int64_t inputBytes, Diagnostics &refused)
        : m_tree(tree), m_fileName(fileName), m_textBytes(inputBytes), m_refused(refused)
    {
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        finish(add(NodeKind::Null, mark), Size{1, 0}, anchor);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        // yaml-cpp tags untagged plain scalars "?" and quoted/block ones (or
        // the bare `!`) "!".
        if (tag != "?" && tag != "!" && tag != kTextTag)
            refuseTag(mark, tag);
        const NodeIndex i = add(NodeKind::Scalar, mark);
        TreeNode &n = m_tree.m_nodes[i];
        if (m_tree.m_pool.size() + value.size() > UINT32_MAX)
            throw YAML::ParserException(mark, "file too large");
        n.textOffset = std::uint32_t(m_tree.m_pool.size());
        n.textLength = std::uint32_t(value.size());
        n.quoted = tag != "?";
        m_tree.m_pool.append(value);
        finish(i, Size{1, value.size()}, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (anchor >= m_anchors.size() || m_anchors[anchor].node == kNoNode)
            throw YAML::ParserException(mark, "unknown alias");
        const Anchor &target = m_anchors[anchor];
        if (!target.closed)
            throw YAML::ParserException(mark, "an alias cannot refer to a node that contains it");
        // Aliases copy the anchored node wherever they appear, so a few lines
        // can describe an exponentially large tree ("billion laughs"), or
        // repeat a long text until the model no longer fits anywhere.
        m_aliasCopies += target.size.nodes;
        if (m_aliasCopies > limits::kMaxAliasCopies)
            throw LimitExceeded{mark, QStringLiteral("aliases copy more than %1 nodes in all; Lintel stops there so "
                                                     "that a few lines cannot expand into a huge model")
                                          .arg(limits::kMaxAliasCopies)};
        m_textBytes += std::int64_t(target.size.textBytes);
        if (m_textBytes > limits::kMaxModelBytes)
            throw LimitExceeded{mark, QStringLiteral("aliases copy more than %1 MiB of text in all; a Lintel model, "
                                                     "with what its aliases copy, holds at most %1 MiB")
                                          .arg(limits::kMaxModelBytes / (1024 * 1024))};
        const NodeIndex i = add(NodeKind::Alias, mark);
        m_tree.m_nodes[i].firstChild = target.node;
        finish(i, target.size, 0);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        if (tag != "?" && tag != "!")
            refuseTag(mark, tag);
        open(NodeKind::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        if (tag != "?" && tag != "!")
            refuseTag(mark, tag);
        open(NodeKind::Mapping, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    // A subtree as readers see it, aliases counted as the copies they are.
    struct Size {
        std::uint64_t nodes = 0;
        std::uint64_t textBytes = 0;  // scalar text
        Size &operator+=(const Size &o)
        {
            nodes += o.nodes;
            textBytes += o.textBytes;
            return *this;
        }
    };
    struct OpenContainer {
        NodeIndex node;
        NodeIndex lastChild = kNoNode;
        Size size{1, 0};
        YAML::anchor_t anchor = 0;
    };
    struct Anchor {
        NodeIndex node = kNoNode;
        Size size;
        bool closed = false;
    };

    void refuseTag(const YAML::Mark &mark, const std::string &tag)
    {
        m_refused.push_back(
            diagnosticAt(m_fileName, mark,
                         QStringLiteral("YAML tag \"%1\" here: Lintel does not keep YAML tags, so saving would "
                                        "silently drop it. Remove the tag, or put the value in quotes to keep it "
                                        "as text")
                             .arg(tagAsWritten(tag))));
    }

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
            anchorSlot(anchor) = Anchor{i, Size{}, false};
        m_open.push_back(OpenContainer{i, kNoNode, Size{1, 0}, anchor});
    }

    void close()
    {
        const OpenContainer c = m_open.back();
        m_open.pop_back();
        finish(c.node, c.size, c.anchor);
    }

    void finish(NodeIndex i, Size size, YAML::anchor_t anchor)
    {
        if (anchor != 0)
            anchorSlot(anchor) = Anchor{i, size, true};
        if (!m_open.empty())
            m_open.back().size += size;
    }

    Anchor &anchorSlot(YAML::anchor_t anchor)
    {
        if (anchor >= m_anchors.size())
            m_anchors.resize(anchor + 1);
        return m_anchors[anchor];
    }

    YamlTree &m_tree;
    const QString &m_fileName;
    std::vector<OpenContainer> m_open;
    std::vector<Anchor> m_anchors;  // yaml-cpp numbers anchors 1, 2, ...
    std::uint64_t m_aliasCopies = 0;
    std::int64_t m_textBytes;  // the file, and the text aliases copy
    Diagnostics &m_refused;
};

ParsedYaml parseYamlTree(const QByteArray &bytes, const QString &fileName)
{
    ParsedYaml result;
    MemoryBuffer buffer(bytes);
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        TreeBuilder builder(result.tree, fileName, bytes.size(), result.refused);
        if (!parser.HandleNextDocument(builder))
            return result;
        DocumentStartProbe probe;
        if (parser.HandleNextDocument(probe)) {
            result.error = diagnosticAt(fileName, probe.start,
                                        QStringLiteral("a model file holds one YAML document; found a second one here"));
        }
    } catch (const LimitExceeded &e) {
        result.error = diagnosticAt(fileName, e.mark, e.message);
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own guard; only `x-` values can nest this deep, and
        // they are limited far below it, so name that limit.
        result.error = diagnosticAt(
            fileName, e.mark,
            QStringLiteral("nested more than %1 levels deep, more than the YAML parser reads; an `x-` value "
                           "may nest at most %2 levels")
                .arg(limits::kYamlParserDepth - 1)
                .arg(limits::kMaxExtensionDepth));
    } catch (const YAML::Exception &e) {
        result.error = diagnosticAt(fileName, e.mark,
                                    QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        // yaml-cpp may throw std errors (e.g. bad_alloc) on hostile input.
        result.error = diagnosticAt(fileName, YAML::Mark::null_mark(),
                                    QStringLiteral("cannot parse YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (result.error) {
        result.tree = YamlTree();
        result.refused.clear();  // parsing stopped: only the error that stopped it is reported
    }
    return result;
}

}  // namespace lintel::yaml
