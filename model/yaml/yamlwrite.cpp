// writeYaml / writeYamlFile: `lintel: 1`, then the model in describe order.
#include "model/yaml/modelwriter.h"
#include "model/yaml/yamlio.h"

#include "model/io/atomicsave.h"

#include <QDir>

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
    QString reason;
    if (saveFileAtomically(path, writeYaml(model), ExistingFile::Replace, &reason))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

}  // namespace lintel
