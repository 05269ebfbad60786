#pragma once
// The outline: every object of the model in a filterable tree. Selecting
// rows selects the objects everywhere (shared SelectionModel); a selection
// made elsewhere is shown and scrolled to here; double-click (or Enter)
// asks the window to centre the canvas on the object.
#include "model/document/collections.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace lintel {

class Document;
class OutlineModel;
class SelectionModel;

class OutlinePanel : public QWidget {
    Q_OBJECT
public:
    OutlinePanel(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    OutlineModel *outlineModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

public slots:
    // Applies a filter at once (typing applies it after a short pause).
    void setFilterText(const QString &text);

signals:
    void activated(const lintel::ObjectRef &ref);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFilter();
    void showFirstSight();
    void fitColumns();
    void pushSelection();
    void pullSelection();
    void saveExpansion();
    void restoreExpansion();

    Document *m_document;
    SelectionModel *m_selection;
    OutlineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QTimer m_filterDelay;
    QTimer m_fitColumns;
    QList<ObjectRef> m_expanded;  // kept across rebuilds of the tree
    QStringList m_expandedCategories;  // by their sort key
    bool m_syncing = false;
};

}  // namespace lintel
