#include "app/cli/exportoptions.h"

#include "app/cli/clisupport.h"

#include <algorithm>

namespace lintel::cli {

namespace {

const ExportOption *findDeclared(const Exporter &exporter, const QString &name,
                                 std::vector<ExportOption> &storage)
{
    storage = exporter.options();
    const auto it = std::find_if(storage.begin(), storage.end(),
                                 [&](const ExportOption &o) { return o.name == name; });
    return it == storage.end() ? nullptr : &*it;
}

QString optionNames(const std::vector<Exporter *> &exporters)
{
    QStringList names;
    for (const DeclaredExportOption &d : declaredExportOptions(exporters))
        names << d.option.name;
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

// `--option [KIND.]NAME[=VALUE]`, split into its parts.
struct GenericOption {
    QString exporterId;  // empty: every chosen exporter that declares NAME
    QString name;
    QString value;
    bool hasValue = false;
};

GenericOption parseGeneric(const QString &text)
{
    GenericOption parsed;
    QString key = text;
    if (const qsizetype eq = text.indexOf(u'='); eq >= 0) {
        key = text.left(eq);
        parsed.value = text.mid(eq + 1);
        parsed.hasValue = true;
    }
    if (const qsizetype dot = key.indexOf(u'.'); dot >= 0) {
        parsed.exporterId = key.left(dot);
        key = key.mid(dot + 1);
    }
    parsed.name = key.trimmed();
    return parsed;
}

// The value an option gets from one generic `--option` for one exporter.
bool genericValue(const GenericOption &given, const ExportOption &declared, QString *value,
                  QString *error)
{
    if (declared.valueName.isEmpty()) {  // a flag: `findings`, `findings=true` or `findings=false`
        const QString v = given.hasValue ? given.value.trimmed().toLower() : QStringLiteral("true");
        if (v != u"true" && v != u"false") {
            *error = QStringLiteral("--option %1 is a flag: give no value, =true or =false").arg(given.name);
            return false;
        }
        *value = v;
        return true;
    }
    if (!given.hasValue) {
        *error = QStringLiteral("--option %1 needs a value: --option %1=%2").arg(given.name, declared.valueName);
        return false;
    }
    *value = given.value;
    return true;
}

bool applyGeneric(const std::vector<Exporter *> &exporters, const std::string &argument,
                  std::map<QString, QMap<QString, QString>> &byExporter, QString *error)
{
    const GenericOption given = parseGeneric(fromArgument(argument));
    bool matched = false;
    for (Exporter *exporter : exporters) {
        if (!given.exporterId.isEmpty() && exporter->id() != given.exporterId)
            continue;
        std::vector<ExportOption> storage;
        const ExportOption *declared = findDeclared(*exporter, given.name, storage);
        if (!declared)
            continue;
        QString value;
        if (!genericValue(given, *declared, &value, error))
            return false;
        byExporter[exporter->id()][given.name] = value;
        matched = true;
    }
    if (matched)
        return true;
    const bool knownExporter = given.exporterId.isEmpty()
        || std::any_of(exporters.begin(), exporters.end(),
                       [&](const Exporter *e) { return e->id() == given.exporterId; });
    *error = knownExporter
        ? QStringLiteral("--option %1: unknown option '%2' (options: %3)")
              .arg(fromArgument(argument), given.name, optionNames(exporters))
        : QStringLiteral("--option %1: '%2' is not an exporter being run")
              .arg(fromArgument(argument), given.exporterId);
    return false;
}

}  // namespace

bool isReservedExportOptionName(const QString &name)
{
    static const QStringList reserved{QStringLiteral("output"), QStringLiteral("as-of"),
                                      QStringLiteral("option"), QStringLiteral("help")};
    return reserved.contains(name);
}

std::vector<DeclaredExportOption> declaredExportOptions(const std::vector<Exporter *> &exporters)
{
    std::vector<DeclaredExportOption> all;
    for (const Exporter *exporter : exporters) {
        for (const ExportOption &option : exporter->options()) {
            const auto it = std::find_if(all.begin(), all.end(), [&](const DeclaredExportOption &d) {
                return d.option.name == option.name;
            });
            if (it == all.end())
                all.push_back({option, {exporter->id()}});
            else
                it->exporterIds << exporter->id();
        }
    }
    return all;
}

bool isListOption(const ExportOption &option)
{
    return option.valueName == u"LIST";
}

bool resolveExportOptions(const std::vector<Exporter *> &exporters, const TypedExportOptions &typed,
                          std::map<QString, QMap<QString, QString>> &byExporter, QString *error)
{
    for (Exporter *exporter : exporters)
        byExporter[exporter->id()];  // every exporter gets a map, even an empty one
    // Long options first, so a later, more specific --option can override them.
    for (const auto &[name, parsed] : typed.named) {
        if (parsed->count() == 0)
            continue;
        QStringList values;
        for (const std::string &v : parsed->results())
            values << fromArgument(v).trimmed();
        for (Exporter *exporter : exporters) {
            std::vector<ExportOption> storage;
            if (const ExportOption *declared = findDeclared(*exporter, name, storage))
                byExporter[exporter->id()][name] =
                    declared->valueName.isEmpty() ? QStringLiteral("true") : values.join(u',');
        }
    }
    for (const std::string &argument : typed.generic)
        if (!applyGeneric(exporters, argument, byExporter, error))
            return false;
    return true;
}

}  // namespace lintel::cli
