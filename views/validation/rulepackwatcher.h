#pragma once
// The rule packs of the open model (`rules: {packs: [...]}`), loaded beside
// it and reloaded when a pack file changes on disk or the model names other
// packs, so an architect editing a pack in their text editor sees its
// findings change in Lintel as they save. A broken pack contributes no rules
// and its FILE:LINE:COL problems are shown as findings; the built-in rules
// run on regardless.
#include "model/diagnostic.h"
#include "model/rules/packs/packloader.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace lintel {

class Document;
struct RuleInfo;

class RulePackWatcher : public QObject {
    Q_OBJECT
public:
    explicit RulePackWatcher(Document *document, QObject *parent = nullptr);

    std::vector<std::shared_ptr<const Rule>> rules() const { return m_loaded.rules(); }
    const Diagnostics &problems() const { return m_loaded.problems; }
    // The title, rationale and help of a pack rule, for Explain; nullptr for
    // an id no loaded pack has.
    const RuleInfo *ruleInfo(const QString &id) const;
    QStringList watchedFiles() const { return m_watcher.files(); }

public slots:
    void reload();

signals:
    void packsChanged();

private:
    Document *m_document;
    packs::LoadedPacks m_loaded;
    QStringList m_citedPacks;  // what the model names, to notice a change
    QFileSystemWatcher m_watcher;
    QTimer m_settle;    // editors save in bursts (write, rename): reload once
    QTimer m_coalesce;  // model reset and new file name: reload once
};

}  // namespace lintel
