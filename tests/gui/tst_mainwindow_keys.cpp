// The standard keys and a still screen: Undo/Redo/Save As/F2 are bound
// explicitly, Delete says what went with it, moves save whole numbers, the
// wheel edits nothing it passes over, and the chrome does not move about.
#include "model/index/lookup.h"
#include "tests/gui/tst_mainwindow.h"
#include "tests/gui/tst_mainwindow_input.h"
#include "tests/gui/tst_wheel_input.h"

#include "app/gui/viewtabs.h"
#include "model/document/commands.h"
#include "model/yaml/yamlio.h"
#include "views/canvas/canvasview.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/objecteditor.h"
#include "views/panels/problemspanel.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>
#include <cmath>

namespace {

QAction *actionNamed(MainWindow *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text().startsWith(text))
            return a;
    return nullptr;
}

const View &mainView(MainWindow *window) { return window->document()->model().views.front(); }

bool isWhole(double v) { return v == std::round(v); }

}  // namespace

void TestMainWindow::standardShortcutsAreBound()
{
    QAction *undo = actionNamed(m_window.get(), QStringLiteral("&Undo"));
    QAction *redo = actionNamed(m_window.get(), QStringLiteral("&Redo"));
    QAction *saveAs = actionNamed(m_window.get(), QStringLiteral("Save &As"));
    QAction *rename = actionNamed(m_window.get(), QStringLiteral("Re&name"));
    QVERIFY(undo && redo && saveAs && rename);
    QVERIFY(undo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Z"))));
    QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
    QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Y"))));
    QVERIFY(saveAs->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+S"))));
    QVERIFY(rename->shortcuts().contains(QKeySequence(Qt::Key_F2)));
    // Two window shortcuts on one key make Qt call both ambiguous and run
    // neither ("Ambiguous shortcut overload"): every key is bound once.
    QHash<QKeySequence, QString> owner;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &key : a->shortcuts()) {
            QVERIFY2(!owner.contains(key), qPrintable(QStringLiteral("%1 is bound to both %2 and %3")
                                                          .arg(key.toString(), owner.value(key), a->text())));
            owner.insert(key, a->text());
        }
    }
}

void TestMainWindow::redoKeysWorkOnCanvas()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    editSystemName(m_window.get(), QStringLiteral("Renamed"));
    auto *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setFocus();
    const auto name = [this] { return m_window->document()->model().system.name; };
    for (const QKeyCombination redo : {Qt::CTRL | Qt::SHIFT | Qt::Key_Z, Qt::CTRL | Qt::Key_Y}) {
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(name(), QStringLiteral("Shop"));
        QTest::keyClick(canvas, redo.key(), redo.keyboardModifiers());
        QCOMPARE(name(), QStringLiteral("Renamed"));
    }
}

void TestMainWindow::saveAsKeyAsksForFile()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const QString copy = tempPath(QStringLiteral("copy.yaml"));
    m_prompts.fileNames = {copy};
    QTest::keyClick(m_window->viewTabs()->currentCanvas(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_prompts.fileNames.isEmpty());
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(m_window->document()->fileName(), copy);
}

void TestMainWindow::f2StartsRenamingSelection()
{
    // What the canvas does not show (a team) is renamed in the inspector's
    // name field; elements and zones in place (tst_mainwindow_commandbar.cpp).
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    m_window->selection()->select({{Collection::Teams, QStringLiteral("shop-team")}});
    auto *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_F2);
    auto *name = testing::lineEditOf(m_window->inspector()->currentEditor()->editor(QStringLiteral("name")));
    QVERIFY(name);
    QTRY_VERIFY(name->hasFocus());
    QCOMPARE(name->selectedText(), QStringLiteral("Shop team"));
    QTest::keyClicks(name, QStringLiteral("Shop crew"));
    QCOMPARE(findObject<Team>(m_window->document()->model(), QStringLiteral("shop-team"))->name,
             QStringLiteral("Shop crew"));
}

void TestMainWindow::deleteSaysWhatWentWithIt()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const QByteArray before = writeYaml(m_window->document()->model());
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    auto *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Delete);
    QVERIFY(!findObject<Element>(m_window->document()->model(), QStringLiteral("orders")));

    auto *notice = m_window->findChild<QWidget *>(QStringLiteral("deletionNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    auto *text = notice->findChild<QLabel *>();
    QVERIFY(text);
    QCOMPARE(text->text(), QStringLiteral("Deleted Orders and its 5 flows —"));
    auto *undo = notice->findChild<QToolButton *>();
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(writeYaml(m_window->document()->model()), before);
    QVERIFY(!notice->isVisible());

    // Redo deletes again but is not a new deletion to announce; a flow on
    // its own is named by itself.
    m_window->document()->undoStack()->redo();
    QVERIFY(!notice->isVisible());
    m_window->document()->undoStack()->undo();
    m_window->document()->execute(
        makeDeleteCommand(m_window->document(), {{Collection::Flows, QStringLiteral("web-to-gateway")}}));
    QVERIFY(notice->isVisible());
    QCOMPARE(text->text(), QStringLiteral("Deleted flow web-to-gateway —"));
}

void TestMainWindow::movesSaveWholeNumbers()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    Document *doc = m_window->document();
    // Positions as an earlier layout left them, with long fractions.
    doc->execute(new MoveElementsCommand(doc, QStringLiteral("main"),
                                         {{QStringLiteral("orders"), Position{760, 300}, Position{761.9372607570743, 300.25}},
                                          {QStringLiteral("events"), Position{760, 520}, Position{760.5, 519.33}}}));
    auto *canvas = m_window->viewTabs()->currentCanvas();
    const auto check = [&](const char *what) {
        for (const auto &[id, p] : mainView(m_window.get()).positions)
            if (id == QStringLiteral("orders") || id == QStringLiteral("events"))
                QVERIFY2(isWhole(p.x) && isWhole(p.y),
                         qPrintable(QStringLiteral("%1: %2 at %3, %4").arg(what, id).arg(p.x, 0, 'g', 17).arg(p.y, 0, 'g', 17)));
    };
    // Both dragged by "orders" with snapping: "events" keeps its offset.
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")},
                                   {Collection::Elements, QStringLiteral("events")}});
    testing::dragOnCanvas(canvas, onCanvas(m_window.get(), QPointF(762, 300)),
                          onCanvas(m_window.get(), QPointF(851.3, 377.7)), Qt::NoModifier);
    check("snapped drag");
    canvas->setSnapToGrid(false);
    testing::dragOnCanvas(canvas, onCanvas(m_window.get(), QPointF(840, 380)),
                          onCanvas(m_window.get(), QPointF(903.3, 411.7)), Qt::NoModifier);
    check("free drag");
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Right);
    check("nudge");
    // The canvas shows what the model holds.
    const Position *orders = findIn(mainView(m_window.get()).positions, QStringLiteral("orders"));
    QVERIFY(orders);
    QVERIFY(orders->x > 880);
}

void TestMainWindow::wheelOverInspectorChangesNothing()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const QByteArray before = writeYaml(m_window->document()->model());
    const int steps = m_window->document()->undoStack()->count();
    for (const char *id : {"orders", "gateway", "order-db"}) {
        m_window->selection()->select({{Collection::Elements, QString::fromLatin1(id)}});
        QCoreApplication::processEvents();
        for (auto *combo : m_window->inspector()->findChildren<QComboBox *>()) {
            if (!combo->isVisible())
                continue;
            testing::rollWheel(combo, combo->rect().center(), -3);
            testing::rollWheel(combo, combo->rect().center(), 3);
            QVERIFY(!combo->hasFocus());
        }
    }
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QCOMPARE(writeYaml(m_window->document()->model()), before);
}

void TestMainWindow::toolbarButtonsHoldStill()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *tools = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QVERIFY(tools);
    QAction *undo = actionNamed(m_window.get(), QStringLiteral("&Undo"));
    QWidget *undoButton = tools->widgetForAction(undo);
    QVERIFY(undoButton);
    QCoreApplication::processEvents();
    QList<QRect> before;
    for (QAction *a : tools->actions())
        if (QWidget *w = tools->widgetForAction(a))
            before << w->geometry();
    editSystemName(m_window.get(), QStringLiteral("A system name long enough to make the undo text grow a lot"));
    QCoreApplication::processEvents();
    QList<QRect> after;
    for (QAction *a : tools->actions())
        if (QWidget *w = tools->widgetForAction(a))
            after << w->geometry();
    QCOMPARE(after, before);
    QVERIFY2(undoButton->toolTip().contains(undo->text().remove(u'&')), qPrintable(undoButton->toolTip()));
    for (QAction *a : tools->actions())
        if (auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(a))) {
            QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
            QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(a->text()));
        }
}

void TestMainWindow::docksKeepSizesWhenFindingClicked()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    QTRY_VERIFY(!m_window->validator()->isPending());
    QCoreApplication::processEvents();
    QTest::qWait(50);
    const auto widths = [this] {
        QList<int> w;
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            w << (dock->isVisible() ? dock->width() : -1);
        return w;
    };
    const QList<int> before = widths();
    QTableView *table = m_window->problems()->view();
    QVERIFY(table->model()->rowCount() > 2);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        // Clicked, then double-clicked (which shows the target on the canvas).
        const QModelIndex cell = table->model()->index(row, 1);
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QCoreApplication::processEvents();
        QCOMPARE(widths(), before);
    }
}
