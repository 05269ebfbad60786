#include "exporters/exporter.h"

// Each exporter's header, one line each.
#include "exporters/adr/adrexporter.h"
#include "exporters/openapi/openapiexporter.h"
#include "exporters/otm/otmexporter.h"
#include "exporters/handover/handoverexporter.h"
#include "exporters/diagram/diagramexporter.h"
#include "exporters/textdiagrams/mermaidexporter.h"
#include "exporters/textdiagrams/plantumlexporter.h"
#include "exporters/structurizr/structurizrexporter.h"

namespace lintel {

static std::vector<std::unique_ptr<Exporter>> makeExporters()
{
    std::vector<std::unique_ptr<Exporter>> all;
    // Registration is explicit so the order of the Export menu and of
    // `export all` is deliberate. One line per exporter:
    all.push_back(std::make_unique<AdrExporter>());
    all.push_back(std::make_unique<OpenApiExporter>());
    all.push_back(std::make_unique<OtmExporter>());
    all.push_back(std::make_unique<HandoverExporter>());
    all.push_back(std::make_unique<DiagramExporter>());
    all.push_back(std::make_unique<MermaidExporter>());
    all.push_back(std::make_unique<PlantUmlExporter>());
    all.push_back(std::make_unique<StructurizrExporter>());
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
