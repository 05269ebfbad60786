#pragma once
// Editors for the scalar field kinds: text, multi-line text, the object's
// own id, tri-state bool, optional integer, enum and date.
#include "views/panels/fieldeditor.h"

#include <QStringList>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lintel {

// Single-line text; every keystroke is an edit (merged into one undo step).
class TextFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit TextFieldEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;
    void setPlaceholder(const QString &text);

protected:
    QLineEdit *m_edit;
};

// The object's id: checked while typing, applied on Enter or leaving the
// field (a rename rewrites references, so not on every key); Escape reverts.
class IdFieldEditor : public TextFieldEditor {
    Q_OBJECT
public:
    explicit IdFieldEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;

signals:
    void typed(const QString &text);

private:
    void commit();
    QString m_current;
};

class MultiLineFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit MultiLineFieldEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;

private:
    QPlainTextEdit *m_edit;
    bool m_updating = false;
};

// A fixed list of choices in a combo box; picking one is a discrete edit
// whose value is the item's data. Read-only disables the combo, which has no
// read-only mode of its own.
class ComboFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;

protected:
    explicit ComboFieldEditor(QWidget *parent);
    QComboBox *m_combo;
};

// Unset / yes / no: most booleans in a workshop start as "nobody knows".
class BoolFieldEditor : public ComboFieldEditor {
    Q_OBJECT
public:
    explicit BoolFieldEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
};

class IntegerFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit IntegerFieldEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;

private:
    QSpinBox *m_spin;
    bool m_updating = false;
};

class EnumFieldEditor : public ComboFieldEditor {
    Q_OBJECT
public:
    EnumFieldEditor(const QStringList &values, bool optional, QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
};

// YYYY-MM-DD with a calendar; the earliest date stands for "not set".
class DateFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit DateFieldEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QWidget *inputWidget() const override;

private:
    void emitDate(bool typing);
    QDateEdit *m_date;
    QWidget *m_buttons;
    bool m_updating = false;
};

}  // namespace lintel
