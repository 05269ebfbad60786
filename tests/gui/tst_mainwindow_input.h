#pragma once
// Driving the editor window's widgets the way a user does: drags on the
// canvas and typing into inspector fields. Shared by the tst_mainwindow files.
#include "views/canvas/canvasview.h"
#include "views/panels/fieldeditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QtTest>

namespace lintel::testing {

inline void dragOnCanvas(canvas::CanvasView *canvas, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = canvas->viewport();
    QTest::mouseMove(viewport, from);
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

// The line edit of a text or editable-combo field, or nullptr.
inline QLineEdit *lineEditOf(FieldEditor *editor)
{
    auto *edit = qobject_cast<QLineEdit *>(editor ? editor->inputWidget() : nullptr);
    if (auto *combo = qobject_cast<QComboBox *>(editor ? editor->inputWidget() : nullptr))
        edit = combo->lineEdit();
    return edit;
}

// Replaces the field's text by typing; Return applies it when `apply`.
inline bool typeInto(FieldEditor *editor, const QString &text, bool apply = true)
{
    QLineEdit *edit = lineEditOf(editor);
    if (!edit)
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    if (apply)
        QTest::keyClick(edit, Qt::Key_Return);
    return true;
}

}  // namespace lintel::testing
