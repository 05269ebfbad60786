#pragma once
// Running one exporter into memory, as the exporter tests all do.
#include "exporters/exporter.h"
#include "exporters/outputsink.h"

#include <QString>
#include <QStringList>

namespace lintel::test {

struct ExportRun {
    bool ok = false;
    QString error;
    QStringList messages;
    MemorySink files;
};

// Runs the exporter `exporterId` on `model`, made on frozenDate(). When
// `keepFolder` is not empty, the files are also written there (and the
// messages printed), for looking at the output by hand.
ExportRun runExporter(const QString &exporterId, const Model &model, const Findings &findings,
                      const QMap<QString, QString> &options, const QString &sourceFile,
                      const QString &keepFolder);

}  // namespace lintel::test
