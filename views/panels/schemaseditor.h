#pragma once
// The schemas of an API contract: a list of schema names on the left, the
// selected schema's fields (name, type) on the right. Every change is one
// edit of the whole "schemas" field (OrderedMap<OrderedMap<QString>>).
#include "model/types.h"
#include "views/panels/fieldeditor.h"

class QListWidget;
class QListWidgetItem;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace lintel {

using Schemas = OrderedMap<OrderedMap<QString>>;

class SchemasEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit SchemasEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;
    QListWidget *schemaList() const { return m_list; }
    QTableWidget *fieldTable() const { return m_fields; }

public slots:
    void addSchema();
    void removeSchema();
    void addField();
    void removeFields();

private:
    void rebuildList();
    void rebuildFields();
    void schemaRenamed(QListWidgetItem *item);
    void fieldEdited(QTableWidgetItem *item);
    void commit();
    int currentSchema() const;
    Schemas m_schemas;
    QListWidget *m_list;
    QTableWidget *m_fields;
    QToolButton *m_removeSchema, *m_addField, *m_removeField;
    QWidget *m_schemaButtons, *m_fieldButtons;  // off while read-only
    bool m_updating = false;
};

}  // namespace lintel
