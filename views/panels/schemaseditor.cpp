#include "views/panels/schemaseditor.h"

#include "views/panels/tablehelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintel {

namespace {

template <class T> QString uniqueKey(const OrderedMap<T> &map, const QString &base)
{
    QString key = base;
    for (int n = 2; findIn(map, key); ++n)
        key = base + QString::number(n);
    return key;
}

}  // namespace

SchemasEditor::SchemasEditor(QWidget *parent)
    : FieldEditor(parent), m_list(new QListWidget(this)), m_fields(new QTableWidget(this))
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(row, 1);

    auto *left = new QVBoxLayout;
    m_list->setObjectName(QStringLiteral("schemaList"));
    m_list->setMaximumWidth(180);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    left->addWidget(m_list, 1);
    const AddRemoveBar schemaBar = makeAddRemoveBar(this, QStringLiteral("Schema"), QStringLiteral("Remove"));
    m_removeSchema = schemaBar.remove;
    m_schemaButtons = schemaBar.widget;
    left->addWidget(schemaBar.widget);
    row->addLayout(left);

    auto *right = new QVBoxLayout;
    m_fields->setObjectName(QStringLiteral("schemaFields"));
    m_fields->setColumnCount(2);
    m_fields->setHorizontalHeaderLabels({QStringLiteral("Field"), QStringLiteral("Type")});
    styleEditorTable(m_fields);
    m_fields->setColumnWidth(0, 160);
    m_fields->setMinimumHeight(140);
    right->addWidget(m_fields, 1);
    const AddRemoveBar fieldBar = makeAddRemoveBar(this, QStringLiteral("Field"), QStringLiteral("Remove"));
    m_addField = fieldBar.add;
    m_removeField = fieldBar.remove;
    m_fieldButtons = fieldBar.widget;
    right->addWidget(fieldBar.widget);
    row->addLayout(right, 1);

    connect(schemaBar.add, &QToolButton::clicked, this, &SchemasEditor::addSchema);
    connect(m_removeSchema, &QToolButton::clicked, this, &SchemasEditor::removeSchema);
    connect(m_addField, &QToolButton::clicked, this, &SchemasEditor::addField);
    connect(m_removeField, &QToolButton::clicked, this, &SchemasEditor::removeFields);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating)
            rebuildFields();
    });
    connect(m_list, &QListWidget::itemChanged, this, &SchemasEditor::schemaRenamed);
    connect(m_fields, &QTableWidget::itemChanged, this, &SchemasEditor::fieldEdited);
    connect(m_fields, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeField->setEnabled(!m_fields->selectedRanges().isEmpty()); });
    rebuildFields();
}

int SchemasEditor::currentSchema() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_schemas.size()) ? row : -1;
}

void SchemasEditor::setValue(const QVariant &value)
{
    Schemas schemas = value.value<Schemas>();
    if (schemas == m_schemas && m_list->count() == int(schemas.size()))
        return;
    m_schemas = std::move(schemas);
    rebuildList();
}

void SchemasEditor::rebuildList()
{
    m_updating = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const auto &entry : m_schemas) {
        auto *item = new QListWidgetItem(entry.first, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(QStringLiteral("%1 fields").arg(entry.second.size()));
    }
    if (!m_schemas.empty())
        m_list->setCurrentRow(std::clamp(row, 0, int(m_schemas.size()) - 1));
    m_updating = false;
    rebuildFields();
}

void SchemasEditor::rebuildFields()
{
    m_updating = true;
    const int schema = currentSchema();
    const int row = m_fields->currentRow(), column = m_fields->currentColumn();
    const OrderedMap<QString> empty;
    const OrderedMap<QString> &fields = schema < 0 ? empty : m_schemas[std::size_t(schema)].second;
    m_fields->setRowCount(int(fields.size()));
    for (int r = 0; r < int(fields.size()); ++r) {
        m_fields->setItem(r, 0, new QTableWidgetItem(fields[std::size_t(r)].first));
        m_fields->setItem(r, 1, new QTableWidgetItem(fields[std::size_t(r)].second));
    }
    if (row >= 0 && row < m_fields->rowCount())
        m_fields->setCurrentCell(row, column);
    m_removeSchema->setEnabled(schema >= 0);
    m_addField->setEnabled(schema >= 0);
    m_updating = false;
}

void SchemasEditor::schemaRenamed(QListWidgetItem *item)
{
    const int row = m_list->row(item);
    if (m_updating || row < 0 || row >= int(m_schemas.size()))
        return;
    const QString name = item->text().trimmed();
    if (name.isEmpty() || name == m_schemas[std::size_t(row)].first || findIn(m_schemas, name)) {
        rebuildList();  // refuse empty or duplicate names: keys must stay unique
        return;
    }
    m_schemas[std::size_t(row)].first = name;
    commit();
}

void SchemasEditor::fieldEdited(QTableWidgetItem *item)
{
    const int schema = currentSchema();
    if (m_updating || schema < 0)
        return;
    OrderedMap<QString> &fields = m_schemas[std::size_t(schema)].second;
    if (item->row() >= int(fields.size()))
        return;
    auto &field = fields[std::size_t(item->row())];
    const QString text = item->text().trimmed();
    if (item->column() == 0) {
        if (text.isEmpty() || (text != field.first && findIn(fields, text))) {
            rebuildFields();
            return;
        }
        field.first = text;
    } else {
        field.second = text;
    }
    commit();
}

void SchemasEditor::addSchema()
{
    const QString name = uniqueKey(m_schemas, QStringLiteral("NewSchema"));
    m_schemas.emplace_back(name, OrderedMap<QString>{{QStringLiteral("id"), QStringLiteral("string")}});
    rebuildList();
    m_list->setCurrentRow(int(m_schemas.size()) - 1);
    commit();
    m_list->editItem(m_list->currentItem());
}

void SchemasEditor::removeSchema()
{
    const int schema = currentSchema();
    if (schema < 0)
        return;
    m_schemas.erase(m_schemas.begin() + schema);
    rebuildList();
    commit();
}

void SchemasEditor::addField()
{
    const int schema = currentSchema();
    if (schema < 0)
        return;
    auto &fields = m_schemas[std::size_t(schema)].second;
    fields.emplace_back(uniqueKey(fields, QStringLiteral("field")), QStringLiteral("string"));
    rebuildFields();
    commit();
    const int row = int(fields.size()) - 1;
    m_fields->setCurrentCell(row, 0);
    m_fields->editItem(m_fields->item(row, 0));
}

void SchemasEditor::removeFields()
{
    const int schema = currentSchema();
    if (schema < 0)
        return;
    auto &fields = m_schemas[std::size_t(schema)].second;
    for (int row : selectedRowsDescending(m_fields))
        if (row < int(fields.size()))
            fields.erase(fields.begin() + row);
    rebuildFields();
    commit();
}

void SchemasEditor::commit() { emit edited(QVariant::fromValue(m_schemas), false); }

void SchemasEditor::setReadOnly(bool readOnly)
{
    setItemViewReadOnly(m_list, readOnly);
    setItemViewReadOnly(m_fields, readOnly);
    m_schemaButtons->setEnabled(!readOnly);
    m_fieldButtons->setEnabled(!readOnly);
}

QWidget *SchemasEditor::inputWidget() const { return m_list; }

}  // namespace lintel
