#pragma once
// One editor per field kind, all behind the same small interface so forms
// are built generically from listFields<T>(). An editor shows a value in the
// QVariant conventions of model/document/fieldaccess.h and reports user
// edits; it never touches the model itself.
#include <QVariant>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace lintel {

class FieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldEditor(QWidget *parent = nullptr);

    // Shows `value` without emitting edited(). Editors being typed in keep
    // their cursor, so an undo or a change from elsewhere never throws the
    // user out of the field.
    virtual void setValue(const QVariant &value) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // The widget that receives keyboard input (focus, tests).
    virtual QWidget *inputWidget() const = 0;
    // Inline problem with the entered value, shown under it (empty: none).
    void setError(const QString &message);
    QString errorText() const;

signals:
    // `typing`: one of a run of keystrokes, which merge into one undo step;
    // otherwise a discrete choice that is its own undo step.
    void edited(const QVariant &value, bool typing);

protected:
    QVBoxLayout *m_layout;  // editors put their widgets here

private:
    QLabel *m_error = nullptr;
};

}  // namespace lintel
