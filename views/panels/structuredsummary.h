#pragma once
// Stands in for a structured field (operations, schemas, options, positions)
// where there is no room for its table, e.g. in the narrow inspector: a
// one-line summary and, when a dedicated editor exists, a button to open it.
#include "views/panels/fieldeditor.h"

class QLabel;
class QPushButton;

namespace lintel {

class StructuredSummary : public FieldEditor {
    Q_OBJECT
public:
    StructuredSummary(const QString &path, bool editable, QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool) override {}
    QWidget *inputWidget() const override;
    QString summary() const;

    static QString summarize(const QVariant &value);

signals:
    void openRequested();

private:
    QLabel *m_summary;
    QPushButton *m_open = nullptr;
};

}  // namespace lintel
