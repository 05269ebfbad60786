#pragma once
// Runs exporters off the UI thread on a copy of the model, reporting progress
// and the outcome; the Export dialog shows it and can cancel. Kept apart from
// the dialog so a test can run an export without clicking through one.
#include "exporters/exporter.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace lintel {

struct ExportOutcome {
    bool ok = false;
    QString error;
    QStringList messages;  // notes from the exporters (skipped contracts, layout fallbacks)
    QStringList files;     // written, relative to the folder
};

class ExportRunner : public QObject {
    Q_OBJECT
public:
    explicit ExportRunner(QObject *parent = nullptr);
    ~ExportRunner() override;

    // Starts exporting `model` with every exporter in `ids` into `folder`.
    void start(const Model &model, const QStringList &ids, const QString &folder, const QString &sourceFile);
    void cancel();
    bool isRunning() const { return m_running; }

    // The same work, synchronously (used by start() on a pool thread).
    static ExportOutcome run(const Model &model, const QStringList &ids, const QString &folder,
                             const QString &sourceFile, const std::atomic_bool *cancelled,
                             const std::function<void(double, const QString &)> &progress);

signals:
    void progress(double fraction, const QString &text);
    void finished(const lintel::ExportOutcome &outcome);

private:
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};

}  // namespace lintel
