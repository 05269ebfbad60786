#pragma once
// The workshop's open questions: what nobody in the room could answer yet.
// Type a question and press Enter to record it about the current selection;
// tick it when answered; edit text, about, owner and answer below the list.
#include "model/document/collections.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace lintel {

class Document;
class ObjectEditor;
class ObjectList;
class SelectionModel;

class QuestionsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { AnsweredColumn, TextColumn, AboutColumn, OwnerColumn };

    QuestionsPanel(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

    QString currentQuestion() const;
    ObjectList *list() const { return m_list; }
    ObjectEditor *editor() const { return m_editor; }
    QLineEdit *quickAddEdit() const { return m_quickAdd; }
    QComboBox *statusFilter() const { return m_statusFilter; }

public slots:
    // Records `text` as an open question about the selected objects.
    void addQuestion(const QString &text);
    void setAnswered(const QString &id, bool answered);
    void setShowAnswered(bool show);
    void showQuestion(const QString &id);

signals:
    void activated(const lintel::ObjectRef &ref);

private:
    void currentChanged(const QString &id);
    void updateQuickAddHint();

    Document *m_document;
    SelectionModel *m_selection;
    ObjectList *m_list;
    ObjectEditor *m_editor;
    QStackedWidget *m_stack;
    QLineEdit *m_quickAdd;
    QComboBox *m_statusFilter;
};

}  // namespace lintel
