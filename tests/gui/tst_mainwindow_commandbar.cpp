// Keyboard first (issue 11): the command bar, adding next to the selection
// with the name typed in place, F2, Ctrl+D, Tab through the canvas, and the
// find box handing the keyboard back to the canvas.
#include "tests/gui/tst_mainwindow.h"
#include "model/index/lookup.h"

#include "app/gui/findbar.h"
#include "app/gui/viewtabs.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/inlinenameeditor.h"
#include "views/commandbar/commandbar.h"
#include "views/selectionmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QtTest>

using lintel::canvas::InlineNameEditor;

namespace {

QAction *addMenuAction(MainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions())
        if (menu->text() == QStringLiteral("&Add"))
            for (QAction *a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

// True when the body of `id` overlaps no other element's body.
bool standsAlone(canvas::DiagramScene *scene, const QString &id)
{
    const canvas::ElementItem *item = scene->elementItem(id);
    if (!item)
        return false;
    const QRectF body(item->pos() - QPointF(canvas::kElementSize.width() / 2, canvas::kElementSize.height() / 2),
                      canvas::kElementSize);
    for (QGraphicsItem *other : scene->items()) {
        if (other == item || other->type() != canvas::ElementItem::Type)
            continue;
        const QRectF otherBody(other->pos() - QPointF(canvas::kElementSize.width() / 2, canvas::kElementSize.height() / 2),
                               canvas::kElementSize);
        if (otherBody.intersects(body))
            return false;
    }
    return true;
}

}  // namespace

void TestMainWindow::commandBarAddsElementInOneStep()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setFocus();
    const int steps = m_window->document()->undoStack()->count();
    QTest::keyClick(canvas, Qt::Key_K, Qt::ControlModifier);
    CommandBar *bar = m_window->commandBar();
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->edit()->hasFocus());
    QTest::keyClicks(bar->edit(), QStringLiteral("service Video consultation in Internal"));
    QVERIFY2(bar->message().contains(QStringLiteral("video-consultation")), qPrintable(bar->message()));
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    QVERIFY(!bar->isVisible());
    const Element *added = findObject<Element>(m_window->document()->model(), QStringLiteral("video-consultation"));
    QVERIFY(added);
    QCOMPARE(added->zone, QStringLiteral("internal"));
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("video-consultation")}));
    QVERIFY(standsAlone(canvas->diagramScene(), QStringLiteral("video-consultation")));
    QTRY_VERIFY(canvas->hasFocus());

    // A flow sentence by names, then undo takes back exactly that.
    QTest::keyClick(canvas, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(bar->edit(), QStringLiteral("Video consultation -> orders grpcs"));
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    const Flow *flow = findObject<Flow>(m_window->document()->model(), QStringLiteral("video-consultation-to-orders"));
    QVERIFY(flow);
    QCOMPARE(flow->protocol, QStringLiteral("grpcs"));
    m_window->document()->undoStack()->undo();
    QVERIFY(!findObject<Flow>(m_window->document()->model(), QStringLiteral("video-consultation-to-orders")));
    QVERIFY(findObject<Element>(m_window->document()->model(), QStringLiteral("video-consultation")));
}

void TestMainWindow::commandBarSaysWhatIsWrong()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const Model before = m_window->document()->model();
    m_window->openCommandBar({});
    CommandBar *bar = m_window->commandBar();
    QTest::keyClicks(bar->edit(), QStringLiteral("ordrs -> worker"));
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->message(), QStringLiteral("no element called 'ordrs' — did you mean orders?"));
    QVERIFY(m_window->document()->model() == before);
    QTest::keyClick(bar->edit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_window->document()->model() == before);
}

void TestMainWindow::commandBarCompletes()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    m_window->openCommandBar({});
    CommandBar *bar = m_window->commandBar();
    QTest::keyClicks(bar->edit(), QStringLiteral("service Audit in Data t"));
    QListWidget *list = bar->completionList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->item(0)->text(), QStringLiteral("service Audit in Data tier"));
    QTest::keyClick(bar->edit(), Qt::Key_Tab);
    QCOMPARE(bar->edit()->text(), QStringLiteral("service Audit in Data tier"));
    QVERIFY(bar->edit()->hasFocus());
}

void TestMainWindow::typingOnCanvasStartsSentence()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Q);
    CommandBar *bar = m_window->commandBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->edit()->text(), QStringLiteral("q"));
    QTRY_VERIFY(bar->edit()->hasFocus());
}

void TestMainWindow::addMenuPlacesNextToSelectionAndNamesInPlace()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *canvas = m_window->viewTabs()->currentCanvas();
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    const int steps = m_window->document()->undoStack()->count();
    QAction *addService = addMenuAction(m_window.get(), QStringLiteral("Service"));
    QVERIFY(addService);
    addService->trigger();
    const QString id = QStringLiteral("new-service");
    const Element *added = findObject<Element>(m_window->document()->model(), id);
    QVERIFY(added);
    QCOMPARE(added->zone, QStringLiteral("internal"));  // the selection's zone
    QVERIFY(standsAlone(canvas->diagramScene(), id));
    const QPointF orders = canvas->diagramScene()->elementItem(QStringLiteral("orders"))->pos();
    const QPointF placed = canvas->diagramScene()->elementItem(id)->pos();
    QVERIFY2(QLineF(orders, placed).length() < 400, "placed next to the selection");
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, id}));

    InlineNameEditor *editor = InlineNameEditor::current(canvas);
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(editor->selectedText(), QStringLiteral("New service"));
    QTest::keyClicks(editor, QStringLiteral("Billing"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(findObject<Element>(m_window->document()->model(), QStringLiteral("billing")));
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 2);
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("billing")}));
    QTRY_VERIFY(canvas->hasFocus());
    m_window->document()->undoStack()->undo();
    QCOMPARE(findObject<Element>(m_window->document()->model(), id)->name, QStringLiteral("New service"));
}

void TestMainWindow::f2NamesInPlaceAndEscapeCancels()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    auto *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setFocus();
    const int steps = m_window->document()->undoStack()->count();
    QTest::keyClick(canvas, Qt::Key_F2);
    InlineNameEditor *editor = InlineNameEditor::current(canvas);
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(editor->selectedText(), QStringLiteral("Orders"));
    QTest::keyClicks(editor, QStringLiteral("Something else"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QCOMPARE(findObject<Element>(m_window->document()->model(), QStringLiteral("orders"))->name, QStringLiteral("Orders"));
    QTRY_VERIFY(canvas->hasFocus());

    // Enter: name and id in one step; the flow ids derived from it follow.
    QTest::keyClick(canvas, Qt::Key_F2);
    editor = InlineNameEditor::current(canvas);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Order intake"));
    QTest::keyClick(editor, Qt::Key_Return);
    const Model &m = m_window->document()->model();
    QVERIFY(findObject<Element>(m, QStringLiteral("order-intake")));
    QVERIFY(findObject<Flow>(m, QStringLiteral("gateway-to-order-intake")));
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
}

void TestMainWindow::duplicateCopiesSelection()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *canvas = m_window->viewTabs()->currentCanvas();
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    canvas->setFocus();
    const int steps = m_window->document()->undoStack()->count();
    QTest::keyClick(canvas, Qt::Key_D, Qt::ControlModifier);
    const Element *copy = findObject<Element>(m_window->document()->model(), QStringLiteral("orders-copy"));
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("Orders copy"));
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("orders-copy")}));
    QVERIFY(standsAlone(canvas->diagramScene(), QStringLiteral("orders-copy")));
}

void TestMainWindow::tabCyclesSelectionOnCanvas()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setFocus();
    const auto current = [this] { return m_window->selection()->current().id; };
    QTest::keyClick(canvas, Qt::Key_Tab);
    QCOMPARE(current(), QStringLiteral("customer"));  // top left first
    QTest::keyClick(canvas, Qt::Key_Tab);
    QCOMPARE(current(), QStringLiteral("web"));
    QTest::keyClick(canvas, Qt::Key_Tab);
    QCOMPARE(current(), QStringLiteral("gateway"));
    QTest::keyClick(canvas, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(current(), QStringLiteral("web"));
    QVERIFY(canvas->hasFocus());
}

void TestMainWindow::findEnterThenEscapeActsOnCanvas()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *find = m_window->findChild<FindBar *>();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("fulfil"));  // part of "Fulfilment worker"
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("worker")}));
    if (find->completer()->popup()->isVisible())
        QTest::keyClick(find->completer()->popup(), Qt::Key_Escape);
    QTest::keyClick(find, Qt::Key_Escape);
    auto *canvas = m_window->viewTabs()->currentCanvas();
    QTRY_VERIFY(canvas->hasFocus());
    QTest::keyClick(canvas, Qt::Key_Delete);
    QVERIFY(!findObject<Element>(m_window->document()->model(), QStringLiteral("worker")));
    // By id when no name fits.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(find, QStringLiteral("order-d"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("order-db")}));
}
