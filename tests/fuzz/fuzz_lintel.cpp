// libFuzzer target: the .lintel reader. The bytes become a file (SQLite
// reads files, not memory), which is opened read-only; its revisions are
// listed, the latest is loaded and validated. Every failure must be a clear
// error naming the file, never a crash.
#include "model/rules/validator.h"
#include "model/storage/lintelfile.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace lintel;

constexpr const char *kTarget = "fuzz_lintel";

// One file per process, rewritten for every input and removed at exit, so a
// long run does not fill the temporary folder.
const QString &scratchPath()
{
    static const QString path = QDir::temp().filePath(
        QStringLiteral("lintel-fuzz-%1.lintel").arg(QCoreApplication::applicationPid()));
    return path;
}

void removeScratch()
{
    QFile::remove(scratchPath());
}

void checkError(const Diagnostic &error, const char *doing)
{
    if (error.file != scratchPath() || error.message.trimmed().isEmpty())
        fuzz::propertyFailed(kTarget, QStringLiteral("%1 failed with an unclear error: '%2'")
                                          .arg(QLatin1String(doing), error.toString()));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::keepQtQuiet();
    scratchPath();              // built first, so it outlives the exit handler
    std::atexit(removeScratch);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    {
        QFile file(scratchPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fuzz::propertyFailed(kTarget, QStringLiteral("cannot write %1").arg(scratchPath()));
    }
    Diagnostic error;
    const auto document = LintelFile::open(scratchPath(), LintelFile::Access::ReadOnly, &error);
    if (!document) {
        checkError(error, "opening");
        return 0;
    }
    if (!document->revisions(&error))
        checkError(error, "listing revisions");
    RevisionInfo info;
    const std::optional<Model> model = document->loadLatest(&error, &info);
    if (!model) {
        checkError(error, "loading the latest revision");
        return 0;
    }
    ValidationOptions options;
    options.asOf = QDate(2026, 1, 1);
    validate(*model, options);
    return 0;
}
