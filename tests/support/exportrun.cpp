#include "tests/support/exportrun.h"

#include "tests/support/exampledata.h"

namespace lintel::test {

ExportRun runExporter(const QString &exporterId, const Model &model, const Findings &findings,
                      const QMap<QString, QString> &options, const QString &sourceFile,
                      const QString &keepFolder)
{
    ExportRun run;
    Exporter *exporter = findExporter(exporterId);
    if (!exporter) {
        run.error = QStringLiteral("no exporter %1").arg(exporterId);
        return run;
    }
    const ExportContext context{model, findings, options, sourceFile, frozenDate(), {}, nullptr};
    run.ok = exporter->run(context, run.files, run.messages, &run.error);
    if (!keepFolder.isEmpty()) {
        for (const QString &m : run.messages)
            qInfo("%s", qPrintable(m));
        FolderSink folder(keepFolder);
        for (const auto &[name, bytes] : run.files.files()) {
            QString error;
            folder.writeBytes(name, bytes, &error);
        }
    }
    return run;
}

}  // namespace lintel::test
