#pragma once
// What the parts of the pack loader share: the parsed file, where problems
// go, and walking mappings with their keys checked. Private to packs/.
#include "model/diagnostic.h"
#include "model/types.h"
#include "model/yaml/yamltree.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lintel::packs {

struct PackEntry {
    QString key;
    yaml::NodeIndex keyNode;
    yaml::NodeIndex value;
};

class PackReader {
public:
    PackReader(const yaml::YamlTree &tree, QString file, Diagnostics &problems)
        : tree(tree), file(std::move(file)), m_problems(problems)
    {
    }

    const yaml::YamlTree &tree;
    const QString file;

    void report(yaml::NodeIndex node, const QString &message)
    {
        const yaml::TreeNode &n = tree.at(node);
        m_problems.push_back({file, n.line, n.column, message});
    }
    SourceLoc locOf(yaml::NodeIndex node) const { return {tree.at(node).line, tree.at(node).column}; }
    yaml::NodeKind kindOf(yaml::NodeIndex node) const { return tree.at(node).kind; }
    std::size_t problemCount() const { return m_problems.size(); }

    // The entries of a mapping (reported and empty when `node` is not one).
    // Keys not in `allowed` and not starting with `x-` are reported as
    // unknown; `what` names the mapping in that message.
    std::vector<PackEntry> entries(yaml::NodeIndex node, const QStringList &allowed, const QString &what)
    {
        std::vector<PackEntry> out;
        if (kindOf(node) != yaml::NodeKind::Mapping) {
            report(node, QStringLiteral("%1 must be a mapping").arg(what));
            return out;
        }
        yaml::NodeIndex value = yaml::kNoNode;
        for (yaml::NodeIndex k = tree.firstChild(node); k != yaml::kNoNode && (value = tree.nextSibling(k)) != yaml::kNoNode;
             k = tree.nextSibling(value)) {
            const QString key = tree.qtext(k);
            if (key.startsWith(QLatin1String("x-")))
                continue;
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                report(k, QStringLiteral("unknown key '%1' in %2 (allowed: %3)")
                              .arg(key, what, allowed.join(QStringLiteral(", "))));
                continue;
            }
            out.push_back({key, k, value});
        }
        return out;
    }

    std::vector<yaml::NodeIndex> items(yaml::NodeIndex node, const QString &what)
    {
        std::vector<yaml::NodeIndex> out;
        if (kindOf(node) != yaml::NodeKind::Sequence) {
            report(node, QStringLiteral("%1 must be a list").arg(what));
            return out;
        }
        for (yaml::NodeIndex i = tree.firstChild(node); i != yaml::kNoNode; i = tree.nextSibling(i))
            out.push_back(i);
        return out;
    }

    // A scalar's text; reported when the node is not a scalar.
    bool scalar(yaml::NodeIndex node, QString &out, const QString &what)
    {
        if (kindOf(node) != yaml::NodeKind::Scalar) {
            report(node, QStringLiteral("%1 must be a single value").arg(what));
            return false;
        }
        out = tree.qtext(node);
        return true;
    }

private:
    Diagnostics &m_problems;
};

}  // namespace lintel::packs
