#pragma once
// The list half of the API, decision and question panels: a filterable,
// sortable table of one collection that keeps its current row by id (across
// undo, renames and resets) and shares the selection: picking a row selects
// the object everywhere, and selecting such an object elsewhere (canvas,
// outline) shows it here.
#include "model/document/collections.h"
#include "views/panels/objectlistmodel.h"

#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QTreeView;

namespace lintel {

class Document;
class SelectionModel;

class ObjectList : public QWidget {
    Q_OBJECT
public:
    ObjectList(Document *document, SelectionModel *selection, ObjectListModel *model, QWidget *parent = nullptr);

    QString currentId() const;
    // Makes `id` the current row without touching the shared selection.
    void setCurrentId(const QString &id);
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ObjectListFilter *filter() const { return m_proxy; }
    ObjectListModel *listModel() const { return m_model; }
    // A row above the table for the panel's own buttons.
    QHBoxLayout *toolbar() const { return m_toolbar; }
    // Puts a button that changes the document (add, delete) in the toolbar;
    // all of them are disabled while the document is read-only.
    void addEditAction(QWidget *action);
    QWidget *editActions() const { return m_editActions; }

signals:
    void currentIdChanged(const QString &id);
    void activated(const lintel::ObjectRef &ref);

private:
    void followSelection();
    void rowChanged();
    void restoreCurrent();

    Document *m_document;
    SelectionModel *m_selection;
    ObjectListModel *m_model;
    ObjectListFilter *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QHBoxLayout *m_toolbar;
    QWidget *m_editActions;  // holds the edit buttons, so one switch covers them
    QString m_current;       // kept by id across model resets
    bool m_quiet = false;    // changing the row ourselves: do not echo
};

}  // namespace lintel
