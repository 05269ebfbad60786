#pragma once
// What the importer fuzz targets share: run one importer on arbitrary bytes.
// Whatever the bytes, it must not crash or hang, and every error must name
// the input (or, for a DSL `!include`, the file included) with a message and
// a place inside it: those are what the user sees as FILE:LINE:COL.
#include "importers/importer.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>

namespace lintel::fuzz {

inline void fuzzImporter(const char *target, const char *importerId, const QString &file, const std::uint8_t *data,
                         std::size_t size)
{
    keepQtQuiet();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Importer *importer = findImporter(QLatin1String(importerId));
    const ImportResult result = importer->read({input, file});
    const bool includes = input.toLower().contains("!include");
    for (const Diagnostic &d : result.errors)
        if (d.file == file || !includes)
            checkDiagnostic(target, d, file, input);
    if (!result.ok() && result.errors.empty())
        propertyFailed(target, QStringLiteral("the import failed without saying why"));
}

}  // namespace lintel::fuzz
