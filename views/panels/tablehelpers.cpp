#include "views/panels/tablehelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QToolButton>
#include <algorithm>

namespace lintel {

ComboDelegate::ComboDelegate(QStringList values, QObject *parent)
    : QStyledItemDelegate(parent), m_values(std::move(values))
{
}

QWidget *ComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(m_values);
    return combo;
}

void ComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
}

void ComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText().trimmed(), Qt::EditRole);
}

QWidget *MultiLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    return edit;
}

void MultiLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QPlainTextEdit *>(editor)->setPlainText(index.data(Qt::EditRole).toString());
}

void MultiLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
}

void MultiLineDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    // Room for a few lines even when the row is one line high.
    QRect rect = option.rect;
    rect.setHeight(std::max(rect.height(), editor->fontMetrics().lineSpacing() * 4 + 10));
    editor->setGeometry(rect);
}

AddRemoveBar makeAddRemoveBar(QWidget *parent, const QString &addText, const QString &removeText)
{
    AddRemoveBar bar;
    bar.widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(bar.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    bar.add = new QToolButton(bar.widget);
    bar.add->setText(QStringLiteral("+ ") + addText);
    bar.add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar.add->setAutoRaise(true);
    bar.remove = new QToolButton(bar.widget);
    bar.remove->setText(QStringLiteral("− ") + removeText);
    bar.remove->setAutoRaise(true);
    bar.remove->setEnabled(false);
    layout->addWidget(bar.add);
    layout->addWidget(bar.remove);
    layout->addStretch(1);
    return bar;
}

void setItemViewReadOnly(QAbstractItemView *view, bool readOnly)
{
    // The triggers differ per table; remember them the first time editing
    // is turned off so turning it on again restores exactly those.
    static const char *const kSavedTriggers = "lintelEditTriggers";
    if (!view->property(kSavedTriggers).isValid())
        view->setProperty(kSavedTriggers, int(view->editTriggers()));
    view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::EditTriggers(view->property(kSavedTriggers).toInt()));
}

QList<int> selectedRowsDescending(const QTableWidget *table)
{
    QList<int> rows;
    for (const QTableWidgetSelectionRange &range : table->selectedRanges())
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            if (!rows.contains(row))
                rows << row;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    return rows;
}

void styleEditorTable(QTableWidget *table)
{
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

}  // namespace lintel
