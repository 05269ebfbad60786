// writeYaml / writeYamlFile: `lintel: 1`, then the model in describe order.
#include "model/yaml/modelwriter.h"
#include "model/yaml/yamlio.h"

#include <QDir>
#include <QSaveFile>

namespace lintel {

QByteArray writeYaml(const Model &model)
{
    yaml::YamlTextWriter out;
    out.key(0, std::string_view("lintel"));
    out.raw(std::to_string(kFormatVersion));
    yaml::ModelWriter(out).writeBody(model, 0);
    return out.take();
}

bool writeYamlFile(const Model &model, const QString &path, QString *error)
{
    const QByteArray bytes = writeYaml(model);
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());  // destroying the QSaveFile discards the temporary file
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

}  // namespace lintel
