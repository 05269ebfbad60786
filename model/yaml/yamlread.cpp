// readYaml / readYamlFile: raw text checks, then parsing into a compact tree,
// then mapping the tree onto the model. Each stage reports problems as
// diagnostics; the model is handed out only when there are none.
#include "model/limits.h"
#include "model/yaml/modelreader.h"
#include "model/yaml/textcheck.h"
#include "model/yaml/yamlio.h"
#include "model/yaml/yamltree.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace lintel {

namespace {

// Checked before anything is read: parsing a file Lintel could not save as
// a .lintel revision would only waste the time and memory it takes.
std::optional<Diagnostic> checkModelSize(qint64 size, const QString &fileName)
{
    if (size <= limits::kMaxModelBytes)
        return std::nullopt;
    return Diagnostic{fileName, 0, 0,
                      QStringLiteral("the file has %1 bytes; a Lintel model may have at most %2 (%3 MiB)")
                          .arg(size)
                          .arg(limits::kMaxModelBytes)
                          .arg(limits::kMaxModelBytes / (1024 * 1024))};
}

}  // namespace

YamlLoadResult readYaml(const QByteArray &bytes, const QString &fileName)
{
    YamlLoadResult result;
    if (auto problem = checkModelSize(bytes.size(), fileName)) {
        result.problems.push_back(*problem);
        return result;
    }
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
    // Refused tags are reported along with whatever else is wrong.
    result.problems = std::move(parsed.refused);
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
    if (auto problem = checkModelSize(file.size(), path)) {
        YamlLoadResult result;
        result.problems.push_back(*problem);
        return result;
    }
    return readYaml(file.readAll(), path);
}

}  // namespace lintel
