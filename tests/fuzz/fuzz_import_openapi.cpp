// libFuzzer target: the OpenAPI importer (OpenAPI 3.x and Swagger 2.0, YAML or JSON) on arbitrary bytes
// (the properties are in fuzzimport.h). The input is named input.yaml in a
// folder that does not exist, so a relative !include finds nothing.
#include "tests/fuzz/fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    lintel::fuzz::fuzzImporter("fuzz_import_openapi", "openapi", QStringLiteral("/nonexistent-lintel-fuzz/input.yaml"), data, size);
    return 0;
}
