#include "views/panels/basiceditors.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintel {

namespace {

// Replaces the text only when it differs and keeps the cursor where it was,
// clamped to the new length: the field being typed in must not jump.
void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(std::min(cursor, int(text.size())));
}

constexpr int kUnsetIndex = 0;

}  // namespace

// --- Text -------------------------------------------------------------------

TextFieldEditor::TextFieldEditor(QWidget *parent) : FieldEditor(parent), m_edit(new QLineEdit(this))
{
    m_layout->addWidget(m_edit);
    m_edit->setClearButtonEnabled(false);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) { emit edited(text, true); });
}

void TextFieldEditor::setValue(const QVariant &value) { setTextKeepingCursor(m_edit, value.toString()); }
void TextFieldEditor::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }
QWidget *TextFieldEditor::inputWidget() const { return m_edit; }
void TextFieldEditor::setPlaceholder(const QString &text) { m_edit->setPlaceholderText(text); }

// --- Id ---------------------------------------------------------------------

IdFieldEditor::IdFieldEditor(QWidget *parent) : TextFieldEditor(parent)
{
    // Replace the base class's per-keystroke edit with check-while-typing.
    disconnect(m_edit, &QLineEdit::textEdited, this, nullptr);
    connect(m_edit, &QLineEdit::textEdited, this, &IdFieldEditor::typed);
    connect(m_edit, &QLineEdit::editingFinished, this, &IdFieldEditor::commit);
    auto *revert = new QAction(m_edit);
    revert->setShortcut(Qt::Key_Escape);
    revert->setShortcutContext(Qt::WidgetShortcut);
    m_edit->addAction(revert);
    connect(revert, &QAction::triggered, this, [this] {
        m_edit->setText(m_current);
        setError({});
    });
    m_edit->setPlaceholderText(QStringLiteral("kebab-case, unique"));
}

void IdFieldEditor::setValue(const QVariant &value)
{
    m_current = value.toString();
    setTextKeepingCursor(m_edit, m_current);
    setError({});
}

void IdFieldEditor::commit()
{
    if (m_edit->text() != m_current)
        emit edited(m_edit->text(), false);
}

// --- Multi-line text ----------------------------------------------------------

MultiLineFieldEditor::MultiLineFieldEditor(QWidget *parent) : FieldEditor(parent), m_edit(new QPlainTextEdit(this))
{
    m_layout->addWidget(m_edit);
    m_edit->setTabChangesFocus(true);
    const int lineHeight = m_edit->fontMetrics().lineSpacing();
    m_edit->setMinimumHeight(lineHeight * 3 + 12);
    m_edit->setMaximumHeight(lineHeight * 7 + 12);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            emit edited(m_edit->toPlainText(), true);
    });
}

void MultiLineFieldEditor::setValue(const QVariant &value)
{
    const QString text = value.toString();
    if (m_edit->toPlainText() == text)
        return;
    m_updating = true;
    const int cursor = m_edit->textCursor().position();
    m_edit->setPlainText(text);
    QTextCursor restored = m_edit->textCursor();
    restored.setPosition(std::min(cursor, int(text.size())));
    m_edit->setTextCursor(restored);
    m_updating = false;
}

void MultiLineFieldEditor::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }
QWidget *MultiLineFieldEditor::inputWidget() const { return m_edit; }

// --- Choices: bool and enum ---------------------------------------------------

ComboFieldEditor::ComboFieldEditor(QWidget *parent) : FieldEditor(parent), m_combo(new QComboBox(this))
{
    m_layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) { emit edited(m_combo->itemData(index), false); });
}

void ComboFieldEditor::setReadOnly(bool readOnly) { m_combo->setEnabled(!readOnly); }
QWidget *ComboFieldEditor::inputWidget() const { return m_combo; }

BoolFieldEditor::BoolFieldEditor(QWidget *parent) : ComboFieldEditor(parent)
{
    m_combo->addItem(QStringLiteral("(not set)"), QVariant());
    m_combo->addItem(QStringLiteral("yes"), true);
    m_combo->addItem(QStringLiteral("no"), false);
}

void BoolFieldEditor::setValue(const QVariant &value)
{
    m_combo->setCurrentIndex(!value.isValid() ? kUnsetIndex : value.toBool() ? 1 : 2);
}

EnumFieldEditor::EnumFieldEditor(const QStringList &values, bool optional, QWidget *parent)
    : ComboFieldEditor(parent)
{
    if (optional)
        m_combo->addItem(QStringLiteral("(not set)"), QString());
    for (const QString &v : values)
        m_combo->addItem(v, v);
}

void EnumFieldEditor::setValue(const QVariant &value)
{
    m_combo->setCurrentIndex(m_combo->findData(value.toString()));
}

// --- Integer ------------------------------------------------------------------

IntegerFieldEditor::IntegerFieldEditor(QWidget *parent) : FieldEditor(parent), m_spin(new QSpinBox(this))
{
    m_layout->addWidget(m_spin);
    // The value below every real one stands for "not set".
    m_spin->setRange(-1, 1000000);
    m_spin->setSpecialValueText(QStringLiteral("(not set)"));
    m_spin->setAlignment(Qt::AlignLeft);
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_updating)
            emit edited(v < 0 ? QVariant() : QVariant(v), true);
    });
}

void IntegerFieldEditor::setValue(const QVariant &value)
{
    const int v = value.isValid() ? value.toInt() : -1;
    if (m_spin->value() == v)
        return;
    m_updating = true;
    m_spin->setValue(v);
    m_updating = false;
}

void IntegerFieldEditor::setReadOnly(bool readOnly) { m_spin->setReadOnly(readOnly); }
QWidget *IntegerFieldEditor::inputWidget() const { return m_spin; }

// --- Date ---------------------------------------------------------------------

namespace {
const QDate kUnsetDate(1900, 1, 1);
}

DateFieldEditor::DateFieldEditor(QWidget *parent)
    : FieldEditor(parent), m_date(new QDateEdit(this)), m_buttons(new QWidget(this))
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    m_layout->addLayout(row);
    row->addWidget(m_date, 1);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kUnsetDate);
    m_date->setSpecialValueText(QStringLiteral("(not set)"));
    m_date->setDate(kUnsetDate);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    auto *today = new QToolButton(m_buttons);
    today->setText(QStringLiteral("Today"));
    today->setToolTip(QStringLiteral("Set to today's date"));
    auto *clear = new QToolButton(m_buttons);
    clear->setText(QStringLiteral("✕"));
    clear->setToolTip(QStringLiteral("Clear the date"));
    buttons->addWidget(today);
    buttons->addWidget(clear);
    row->addWidget(m_buttons);

    connect(today, &QToolButton::clicked, this, [this] {
        m_updating = true;
        m_date->setDate(QDate::currentDate());
        m_updating = false;
        emitDate(false);
    });
    connect(clear, &QToolButton::clicked, this, [this] {
        m_updating = true;
        m_date->setDate(kUnsetDate);
        m_updating = false;
        emitDate(false);
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating)
            emitDate(true);
    });
}

void DateFieldEditor::emitDate(bool typing)
{
    const QDate d = m_date->date();
    emit edited(d == kUnsetDate ? QString() : d.toString(Qt::ISODate), typing);
}

void DateFieldEditor::setValue(const QVariant &value)
{
    const QString text = value.toString();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    // A hand-written value that is not a date is shown, not silently lost.
    setError(!text.isEmpty() && !parsed.isValid()
                 ? QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(text)
                 : QString());
    const QDate shown = parsed.isValid() ? parsed : kUnsetDate;
    if (m_date->date() == shown)
        return;
    m_updating = true;
    m_date->setDate(shown);
    m_updating = false;
}

void DateFieldEditor::setReadOnly(bool readOnly)
{
    m_date->setReadOnly(readOnly);
    m_buttons->setVisible(!readOnly);
}

QWidget *DateFieldEditor::inputWidget() const { return m_date; }

}  // namespace lintel
