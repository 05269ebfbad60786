#pragma once
// The operations of an API contract as a table: id, method, path, summary,
// request schema, responses ("200: Order, 404") and idempotent. Each cell
// edit, added or removed row is one edit of the whole "operations" field
// (QVariant of std::vector<ApiOperation>), so undo works row by row.
#include "model/types.h"
#include "views/panels/fieldeditor.h"

class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace lintel {

class OperationsEditor : public FieldEditor {
    Q_OBJECT
public:
    enum Column { Id, Method, Path, Summary, Request, Responses, Idempotent, ColumnCount };

    explicit OperationsEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;
    QTableWidget *table() const { return m_table; }

    static QString formatResponses(const OrderedMap<QString> &responses);
    static OrderedMap<QString> parseResponses(const QString &text);

public slots:
    void addOperation();
    void removeSelected();

private:
    void rebuild();
    void cellEdited(QTableWidgetItem *item);
    void commit();
    std::vector<ApiOperation> m_operations;  // as last shown or sent
    QTableWidget *m_table;
    QToolButton *m_remove;
    QWidget *m_buttons;  // add and remove, off while read-only
    bool m_updating = false;
};

}  // namespace lintel
