#pragma once
// The merge conflicts a model records under `x-lintel-conflicts` (written by
// `lintel-cli merge`), one at a time: the base, ours and theirs values side
// by side, and a button for each way out. Every resolution is one undo step
// that sets the value and removes the entry; the last one removes the key.
#include "model/compare/conflicts.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lintel {

class Document;

class ConflictsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsPanel(Document *document, QWidget *parent = nullptr);

    int conflictCount() const { return int(m_conflicts.size()); }
    QListWidget *list() const { return m_list; }
    QPushButton *takeOursButton() const { return m_takeOurs; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *editButton() const { return m_edit; }

public slots:
    void takeOurs();
    void takeTheirs();
    // Asks for a value (ours to start from) and applies it.
    void editValue();
    // Resolves the current conflict with `value` as one undo step.
    bool resolveCurrent(const YamlValue &value, const QString &how);

signals:
    // The number of conflicts changed (0: the panel can be hidden).
    void countChanged(int count);
    // The object a selected conflict is about, to show it.
    void objectActivated(const QString &section, const QString &id);

private:
    void reload();
    void showCurrent();
    Document *m_document;
    std::vector<MergeConflict> m_conflicts;
    QListWidget *m_list;
    QLabel *m_summary;
    QPlainTextEdit *m_base, *m_ours, *m_theirs;
    QPushButton *m_takeOurs, *m_takeTheirs, *m_edit;
};

}  // namespace lintel
