#pragma once
// A parsed YAML or JSON document (JSON is read as YAML, so one parser gives
// line and column for both) with the questions importers ask of it: a key
// of a mapping, the items of a list, a scalar's text, and JSON pointers and
// `$ref`s resolved inside the document. Problems are collected as
// FILE:LINE:COL diagnostics on the node they are about.
#include "model/diagnostic.h"
#include "model/types.h"
#include "model/yaml/yamltree.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace lintel {

using yaml::NodeIndex;
using yaml::kNoNode;

class DocumentTree {
public:
    // Parses `bytes`; a syntax error or an empty document is an error.
    DocumentTree(const QByteArray &bytes, const QString &fileName);

    bool ok() const { return m_errors.empty(); }
    const Diagnostics &errors() const { return m_errors; }
    const QString &fileName() const { return m_file; }
    NodeIndex root() const { return m_tree.isEmpty() ? kNoNode : m_tree.root(); }

    bool isMapping(NodeIndex n) const;
    bool isSequence(NodeIndex n) const;
    bool isScalar(NodeIndex n) const;
    // A mapping's value for `key`; kNoNode when absent or `n` is no mapping.
    NodeIndex child(NodeIndex n, const char *key) const;
    NodeIndex child(NodeIndex n, const QString &key) const;
    // (key, value) pairs of a mapping in document order; empty otherwise.
    std::vector<std::pair<QString, NodeIndex>> entries(NodeIndex n) const;
    std::vector<NodeIndex> items(NodeIndex n) const;
    // A scalar's text; empty for anything else.
    QString text(NodeIndex n) const;
    QString text(NodeIndex n, const char *key) const { return text(child(n, key)); }
    bool isTrue(NodeIndex n, const char *key) const;
    // True when a scalar was quoted (or a block): it is text even when it
    // reads like a number or a boolean.
    bool isQuoted(NodeIndex n) const;
    // Where `n` is in the file (line 0 for kNoNode).
    SourceLoc locationOf(NodeIndex n) const;

    // Records a problem at `n` (or the start of the file for kNoNode).
    void error(NodeIndex n, const QString &message);

    // The node a local JSON pointer ("#/components/schemas/Pet") names, or
    // kNoNode with an error at `site` saying why.
    NodeIndex resolvePointer(const QString &ref, NodeIndex site);

    // `n` itself, or when it is `{$ref: ...}` the node it points at, following
    // chains of refs. External refs, broken refs and cycles are errors at
    // the `$ref` (kNoNode returned).
    NodeIndex deref(NodeIndex n);

    // The `$ref` text of `n` when it is a reference object; empty otherwise.
    QString refOf(NodeIndex n) const { return text(child(n, "$ref")); }

private:
    yaml::ParsedYaml m_parsed;
    const yaml::YamlTree &m_tree;
    QString m_file;
    Diagnostics m_errors;
};

// The last token of a local pointer, unescaped: "#/components/schemas/Pet" -> "Pet".
QString lastPointerToken(const QString &ref);

}  // namespace lintel
