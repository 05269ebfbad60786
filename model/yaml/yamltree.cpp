#include "model/yaml/yamltree.h"

#include "model/limits.h"

#include <yaml.h>

#include <memory>
#include <string>
#include <unordered_map>

// Parsing uses libyaml's event parser (ADR 0034): it reads the same events
// as yaml-cpp's about three times faster, and the model reader needs
// nothing else from a YAML library. yaml-cpp is still used elsewhere.

namespace lintel::yaml {

namespace {

constexpr std::string_view kTextTag = "tag:yaml.org,2002:str";
constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

// A place in the input, 0-based as libyaml counts; `valid` false = unknown.
struct Mark {
    std::int64_t line = 0;
    std::int64_t column = 0;
    bool valid = false;
};

Mark markOf(const yaml_mark_t &m) { return Mark{std::int64_t(m.line), std::int64_t(m.column), true}; }

// Parsing stops here with this message: a syntax error, or a limit of
// model/limits.h crossed (the file is valid YAML, only too big for Lintel).
struct ParseStop {
    Mark mark;
    QString message;
};

ParseStop syntaxError(const Mark &mark, const QString &what)
{
    return ParseStop{mark, QStringLiteral("YAML syntax error: %1").arg(what)};
}

// The tag as it is usually written: `!!binary` for YAML's own types,
// `!local` as is, anything else in the verbatim `!<...>` form.
QString tagAsWritten(std::string_view t)
{
    if (t.starts_with(kCoreTagPrefix))
        return QStringLiteral("!!") + QString::fromUtf8(t.substr(kCoreTagPrefix.size()));
    if (t.starts_with('!'))
        return QString::fromUtf8(t);
    return QStringLiteral("!<%1>").arg(QString::fromUtf8(t));
}

Diagnostic diagnosticAt(const QString &fileName, const Mark &mark, const QString &message)
{
    Diagnostic d;
    d.file = fileName;
    d.line = mark.valid ? int(mark.line + 1) : 0;
    d.column = mark.valid ? int(mark.column + 1) : 0;
    d.message = message;
    return d;
}

std::string_view tagOf(const yaml_char_t *tag)
{
    return tag ? std::string_view(reinterpret_cast<const char *>(tag)) : std::string_view();
}

std::string_view anchorOf(const yaml_char_t *anchor)
{
    return anchor ? std::string_view(reinterpret_cast<const char *>(anchor)) : std::string_view();
}

// What YAML's core schema reads as null when written plain and untagged.
bool isNullText(std::string_view v)
{
    return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

}  // namespace

class TreeBuilder {
public:
    // `inputBytes` counts towards limits::kMaxModelBytes with what aliases copy.
    TreeBuilder(YamlTree &tree, const QString &fileName, std::int64_t inputBytes, Diagnostics &refused)
        : m_tree(tree), m_fileName(fileName), m_textBytes(inputBytes), m_refused(refused)
    {
    }

    void scalar(const Mark &mark, std::string_view tag, std::string_view anchor, std::string_view value,
                bool plain)
    {
        // Untagged, or tagged only to say "this is text" (`!`, `!!str`).
        const bool untagged = tag.empty();
        if (!untagged && tag != "!" && tag != kTextTag)
            refuseTag(mark, tag);
        if (untagged && plain && isNullText(value)) {
            finish(add(NodeKind::Null, mark), Size{1, 0}, anchor);
            return;
        }
        const NodeIndex i = add(NodeKind::Scalar, mark);
        TreeNode &n = m_tree.m_nodes[i];
        if (m_tree.m_pool.size() + value.size() > UINT32_MAX)
            throw ParseStop{mark, QStringLiteral("file too large")};
        n.textOffset = std::uint32_t(m_tree.m_pool.size());
        n.textLength = std::uint32_t(value.size());
        n.quoted = !(untagged && plain);
        m_tree.m_pool.append(value);
        finish(i, Size{1, value.size()}, anchor);
    }

    void alias(const Mark &mark, std::string_view anchor)
    {
        const auto found = m_anchors.find(std::string(anchor));
        if (found == m_anchors.end())
            throw syntaxError(mark, QStringLiteral("unknown alias \"*%1\"").arg(QString::fromUtf8(anchor)));
        const Anchor &target = found->second;
        if (!target.closed)
            throw syntaxError(mark, QStringLiteral("an alias cannot refer to a node that contains it"));
        // Aliases copy the anchored node wherever they appear, so a few lines
        // can describe an exponentially large tree ("billion laughs"), or
        // repeat a long text until the model no longer fits anywhere.
        m_aliasCopies += target.size.nodes;
        if (m_aliasCopies > limits::kMaxAliasCopies)
            throw ParseStop{mark, QStringLiteral("aliases copy more than %1 nodes in all; Lintel stops there so "
                                                 "that a few lines cannot expand into a huge model")
                                      .arg(limits::kMaxAliasCopies)};
        m_textBytes += std::int64_t(target.size.textBytes);
        if (m_textBytes > limits::kMaxModelBytes)
            throw ParseStop{mark, QStringLiteral("aliases copy more than %1 MiB of text in all; a Lintel model, "
                                                 "with what its aliases copy, holds at most %1 MiB")
                                      .arg(limits::kMaxModelBytes / (1024 * 1024))};
        const NodeIndex i = add(NodeKind::Alias, mark);
        m_tree.m_nodes[i].firstChild = target.node;
        finish(i, target.size, {});
    }

    void open(NodeKind kind, const Mark &mark, std::string_view tag, std::string_view anchor)
    {
        if (!tag.empty() && tag != "!")
            refuseTag(mark, tag);
        // libyaml has no depth limit of its own; this one keeps readers'
        // recursion bounded and names the limit that matters to users.
        if (m_open.size() + 1 >= std::size_t(limits::kYamlParserDepth))
            throw ParseStop{mark, QStringLiteral("nested more than %1 levels deep, more than Lintel reads; an "
                                                 "`x-` value may nest at most %2 levels")
                                      .arg(limits::kYamlParserDepth - 1)
                                      .arg(limits::kMaxExtensionDepth)};
        const NodeIndex i = add(kind, mark);
        if (!anchor.empty())
            m_anchors[std::string(anchor)] = Anchor{i, Size{}, false};
        m_open.push_back(OpenContainer{i, kNoNode, Size{1, 0}, std::string(anchor)});
    }

    void close()
    {
        OpenContainer c = std::move(m_open.back());
        m_open.pop_back();
        finish(c.node, c.size, c.anchor);
    }

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
        std::string anchor;
    };
    struct Anchor {
        NodeIndex node = kNoNode;
        Size size;
        bool closed = false;
    };

    void refuseTag(const Mark &mark, std::string_view tag)
    {
        m_refused.push_back(
            diagnosticAt(m_fileName, mark,
                         QStringLiteral("YAML tag \"%1\" here: Lintel does not keep YAML tags, so saving would "
                                        "silently drop it. Remove the tag, or put the value in quotes to keep it "
                                        "as text")
                             .arg(tagAsWritten(tag))));
    }

    NodeIndex add(NodeKind kind, const Mark &mark)
    {
        if (m_tree.m_nodes.size() >= kNoNode - 1)
            throw ParseStop{mark, QStringLiteral("file too large")};
        const auto i = NodeIndex(m_tree.m_nodes.size());
        TreeNode n;
        n.kind = kind;
        n.line = std::int32_t(mark.line + 1);
        n.column = std::int32_t(mark.column + 1);
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

    void finish(NodeIndex i, Size size, std::string_view anchor)
    {
        // A later anchor of the same name replaces an earlier one for the
        // aliases that follow, as YAML defines.
        if (!anchor.empty())
            m_anchors[std::string(anchor)] = Anchor{i, size, true};
        if (!m_open.empty())
            m_open.back().size += size;
    }

    YamlTree &m_tree;
    const QString &m_fileName;
    std::vector<OpenContainer> m_open;
    std::unordered_map<std::string, Anchor> m_anchors;
    std::uint64_t m_aliasCopies = 0;
    std::int64_t m_textBytes;  // the file, and the text aliases copy
    Diagnostics &m_refused;
};

namespace {

// libyaml's parser and its current event, released however parsing ends.
class EventSource {
public:
    explicit EventSource(const QByteArray &bytes)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     std::size_t(bytes.size()));
    }
    ~EventSource()
    {
        release();
        yaml_parser_delete(&m_parser);
    }
    EventSource(const EventSource &) = delete;
    EventSource &operator=(const EventSource &) = delete;

    // The next event; throws the parser's own message on a syntax error.
    const yaml_event_t &next()
    {
        release();
        if (!yaml_parser_parse(&m_parser, &m_event)) {
            QString what = QString::fromUtf8(m_parser.problem ? m_parser.problem : "cannot parse");
            if (m_parser.context)
                what += QStringLiteral(" (%1)").arg(QString::fromUtf8(m_parser.context));
            const Mark mark = m_parser.error == YAML_MEMORY_ERROR ? Mark{} : markOf(m_parser.problem_mark);
            throw syntaxError(mark, what);
        }
        m_held = true;
        return m_event;
    }

private:
    void release()
    {
        if (m_held)
            yaml_event_delete(&m_event);
        m_held = false;
    }
    yaml_parser_t m_parser{};
    yaml_event_t m_event{};
    bool m_held = false;
};

// Feeds the first document's events to `builder`; stops at a second
// document. Returns false when the stream holds no document at all.
bool readFirstDocument(EventSource &events, TreeBuilder &builder)
{
    for (;;) {
        const yaml_event_t &e = events.next();
        const Mark mark = markOf(e.start_mark);
        switch (e.type) {
        case YAML_STREAM_START_EVENT:
            break;
        case YAML_STREAM_END_EVENT:
            return false;
        case YAML_DOCUMENT_START_EVENT:
            break;
        case YAML_DOCUMENT_END_EVENT:
            return true;
        case YAML_SCALAR_EVENT:
            builder.scalar(mark, tagOf(e.data.scalar.tag), anchorOf(e.data.scalar.anchor),
                           std::string_view(reinterpret_cast<const char *>(e.data.scalar.value), e.data.scalar.length),
                           e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE);
            break;
        case YAML_ALIAS_EVENT:
            builder.alias(mark, anchorOf(e.data.alias.anchor));
            break;
        case YAML_SEQUENCE_START_EVENT:
            builder.open(NodeKind::Sequence, mark, tagOf(e.data.sequence_start.tag),
                         anchorOf(e.data.sequence_start.anchor));
            break;
        case YAML_MAPPING_START_EVENT:
            builder.open(NodeKind::Mapping, mark, tagOf(e.data.mapping_start.tag),
                         anchorOf(e.data.mapping_start.anchor));
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            builder.close();
            break;
        case YAML_NO_EVENT:
            return false;
        }
    }
}

}  // namespace

ParsedYaml parseYamlTree(const QByteArray &bytes, const QString &fileName)
{
    ParsedYaml result;
    try {
        EventSource events(bytes);
        TreeBuilder builder(result.tree, fileName, bytes.size(), result.refused);
        if (readFirstDocument(events, builder)) {
            const yaml_event_t &after = events.next();
            if (after.type == YAML_DOCUMENT_START_EVENT)
                result.error = diagnosticAt(fileName, markOf(after.start_mark),
                                            QStringLiteral("a model file holds one YAML document; found a second "
                                                           "one here"));
        }
    } catch (const ParseStop &stop) {
        result.error = diagnosticAt(fileName, stop.mark, stop.message);
    } catch (const std::bad_alloc &) {
        result.error = diagnosticAt(fileName, Mark{}, QStringLiteral("cannot parse YAML: out of memory"));
    }
    if (result.error) {
        result.tree = YamlTree();
        result.refused.clear();  // parsing stopped: only the error that stopped it is reported
    }
    return result;
}

}  // namespace lintel::yaml
