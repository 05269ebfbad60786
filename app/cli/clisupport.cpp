#include "app/cli/clisupport.h"

#include "model/io/modelfile.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace lintel::cli {

QString fromArgument(const std::string &argument)
{
    return QFile::decodeName(QByteArray::fromStdString(argument));
}

void printError(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
}

void printDiagnostics(const Diagnostics &problems)
{
    for (const Diagnostic &problem : problems)
        printError(problem.toString());
}

std::optional<Model> loadModelOrReport(const QString &path)
{
    ModelLoadResult result = loadModelFile(path);
    printDiagnostics(result.problems);
    if (!result.ok() && result.problems.empty())
        printError(Diagnostic{path, 0, 0, QStringLiteral("cannot be loaded")}.toString());
    return std::move(result.model);
}

CLI::Validator isoDateValidator()
{
    return CLI::Validator(
        [](std::string &value) -> std::string {
            static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QString text = QString::fromStdString(value);
            if (!shape.match(text).hasMatch()
                || !QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid())
                return "expected a date as YYYY-MM-DD, got '" + value + "'";
            return {};
        },
        "YYYY-MM-DD");
}

}  // namespace lintel::cli
