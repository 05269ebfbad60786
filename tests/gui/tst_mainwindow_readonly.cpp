// An old revision on show (File → Revisions): nothing edits it, whatever the
// user tries, what is shown stays the model, and Save As gives an editable copy.
#include "model/index/lookup.h"
#include "tests/gui/tst_mainwindow.h"
#include "tests/gui/tst_mainwindow_input.h"

#include "app/gui/filesession.h"
#include "app/gui/revisionsdialog.h"
#include "app/gui/viewtabs.h"
#include "model/yaml/yamlio.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/palette.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/objecteditor.h"
#include "views/selectionmodel.h"

#include <QStatusBar>
#include <QtTest>

namespace {

// The action whose text is `text` (undo and redo add what they undo to it).
QAction *actionNamed(MainWindow *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == text || a->text().startsWith(text + u' '))
            return a;
    return nullptr;
}

bool saysReadOnly(MainWindow *window)
{
    return window->statusBar()->currentMessage().contains(QStringLiteral("read-only"));
}

}  // namespace

QString TestMainWindow::showFirstRevision()
{
    if (openFixture(m_window.get()).isEmpty())
        return {};
    const QString path = tempPath(QStringLiteral("history.lintel"));
    m_prompts.fileNames = {path};
    if (!m_window->files()->saveAs())
        return {};
    editSystemName(m_window.get(), QStringLiteral("Second revision"));
    if (!m_window->files()->save())
        return {};
    m_prompts.onDialog = [](QDialog &dialog) {
        dynamic_cast<RevisionsDialog &>(dialog).chooseRevision(1);
        return dialog.result();
    };
    m_window->showRevisions();
    return m_window->document()->isReadOnly() ? path : QString();
}

void TestMainWindow::revisionRefusesEveryEdit()
{
    QVERIFY(!showFirstRevision().isEmpty());
    const QByteArray shown = writeYaml(m_window->document()->model());
    QVERIFY(m_window->files()->isReadOnly());

    // What would edit is off: Delete, auto-layout, new view, undo, the palette.
    for (const QString &name : {QStringLiteral("&Delete"), QStringLiteral("Auto-&Layout"), QStringLiteral("&New View…"),
                                QStringLiteral("Add API &Contract"), QStringLiteral("&Undo")}) {
        QAction *action = actionNamed(m_window.get(), name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->isEnabled(), qPrintable(name));
    }
    QVERIFY(!m_window->findChild<canvas::PaletteWidget *>()->isEnabled());

    // Edits that still reach the document are refused, and the window says why.
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    canvas::CanvasView *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Delete);
    QVERIFY(saysReadOnly(m_window.get()));
    m_window->statusBar()->clearMessage();
    QTest::keyClick(canvas, Qt::Key_Right);  // nudge
    QVERIFY(saysReadOnly(m_window.get()));
    m_window->runAutoLayout();
    editSystemName(m_window.get(), QStringLiteral("Typed over history"));

    // The inspector shows the model again after a refused edit.
    FieldEditor *name = m_window->inspector()->currentEditor()->editor(QStringLiteral("name"));
    QVERIFY(testing::typeInto(name, QStringLiteral("Renamed in a revision")));
    QTRY_COMPARE(testing::lineEditOf(name)->text(),
                 findObject<Element>(m_window->document()->model(), QStringLiteral("orders"))->name);

    QCoreApplication::processEvents();
    QCOMPARE(QString::fromUtf8(writeYaml(m_window->document()->model())), QString::fromUtf8(shown));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void TestMainWindow::refusedDragShowsModelAgain()
{
    QVERIFY(!showFirstRevision().isEmpty());
    const QByteArray shown = writeYaml(m_window->document()->model());
    canvas::CanvasView *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setZoom(1);
    canvas::ElementItem *item = canvas->diagramScene()->elementItem(QStringLiteral("orders"));
    QVERIFY(item);
    const QPointF before = item->pos();
    canvas->centerOn(item);
    const QPointF grip = item->sceneBoundingRect().center();
    testing::dragOnCanvas(canvas, onCanvas(m_window.get(), grip), onCanvas(m_window.get(), grip + QPointF(150, 90)),
                          Qt::NoModifier);
    QVERIFY(saysReadOnly(m_window.get()));
    // The drag moved the item on screen; the refusal puts it back.
    QTRY_COMPARE(item->pos(), before);
    QCOMPARE(QString::fromUtf8(writeYaml(m_window->document()->model())), QString::fromUtf8(shown));
    QVERIFY(!m_window->isWindowModified());  // not even an empty undo step
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void TestMainWindow::saveAsMakesRevisionEditable()
{
    const QString history = showFirstRevision();
    QVERIFY(!history.isEmpty());
    const QString copy = tempPath(QStringLiteral("from-revision-1.lintel"));
    m_prompts.fileNames = {copy};
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(!m_window->document()->isReadOnly());
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(actionNamed(m_window.get(), QStringLiteral("&Delete"))->isEnabled());
    QVERIFY(m_window->findChild<canvas::PaletteWidget *>()->isEnabled());

    editSystemName(m_window.get(), QStringLiteral("Edited copy"));
    QCOMPARE(m_window->document()->model().system.name, QStringLiteral("Edited copy"));
    QVERIFY(actionNamed(m_window.get(), QStringLiteral("&Undo"))->isEnabled());
    QVERIFY(m_window->files()->save());
    QCOMPARE(m_window->document()->fileName(), QFileInfo(copy).absoluteFilePath());
    // The document the revision came from is untouched.
    QVERIFY(m_window->openFile(history));
    QCOMPARE(m_window->document()->model().system.name, QStringLiteral("Second revision"));
}

void TestMainWindow::unreadableRevisionIsToldThroughPrompts()
{
    const QString history = showFirstRevision();
    QVERIFY(!history.isEmpty());
    RevisionsDialog dialog(history, &m_prompts, m_window.get());
    QVERIFY(dialog.hasRevisions());
    dialog.chooseRevision(99);
    QCOMPARE(m_prompts.told.size(), 1);
    QVERIFY2(m_prompts.told.first().startsWith(QStringLiteral("Cannot open revision: Revision 99")),
             qPrintable(m_prompts.told.first()));
    QVERIFY(!dialog.chosenModel());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}
