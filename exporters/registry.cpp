#include "exporters/exporter.h"

// Each exporter's header, one line each.

namespace lintel {

static std::vector<std::unique_ptr<Exporter>> makeExporters()
{
    std::vector<std::unique_ptr<Exporter>> all;
    // Registration is explicit so the order of the Export menu and of
    // `export all` is deliberate. One line per exporter:
    return all;
}

const std::vector<std::unique_ptr<Exporter>> &exporters()
{
    static const auto all = makeExporters();
    return all;
}

Exporter *findExporter(const QString &id)
{
    for (const auto &e : exporters())
        if (e->id() == id)
            return e.get();
    return nullptr;
}

}  // namespace lintel
