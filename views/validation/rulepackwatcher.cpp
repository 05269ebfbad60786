#include "views/validation/rulepackwatcher.h"

#include "model/document/document.h"
#include "model/rules/validator.h"

#include <QFileInfo>

namespace lintel {

RulePackWatcher::RulePackWatcher(Document *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &RulePackWatcher::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    // Opening a file resets the model and renames the document in one go:
    // both ask for one reload, after they have both happened.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &RulePackWatcher::reload);
    connect(m_document, &Document::modelReset, &m_coalesce, qOverload<>(&QTimer::start));
    connect(m_document, &Document::fileNameChanged, &m_coalesce, qOverload<>(&QTimer::start));
    connect(m_document, &Document::rulesChanged, this, [this] {
        if (m_document->model().rules.packs != m_citedPacks)
            reload();
    });
}

void RulePackWatcher::reload()
{
    const Model &model = m_document->model();
    m_citedPacks = model.rules.packs;
    const std::vector<packs::PackSource> sources = packs::packSourcesOf(model, m_document->fileName());
    m_loaded = packs::loadRulePacks(sources);
    // Watch what exists now; a file replaced by an editor's rename drops
    // out of the watch, so it is added again on every reload.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    QStringList paths;
    for (const packs::PackSource &source : sources)
        if (QFileInfo::exists(source.path))
            paths << source.path;
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
    emit packsChanged();
}

const RuleInfo *RulePackWatcher::ruleInfo(const QString &id) const
{
    for (const packs::RulePack &pack : m_loaded.packs)
        for (const packs::PackRuleDefinition &rule : pack.rules)
            if (rule.info.id == id)
                return &rule.info;
    return nullptr;
}

}  // namespace lintel
