#pragma once
// The options a decision considered: name, pros and cons (one per line).
// Each change is one edit of the decision's "options" field.
#include "model/types.h"
#include "views/panels/fieldeditor.h"

class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace lintel {

class DecisionOptionsEditor : public FieldEditor {
    Q_OBJECT
public:
    enum Column { Name, Pros, Cons, ColumnCount };

    explicit DecisionOptionsEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;
    QTableWidget *table() const { return m_table; }

public slots:
    void addOption();
    void removeSelected();

private:
    void rebuild();
    void cellEdited(QTableWidgetItem *item);
    void commit();
    std::vector<DecisionOption> m_options;
    QTableWidget *m_table;
    QToolButton *m_remove;
    QWidget *m_buttons;  // add and remove, off while read-only
    bool m_updating = false;
};

}  // namespace lintel
