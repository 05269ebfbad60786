// readYaml / readYamlFile: raw text checks, then parsing into a compact tree,
// then mapping the tree onto the model. Each stage reports problems as
// diagnostics; the model is handed out only when there are none.
#include "model/yaml/modelreader.h"
#include "model/yaml/textcheck.h"
#include "model/yaml/yamlio.h"
#include "model/yaml/yamltree.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace lintel {

YamlLoadResult readYaml(const QByteArray &bytes, const QString &fileName)
{
    YamlLoadResult result;
    if (auto problem = yaml::checkModelText(bytes, fileName)) {
        result.problems.push_back(*problem);
        return result;
    }
    yaml::ParsedYaml parsed = yaml::parseYamlTree(bytes, fileName);
    if (parsed.error) {
        result.problems.push_back(*parsed.error);
        return result;
    }
    if (parsed.tree.isEmpty() || parsed.tree.at(parsed.tree.root()).kind == yaml::NodeKind::Null) {
        result.problems.push_back(
            {fileName, 0, 0, QStringLiteral("file is empty; a Lintel model starts with `lintel: %1`").arg(kFormatVersion)});
        return result;
    }
    Model model;
    yaml::ModelReader(parsed.tree, fileName, result.problems).readDocument(model);
    if (!result.problems.empty()) {
        std::stable_sort(result.problems.begin(), result.problems.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        return result;
    }
    result.model = std::move(model);
    return result;
}

YamlLoadResult readYamlFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        YamlLoadResult result;
        const QString why = QFileInfo(path).isDir() ? QStringLiteral("it is a directory") : file.errorString();
        result.problems.push_back({path, 0, 0, QStringLiteral("cannot read file: %1").arg(why)});
        return result;
    }
    return readYaml(file.readAll(), path);
}

}  // namespace lintel
