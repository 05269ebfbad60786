// Helpers of tst_documents that only the document tests need: running an
// exporter on a loaded model, golden folders and writing outputs to disk.
// Loading, golden files and validators come from tests/support.
#include "tests/exporters/tst_documents.h"

#include <QDir>
#include <QFileInfo>

namespace docs {

ExportRun runExport(const QString &exporterId, const LoadedModel &loaded, const QMap<QString, QString> &options)
{
    // For looking at the output by hand: LINTEL_DOCS_OUT=/tmp/docs.
    const QString keep = qEnvironmentVariable("LINTEL_DOCS_OUT");
    const QString keepFolder = keep.isEmpty() || loaded.path.isEmpty()
                                   ? QString()
                                   : QDir(keep).filePath(QFileInfo(loaded.path).baseName());
    return lintel::test::runExporter(exporterId, loaded.model, loaded.findings, options, loaded.path, keepFolder);
}

bool goldenFolderHoldsExactly(const QString &relativeFolder, const lintel::MemorySink &sink,
                              const QString &exportFolder)
{
    QStringList written;
    for (const auto &[name, bytes] : sink.files())
        if (name.startsWith(exportFolder + u'/'))
            written << name.mid(exportFolder.size() + 1);
    written.sort();
    QDir golden(lintel::test::sourcePath(QStringLiteral("tests/data/golden/") + relativeFolder));
    const QStringList present = golden.entryList(QDir::Files, QDir::Name);
    if (qEnvironmentVariable("LINTEL_UPDATE_GOLDEN") == u"1") {
        for (const QString &stale : present)
            if (!written.contains(stale))
                golden.remove(stale);
        return true;
    }
    if (present == written)
        return true;
    qWarning("%s holds %s but the export wrote %s", qPrintable(golden.path()), qPrintable(present.join(u", ")),
             qPrintable(written.join(u", ")));
    return false;
}

QString writeToDisk(const lintel::MemorySink &sink, const QTemporaryDir &dir)
{
    lintel::FolderSink folder(dir.path());
    for (const auto &[name, bytes] : sink.files()) {
        QString error;
        if (!folder.writeBytes(name, bytes, &error))
            qWarning("%s", qPrintable(error));
    }
    return dir.path();
}

}  // namespace docs
