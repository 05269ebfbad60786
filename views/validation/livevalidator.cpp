#include "views/validation/livevalidator.h"

#include "model/document/document.h"
#include "model/rules/validator.h"

#include <QMetaObject>
#include <QRunnable>

namespace lintel {

namespace {
// Short enough that findings follow an edit within ~100 ms, long enough that
// a burst of keystrokes costs one run, not one per key.
constexpr int kDebounceMs = 40;
}  // namespace

LiveValidator::LiveValidator(Document *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveValidator::start);
    connect(document, &Document::contentChanged, this, &LiveValidator::schedule);
    schedule();  // the model as opened has findings too
}

LiveValidator::~LiveValidator()
{
    // The worker posts its result to `this`; it must be done before we go.
    // Posted events for a deleted object are discarded by Qt.
    m_pool.waitForDone();
}

void LiveValidator::schedule()
{
    ++m_generation;
    if (!m_debounce.isActive() && !m_running)
        m_sinceEdit.start();
    m_debounce.start();
}

void LiveValidator::setPackRules(std::vector<std::shared_ptr<const Rule>> rules, Diagnostics problems)
{
    m_packRules = std::move(rules);
    m_packProblems.clear();
    for (const Diagnostic &d : problems) {
        Finding f;
        f.rule = QStringLiteral("rule-pack");
        f.severity = Severity::Error;
        f.message = d.toString();
        f.file = d.file;
        f.line = d.line;
        f.column = d.column;
        f.fingerprint = QStringLiteral("rule-pack:") + d.toString();
        m_packProblems.push_back(f);
    }
    schedule();
}

void LiveValidator::start()
{
    if (m_running) {
        // One run at a time: a long run on a big model is not worth
        // interrupting, but the newest model is validated right after it.
        m_rerunWhenDone = true;
        return;
    }
    m_running = true;
    ValidationOptions options;
    options.sourceFile = m_document->fileName();
    options.packRules = m_packRules;
    const quint64 generation = m_generation;
    // The copy is what makes the worker safe: the UI keeps editing the
    // document's model while the worker reads its own snapshot.
    m_pool.start([this, generation, model = m_document->model(), options, problems = m_packProblems]() {
        Findings result = problems;
        const Findings found = validate(model, options);
        result.insert(result.end(), found.begin(), found.end());
        QMetaObject::invokeMethod(
            this, [this, generation, result = std::move(result)]() mutable { deliver(generation, std::move(result)); },
            Qt::QueuedConnection);
    });
}

void LiveValidator::deliver(quint64 generation, Findings findings)
{
    m_running = false;
    const bool stale = generation != m_generation;
    if (m_rerunWhenDone || (stale && !m_debounce.isActive())) {
        m_rerunWhenDone = false;
        start();
    }
    if (stale)
        return;  // a newer edit is on its way; showing this would flicker
    m_lastLatencyMs = m_sinceEdit.isValid() ? m_sinceEdit.elapsed() : 0;
    if (findings != m_findings) {
        m_findings = std::move(findings);
        rebuildIndex();
        emit findingsChanged(m_findings);
    }
    emit validated(m_lastLatencyMs);
}

void LiveValidator::rebuildIndex()
{
    m_byTarget.clear();
    for (int i = 0; i < int(m_findings.size()); ++i)
        for (const QString &id : m_findings[std::size_t(i)].targets)
            m_byTarget[id].append(i);
}

Findings LiveValidator::findingsFor(const QString &id) const
{
    Findings out;
    for (int i : m_byTarget.value(id))
        out.push_back(m_findings[std::size_t(i)]);
    return out;
}

}  // namespace lintel
