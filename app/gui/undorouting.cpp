#include "app/gui/undorouting.h"

#include "model/document/document.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <optional>

namespace lintel {

namespace {

// The text of a widget that has its own undo, or nullopt for any other.
std::optional<QString> fieldText(const QObject *object)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(object))
        return edit->text();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(object))
        return edit->toPlainText();
    if (const auto *edit = qobject_cast<const QTextEdit *>(object))
        return edit->toPlainText();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(object))
        return spin->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(object); combo && combo->lineEdit())
        return combo->lineEdit()->text();
    return std::nullopt;
}

bool isUndoOrRedo(const QKeyEvent *key)
{
    const QKeySequence pressed(key->keyCombination());
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
        || pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}

}  // namespace

UndoRouter::UndoRouter(Document *document, QWidget *window) : QObject(window), m_window(window)
{
    // Focus and shortcut events go to the focused widget, anywhere in the
    // window: one filter on the application sees them all.
    qApp->installEventFilter(this);
    connect(document, &Document::contentChanged, this, [this] {
        if (m_field)
            m_applied = fieldText(m_field).value_or(QString());
    });
}

bool UndoRouter::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    if (event->type() == QEvent::FocusIn) {
        if (const std::optional<QString> text = fieldText(widget)) {
            m_field = widget;
            m_applied = *text;
        }
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride || !isUndoOrRedo(static_cast<QKeyEvent *>(event)))
        return false;
    const std::optional<QString> text = fieldText(widget);
    if (!text)
        return false;
    if (widget == m_field && *text != m_applied)
        return false;  // un-applied text: the field undoes its own typing
    // Not overridden: the shortcut goes on to the window's Edit → Undo/Redo.
    event->ignore();
    return true;
}

}  // namespace lintel
