#include "views/panels/optionseditor.h"

#include "views/panels/tablehelpers.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintel {

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        // "- fast" and "• fast" are how people type lists; keep the point only.
        QString item = line.trimmed();
        if (item.startsWith(u'-') || item.startsWith(u'•') || item.startsWith(u'*'))
            item = item.mid(1).trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

}  // namespace

DecisionOptionsEditor::DecisionOptionsEditor(QWidget *parent) : FieldEditor(parent), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("optionsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({QStringLiteral("Option"), QStringLiteral("Pros"), QStringLiteral("Cons")});
    m_table->horizontalHeaderItem(Pros)->setToolTip(QStringLiteral("One per line"));
    m_table->horizontalHeaderItem(Cons)->setToolTip(QStringLiteral("One per line"));
    styleEditorTable(m_table);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(Pros, new MultiLineDelegate(m_table));
    m_table->setItemDelegateForColumn(Cons, new MultiLineDelegate(m_table));
    m_table->setMinimumHeight(120);
    m_layout->addWidget(m_table, 1);

    const AddRemoveBar bar = makeAddRemoveBar(this, QStringLiteral("Option"), QStringLiteral("Remove"));
    m_remove = bar.remove;
    m_buttons = bar.widget;
    m_layout->addWidget(bar.widget);
    connect(bar.add, &QToolButton::clicked, this, &DecisionOptionsEditor::addOption);
    connect(bar.remove, &QToolButton::clicked, this, &DecisionOptionsEditor::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedRanges().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, &DecisionOptionsEditor::cellEdited);
}

void DecisionOptionsEditor::setValue(const QVariant &value)
{
    auto options = value.value<std::vector<DecisionOption>>();
    if (options == m_options && m_table->rowCount() == int(options.size()))
        return;
    m_options = std::move(options);
    rebuild();
}

void DecisionOptionsEditor::rebuild()
{
    m_updating = true;
    m_table->setRowCount(int(m_options.size()));
    for (int r = 0; r < int(m_options.size()); ++r) {
        const DecisionOption &option = m_options[std::size_t(r)];
        const QString texts[] = {option.name, option.pros.join(u'\n'), option.cons.join(u'\n')};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = m_table->item(r, c);
            if (!item)
                m_table->setItem(r, c, item = new QTableWidgetItem);
            item->setText(texts[c]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        }
    }
    m_updating = false;
}

void DecisionOptionsEditor::cellEdited(QTableWidgetItem *item)
{
    if (m_updating || item->row() >= int(m_options.size()))
        return;
    DecisionOption &option = m_options[std::size_t(item->row())];
    switch (item->column()) {
    case Name:
        if (item->text().trimmed().isEmpty()) {  // a name is required
            rebuild();
            return;
        }
        option.name = item->text().trimmed();
        break;
    case Pros: option.pros = lines(item->text()); break;
    case Cons: option.cons = lines(item->text()); break;
    default: return;
    }
    commit();
    rebuild();
}

void DecisionOptionsEditor::addOption()
{
    DecisionOption option;
    option.name = QStringLiteral("Option %1").arg(m_options.size() + 1);
    m_options.push_back(option);
    rebuild();
    commit();
    const int row = int(m_options.size()) - 1;
    m_table->setCurrentCell(row, Name);
    m_table->editItem(m_table->item(row, Name));
}

void DecisionOptionsEditor::removeSelected()
{
    const QList<int> rows = selectedRowsDescending(m_table);
    if (rows.isEmpty())
        return;
    for (int row : rows)
        if (row < int(m_options.size()))
            m_options.erase(m_options.begin() + row);
    rebuild();
    commit();
}

void DecisionOptionsEditor::commit() { emit edited(QVariant::fromValue(m_options), false); }

void DecisionOptionsEditor::setReadOnly(bool readOnly)
{
    setItemViewReadOnly(m_table, readOnly);
    m_buttons->setEnabled(!readOnly);
}

QWidget *DecisionOptionsEditor::inputWidget() const { return m_table; }

}  // namespace lintel
