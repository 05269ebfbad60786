#include "model/io/modelfile.h"

#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"

#include <QFileInfo>

namespace lintel {

namespace {

QString unsupportedType()
{
    return QStringLiteral("unsupported file type (expected .yaml, .yml or .lintel)");
}

}  // namespace

ModelFileFormat modelFileFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return ModelFileFormat::Yaml;
    if (suffix == QLatin1String("lintel"))
        return ModelFileFormat::Lintel;
    return ModelFileFormat::Unknown;
}

ModelLoadResult loadModelFile(const QString &path)
{
    ModelLoadResult result;
    switch (modelFileFormat(path)) {
    case ModelFileFormat::Yaml: {
        YamlLoadResult yaml = readYamlFile(path);
        result.model = std::move(yaml.model);
        result.problems = std::move(yaml.problems);
        break;
    }
    case ModelFileFormat::Lintel: {
        Diagnostic error;
        RevisionInfo info;
        if (auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error))
            result.model = file->loadLatest(&error, &info);
        if (result.model)
            result.revision = info.number;
        else
            result.problems.push_back(error);
        break;
    }
    case ModelFileFormat::Unknown:
        result.problems.push_back(Diagnostic{path, 0, 0, unsupportedType()});
        break;
    }
    return result;
}

bool saveModelFile(const Model &model, const QString &path, const QString &message, QString *error)
{
    switch (modelFileFormat(path)) {
    case ModelFileFormat::Yaml:
        return writeYamlFile(model, path, error);
    case ModelFileFormat::Lintel: {
        Diagnostic why;
        if (saveRevision(path, model, defaultAuthor(), message, &why) > 0)
            return true;
        if (error)
            *error = why.toString();
        return false;
    }
    case ModelFileFormat::Unknown:
        break;
    }
    if (error)
        *error = Diagnostic{path, 0, 0, unsupportedType()}.toString();
    return false;
}

}  // namespace lintel
