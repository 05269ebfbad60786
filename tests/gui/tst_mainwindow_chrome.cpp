// The window around the model: the palette fits, About asks through
// Prompts, and Ctrl+Z in a text field undoes what the user expects.
#include "model/index/lookup.h"
#include "tests/gui/tst_mainwindow.h"
#include "tests/gui/tst_mainwindow_input.h"

#include "views/canvas/palette.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/objecteditor.h"
#include "views/selectionmodel.h"

#include <QtTest>

namespace {

QString ordersName(MainWindow *window)
{
    return findObject<Element>(window->document()->model(), QStringLiteral("orders"))->name;
}

}  // namespace

void TestMainWindow::paletteShowsEveryEntry()
{
    auto *palette = m_window->findChild<canvas::PaletteWidget *>();
    QVERIFY(palette);
    QCoreApplication::processEvents();
    QCOMPARE(palette->count(), 11);  // ten element kinds and the zone
    const QRect visible = palette->viewport()->rect();
    for (int row = 0; row < palette->count(); ++row) {
        const QRect entry = palette->visualItemRect(palette->item(row));
        QVERIFY2(visible.contains(entry), qPrintable(palette->item(row)->text()));
    }
}

void TestMainWindow::aboutGoesThroughPrompts()
{
    QAction *about = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("&About Lintel"))
            about = a;
    QVERIFY(about);
    about->trigger();
    QCOMPARE(m_prompts.told.size(), 1);
    QVERIFY2(m_prompts.told.first().startsWith(QStringLiteral("About Lintel: ")), qPrintable(m_prompts.told.first()));
    QVERIFY(m_prompts.told.first().contains(QCoreApplication::applicationVersion()));
}

void TestMainWindow::undoInTextFieldUndoesModel()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const QString original = ordersName(m_window.get());
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    FieldEditor *name = m_window->inspector()->currentEditor()->editor(QStringLiteral("name"));
    QVERIFY(testing::typeInto(name, QStringLiteral("Order intake")));
    QCOMPARE(ordersName(m_window.get()), QStringLiteral("Order intake"));
    QUndoStack *stack = m_window->document()->undoStack();
    const int typed = stack->index();

    // The field applied its text as it was typed: Ctrl+Z takes the model
    // back, and the field shows the model.
    QLineEdit *edit = testing::lineEditOf(name);
    QVERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), typed - 1);
    QCOMPARE(ordersName(m_window.get()), original);
    QCOMPARE(edit->text(), original);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ordersName(m_window.get()), QStringLiteral("Order intake"));
    QCOMPARE(edit->text(), QStringLiteral("Order intake"));
}

void TestMainWindow::undoInIdFieldUndoesTypingFirst()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    editSystemName(m_window.get(), QStringLiteral("An earlier edit"));
    QUndoStack *stack = m_window->document()->undoStack();
    const int before = stack->index();
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    FieldEditor *id = m_window->inspector()->currentEditor()->editor(QStringLiteral("id"));
    // An id applies only on Return: until then Ctrl+Z undoes the typing.
    QVERIFY(testing::typeInto(id, QStringLiteral("order-intake"), false));
    QLineEdit *edit = testing::lineEditOf(id);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit->text(), QStringLiteral("orders"));
    QCOMPARE(stack->index(), before);

    // Edit → Undo in the menu always undoes the model, focus or not.
    QVERIFY(testing::typeInto(id, QStringLiteral("order-intake"), false));
    QAction *undo = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text().startsWith(QStringLiteral("&Undo")))
            undo = a;
    QVERIFY(undo);
    undo->trigger();
    QCOMPARE(stack->index(), before - 1);
    QCOMPARE(m_window->document()->model().system.name, QStringLiteral("Shop"));
}
