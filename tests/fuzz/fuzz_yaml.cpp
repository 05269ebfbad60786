// libFuzzer target: the YAML loader and the rule engine on arbitrary bytes.
// Whatever the bytes, loading must not crash and every problem must name the
// file and a place inside it; a model that loads must validate without
// crashing and must survive writing and reading back unchanged.
#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>

namespace {

using namespace lintel;

constexpr const char *kTarget = "fuzz_yaml";
const QString kFile = QStringLiteral("input.yaml");

// The round-trip property: load -> write YAML -> load gives an equal model,
// and writing that model again gives the same bytes (the writer is canonical).
// Kept in this one function so it can give way to tests/support/roundtrip.h's
// roundTrips() once that is merged (same signature and meaning).
bool roundTrips(const QByteArray &yaml, QString *why)
{
    const YamlLoadResult first = readYaml(yaml, kFile);
    if (!first.ok())
        return true;  // nothing loaded, so nothing to keep
    const QByteArray written = writeYaml(*first.model);
    const YamlLoadResult second = readYaml(written, QStringLiteral("rewritten.yaml"));
    if (!second.ok()) {
        *why = QStringLiteral("the written YAML does not load: %1\n--- written ---\n%2")
                   .arg(second.problems.front().toString(), QString::fromUtf8(written));
        return false;
    }
    if (!(*second.model == *first.model)) {
        *why = QStringLiteral("the written YAML loads as a different model\n--- written ---\n%1")
                   .arg(QString::fromUtf8(written));
        return false;
    }
    if (writeYaml(*second.model) != written) {
        *why = QStringLiteral("writing the model again gives other bytes\n--- first ---\n%1")
                   .arg(QString::fromUtf8(written));
        return false;
    }
    return true;
}

void checkFindings(const Findings &findings, const QByteArray &input)
{
    for (const Finding &f : findings) {
        if (f.rule.isEmpty() || f.message.trimmed().isEmpty() || f.fingerprint.isEmpty())
            fuzz::propertyFailed(kTarget, QStringLiteral("a finding lacks its rule, message or "
                                                         "fingerprint: %1 %2")
                                              .arg(f.rule, f.message));
        if (f.line > 0)
            fuzz::checkDiagnostic(kTarget, Diagnostic{f.file, f.line, f.column, f.message}, kFile,
                                  input);
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::keepQtQuiet();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    const YamlLoadResult loaded = readYaml(input, kFile);
    if (!loaded.ok()) {
        if (loaded.problems.empty())
            fuzz::propertyFailed(kTarget, QStringLiteral("loading failed without saying why"));
        for (const Diagnostic &d : loaded.problems)
            fuzz::checkDiagnostic(kTarget, d, kFile, input);
        return 0;
    }
    ValidationOptions options;
    options.asOf = QDate(2026, 1, 1);  // fixed, so a finding reproduces on another day
    options.sourceFile = kFile;
    checkFindings(validate(*loaded.model, options), input);

    QString why;
    if (!roundTrips(input, &why))
        fuzz::propertyFailed(kTarget, why);
    return 0;
}
