#include "app/cli/packsupport.h"

#include "app/cli/clisupport.h"

namespace lintel::cli {

std::optional<packs::LoadedPacks> loadPacksOrReport(const Model *model, const QString &modelPath,
                                                    const std::vector<std::string> &extraPacks)
{
    std::vector<packs::PackSource> sources;
    if (model)
        sources = packs::packSourcesOf(*model, modelPath);
    for (const std::string &pack : extraPacks)
        sources.push_back({fromArgument(pack), {}, {}});
    packs::LoadedPacks loaded = packs::loadRulePacks(sources);
    if (!loaded.problems.empty()) {
        printDiagnostics(loaded.problems);
        return std::nullopt;
    }
    return loaded;
}

}  // namespace lintel::cli
