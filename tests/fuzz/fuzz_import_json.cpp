// libFuzzer target: the Structurizr importer on JSON workspaces on arbitrary bytes
// (the properties are in fuzzimport.h). The input is named input.json in a
// folder that does not exist, so a relative !include finds nothing.
#include "tests/fuzz/fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    lintel::fuzz::fuzzImporter("fuzz_import_json", "structurizr", QStringLiteral("/nonexistent-lintel-fuzz/input.json"), data, size);
    return 0;
}
