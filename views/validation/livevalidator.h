#pragma once
// Re-runs the rule engine whenever the document changes, without ever making
// the user wait: edits are debounced, the model is copied, and validate()
// runs on a worker thread. Results come back on the UI thread; results of a
// model that has since been edited again are dropped, so what is shown is
// never older than the last finished run of the newest model.
#include "model/document/collections.h"
#include "model/diagnostic.h"
#include "model/rules/finding.h"

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace lintel {

class Document;
class Rule;

class LiveValidator : public QObject {
    Q_OBJECT
public:
    explicit LiveValidator(Document *document, QObject *parent = nullptr);
    ~LiveValidator() override;  // waits for a run in progress

    const Findings &findings() const { return m_findings; }
    // Findings naming `id` among their targets (ids are unique across
    // collections, so the collection is not needed to find them).
    Findings findingsFor(const QString &id) const;
    Findings findingsFor(const ObjectRef &ref) const { return findingsFor(ref.id); }
    // True when the newest edit has not been validated yet.
    bool isPending() const { return m_debounce.isActive() || m_running; }
    // Wall time of the last delivered run, edit to result (for the status bar).
    qint64 lastLatencyMs() const { return m_lastLatencyMs; }

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

    // Rules of the model's rule packs, run with the built-in ones on the
    // same worker; `problems` (a pack that could not be loaded) are shown as
    // error findings of rule "rule-pack" so they reach the Problems panel.
    // Validates again.
    void setPackRules(std::vector<std::shared_ptr<const Rule>> rules, Diagnostics problems);

public slots:
    // Validates now (after the debounce); the document's edits call this.
    void schedule();

signals:
    // Only when the findings differ from the last delivered ones.
    void findingsChanged(const lintel::Findings &findings);
    // After every delivered run, changed or not (status bar, tests).
    void validated(qint64 latencyMs);

private:
    void start();
    void deliver(quint64 generation, Findings findings);
    void rebuildIndex();

    Document *m_document;
    QTimer m_debounce;
    QThreadPool m_pool;          // one worker: runs never overlap
    quint64 m_generation = 0;    // bumped on every edit
    bool m_running = false;
    bool m_rerunWhenDone = false;
    QElapsedTimer m_sinceEdit;
    qint64 m_lastLatencyMs = 0;
    Findings m_findings;
    std::vector<std::shared_ptr<const Rule>> m_packRules;
    Findings m_packProblems;
    QHash<QString, QList<int>> m_byTarget;  // id -> indices into m_findings
};

}  // namespace lintel
