#pragma once
// Architecture decision records: the list (number, title, status) and the
// ADR form of the chosen decision — title, status, date, deciders, context,
// the options considered with their pros and cons, outcome, consequences,
// what it affects and what it supersedes. "Record decision about selection"
// starts a new ADR whose `affects` names the selected objects. Double-click
// or Enter opens the decision in a roomy window (decisiondialog.h).
#include "model/document/collections.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace lintel {

class DecisionDialog;
class DecisionOptionsEditor;
class Document;
class ObjectEditor;
class ObjectList;
class SelectionModel;

class DecisionsPanel : public QWidget {
    Q_OBJECT
public:
    DecisionsPanel(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

    QString currentDecision() const;
    ObjectList *list() const { return m_list; }
    ObjectEditor *editor() const { return m_editor; }
    DecisionOptionsEditor *optionsEditor() const;
    DecisionDialog *dialog() const { return m_dialog; }

    // "adr-0007": the next free number.
    static QString nextDecisionId(const Model &model);

public slots:
    void showDecision(const QString &id);
    // A new proposed decision dated today, affecting the selected objects;
    // shown here with its title ready to type. Returns nothing: the new id
    // is currentDecision().
    void recordDecisionAboutSelection();
    void removeCurrentDecision();
    // The decision in its own window, raised if it is already open.
    void openInDialog(const QString &id);

signals:
    void activated(const lintel::ObjectRef &ref);

private:
    void currentChanged(const QString &id);

    Document *m_document;
    SelectionModel *m_selection;
    ObjectList *m_list;
    QStackedWidget *m_stack;
    ObjectEditor *m_editor;
    QToolButton *m_remove;
    DecisionDialog *m_dialog = nullptr;  // made on first use
};

}  // namespace lintel
