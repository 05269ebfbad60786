#include "tests/support/exampledata.h"

#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"

#include <QDir>

#include <map>
#include <memory>

namespace lintel::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(LINTEL_SOURCE_DIR)).filePath(relative);
}

QDate frozenDate() { return QDate(2026, 6, 1); }

const LoadedModel *loadModel(const QString &relativePath)
{
    static std::map<QString, std::unique_ptr<LoadedModel>> cache;
    if (auto it = cache.find(relativePath); it != cache.end())
        return it->second.get();
    const QString path = sourcePath(relativePath);
    YamlLoadResult result = readYamlFile(path);
    if (!result.ok()) {
        QStringList problems;
        for (const auto &p : result.problems)
            problems << p.message;
        qWarning("%s does not load: %s", qPrintable(path), qPrintable(problems.join(u'\n')));
        return nullptr;
    }
    auto loaded = std::make_unique<LoadedModel>();
    loaded->model = std::move(*result.model);
    ValidationOptions options;
    options.asOf = frozenDate();
    options.sourceFile = path;
    loaded->findings = validate(loaded->model, options);
    loaded->path = path;
    return cache.emplace(relativePath, std::move(loaded)).first->second.get();
}

}  // namespace lintel::test
