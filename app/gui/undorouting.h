#pragma once
// Which history Ctrl+Z and Ctrl+Shift+Z undo while the keyboard focus is in
// a text field of the editor window (the inspector, the panels' editors).
//
// The choice: the document's, unless the field holds text it has not
// applied to the model yet. Most fields apply as you type (keystrokes merge
// into one model edit), so their text is always applied: the document's
// undo takes the model back and the field follows it. That keeps one history
// and never leaves a field showing what the model does not hold, which is
// what Qt's own field undo would do. A field that applies only on Return
// (an object's id, checked first) keeps its own undo while its text differs
// from what it last applied, as in most desktop tools; Escape reverts it too.
// Edit → Undo in the menu always undoes the document.
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace lintel {

class Document;

class UndoRouter : public QObject {
    Q_OBJECT
public:
    // Watches keyboard focus in `window` (and its docks) for `document`.
    UndoRouter(Document *document, QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QPointer<QWidget> m_field;  // the text field that has focus, if any
    QString m_applied;          // its text when it last matched the model
};

}  // namespace lintel
