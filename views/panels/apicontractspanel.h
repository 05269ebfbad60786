#pragma once
// API contracts: the list of APIs and, for the chosen one, its fields (the
// inspector's generic form), its operations table and its schemas. Every
// change is an undoable command on the document.
#include "model/document/collections.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace lintel {

class Document;
class ObjectEditor;
class ObjectList;
class OperationsEditor;
class SchemasEditor;
class SelectionModel;

class ApiContractsPanel : public QWidget {
    Q_OBJECT
public:
    ApiContractsPanel(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

    QString currentApi() const;
    ObjectList *list() const { return m_list; }
    ObjectEditor *editor() const { return m_editor; }
    OperationsEditor *operationsEditor() const;
    SchemasEditor *schemasEditor() const;
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    // Shows an API (and the operations or schemas tab for that path).
    void showApi(const QString &id, const QString &path = QString());
    // Adds an API provided by the selected element, if one is selected.
    void addApi();
    void removeCurrentApi();

signals:
    void activated(const lintel::ObjectRef &ref);

private:
    void currentChanged(const QString &id);
    void updateTitles();

    Document *m_document;
    SelectionModel *m_selection;
    ObjectList *m_list;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    ObjectEditor *m_editor;
    QToolButton *m_remove;
};

}  // namespace lintel
