#include "exporters/handover/handovertemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// Resources of a static library are not registered until someone asks:
// Q_INIT_RESOURCE must be used outside any namespace.
static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace lintel::handover {

namespace {

bool readText(const QString &path, QString &out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    out = QString::fromUtf8(file.readAll());
    return true;
}

}  // namespace

bool loadTemplates(const QString &folder, Templates &out, QStringList &messages, QString *error)
{
    initTemplateResources();
    const std::pair<const char *, QString *> files[] = {
        {"handover.md.mustache", &out.markdown},
        {"handover.html.mustache", &out.html},
        {"handover.css", &out.css},
    };
    for (const auto &[name, target] : files)
        if (!readText(QStringLiteral(":/templates/handover/") + QLatin1String(name), *target, error))
            return false;
    if (folder.isEmpty())
        return true;

    if (!QFileInfo(folder).isDir()) {
        *error = QStringLiteral("template folder %1 does not exist").arg(folder);
        return false;
    }
    int replaced = 0;
    for (const auto &[name, target] : files) {
        for (const QString &dir : {folder, QDir(folder).filePath(QStringLiteral("handover"))}) {
            const QString path = QDir(dir).filePath(QLatin1String(name));
            if (!QFileInfo::exists(path))
                continue;
            if (!readText(path, *target, error))
                return false;
            messages << QStringLiteral("handover: using template %1").arg(QDir::toNativeSeparators(path));
            ++replaced;
            break;
        }
    }
    if (replaced == 0) {
        *error = QStringLiteral("template folder %1 holds none of handover.md.mustache, "
                                "handover.html.mustache, handover.css").arg(folder);
        return false;
    }
    return true;
}

bool renderTemplate(const QString &what, const QString &tmpl, const Data &data, Escape escape,
                    QString &out, QString *error)
{
    mustache::mustache renderer(tmpl.toStdString());
    if (!renderer.is_valid()) {
        *error = QStringLiteral("template %1: %2").arg(what, QString::fromStdString(renderer.error_message()));
        return false;
    }
    if (escape == Escape::None)
        renderer.set_custom_escape([](const std::string &s) { return s; });
    out = QString::fromStdString(renderer.render(data));
    if (!renderer.is_valid()) {  // errors found while rendering (e.g. partials)
        *error = QStringLiteral("template %1: %2").arg(what, QString::fromStdString(renderer.error_message()));
        return false;
    }
    return true;
}

}  // namespace lintel::handover
