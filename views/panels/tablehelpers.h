#pragma once
// Small pieces shared by the table-based structured editors (operations,
// schemas, decision options): item delegates and an add/remove button bar.
#include <QStringList>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTableWidget;
class QToolButton;

namespace lintel {

// Edits a cell with a combo box of fixed values that also accepts others
// (HTTP methods: GET, POST... but "QUERY" must still be possible).
class ComboDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ComboDelegate(QStringList values, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_values;
};

// Edits a cell as multi-line text (one item per line: pros, cons).
class MultiLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

// "+ Add" and "− Remove" tool buttons in a row, for under a table. Disabling
// `widget` disables both while keeping the remove button's own state (set by
// the selection) for when the row is enabled again.
struct AddRemoveBar {
    QWidget *widget;
    QToolButton *add;
    QToolButton *remove;
};
AddRemoveBar makeAddRemoveBar(QWidget *parent, const QString &addText, const QString &removeText);

// The rows of `table` that have a selected cell, highest first (for removal).
QList<int> selectedRowsDescending(const QTableWidget *table);

// Turns in-place editing of `view` off, or back on with the edit triggers it
// had before (browsing, selecting and copying stay possible either way).
void setItemViewReadOnly(QAbstractItemView *view, bool readOnly);

// A table look shared by the structured editors.
void styleEditorTable(QTableWidget *table);

}  // namespace lintel
