#include "app/gui/exportrunner.h"

#include "model/rules/validator.h"

#include <QDirIterator>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace lintel {

ExportRunner::ExportRunner(QObject *parent) : QObject(parent) {}

ExportRunner::~ExportRunner()
{
    cancel();
    QThreadPool::globalInstance()->waitForDone();
}

ExportOutcome ExportRunner::run(const Model &model, const QStringList &ids, const QString &folder,
                                const QString &sourceFile, const std::atomic_bool *cancelled,
                                const std::function<void(double, const QString &)> &progress)
{
    ExportOutcome outcome;
    ValidationOptions options;
    options.sourceFile = sourceFile;
    const Findings findings = validate(model, options);
    FolderSink sink(folder);
    for (int i = 0; i < ids.size(); ++i) {
        Exporter *exporter = findExporter(ids[i]);
        if (!exporter) {
            outcome.error = QObject::tr("unknown exporter '%1'").arg(ids[i]);
            return outcome;
        }
        auto stepProgress = [&](double fraction, const QString &text) {
            if (progress)
                progress((i + fraction) / ids.size(), exporter->title() + QStringLiteral(": ") + text);
        };
        const ExportContext context{model, findings, {}, sourceFile, QDate::currentDate(), stepProgress, cancelled};
        if (progress)
            progress(double(i) / ids.size(), exporter->title());
        QString error;
        if (!exporter->run(context, sink, outcome.messages, &error)) {
            outcome.error = cancelled && cancelled->load() ? QObject::tr("Export cancelled.")
                                                           : exporter->title() + QStringLiteral(": ") + error;
            return outcome;
        }
    }
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        outcome.files << QDir(folder).relativeFilePath(it.next());
    outcome.files.sort();
    outcome.ok = true;
    return outcome;
}

void ExportRunner::start(const Model &model, const QStringList &ids, const QString &folder, const QString &sourceFile)
{
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    QPointer<ExportRunner> self(this);
    auto cancelled = m_cancelled;
    QThreadPool::globalInstance()->start([self, model, ids, folder, sourceFile, cancelled] {
        auto report = [self](double fraction, const QString &text) {
            QMetaObject::invokeMethod(self.data(), [self, fraction, text] {
                if (self)
                    emit self->progress(fraction, text);
            }, Qt::QueuedConnection);
        };
        const ExportOutcome outcome = run(model, ids, folder, sourceFile, cancelled.get(), report);
        QMetaObject::invokeMethod(self.data(), [self, outcome] {
            if (!self)
                return;
            self->m_running = false;
            emit self->finished(outcome);
        }, Qt::QueuedConnection);
    });
}

void ExportRunner::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

}  // namespace lintel
