#include "app/cli/modelsides.h"

#include "app/cli/clisupport.h"
#include "model/compare/modelversion.h"

#include <thread>

namespace lintel::cli {

namespace {

// Reading is model/compare/modelversion's; the CLI only prints what went
// wrong and labels the side with the argument as typed.
std::optional<ModelSide> toSide(VersionLoad load, const QString &argument)
{
    if (!load.model)
        return std::nullopt;
    return ModelSide{std::move(*load.model), argument};
}

}  // namespace

std::optional<ModelSide> loadSideOrReport(const QString &argument)
{
    VersionLoad load = loadModelVersion(argument);
    printDiagnostics(load.problems);
    return toSide(std::move(load), argument);
}

std::vector<std::optional<ModelSide>> loadSidesOrReport(const QStringList &arguments)
{
    std::vector<VersionLoad> loads(std::size_t(arguments.size()));
    std::vector<std::thread> workers;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        workers.emplace_back([&, i] { loads[std::size_t(i)] = loadModelVersion(arguments[i]); });
    if (!arguments.isEmpty())
        loads[0] = loadModelVersion(arguments[0]);
    for (std::thread &w : workers)
        w.join();
    std::vector<std::optional<ModelSide>> sides;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        printDiagnostics(loads[std::size_t(i)].problems);
        sides.push_back(toSide(std::move(loads[std::size_t(i)]), arguments[i]));
    }
    return sides;
}

}  // namespace lintel::cli
