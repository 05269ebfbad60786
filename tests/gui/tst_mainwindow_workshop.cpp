// The editor window in a workshop: add and connect on the canvas, see and
// fix a finding, record a decision, undo/redo, export, auto-layout, find,
// views, and a picture of the realistic example.
#include "model/index/lookup.h"
#include "tests/gui/tst_mainwindow.h"
#include "tests/gui/tst_mainwindow_input.h"

#include "app/gui/autolayout.h"
#include "app/gui/exportdialog.h"
#include "app/gui/filesession.h"
#include "app/gui/findbar.h"
#include "app/gui/layoutfit.h"
#include "app/gui/viewtabs.h"
#include "exporters/diagram/graphvizrenderer.h"
#include "model/yaml/yamlio.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/palette.h"
#include "views/panels/decisionspanel.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/objecteditor.h"
#include "views/panels/problemspanel.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSet>
#include <QThreadPool>
#include <QtTest>

namespace {

using lintel::canvas::CanvasView;
using lintel::testing::dragOnCanvas;
using lintel::testing::typeInto;

bool hasFinding(const Findings &findings, const QString &rule, const QString &target)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
        return f.rule == rule && f.targets.contains(target);
    });
}

// What the problems panel lists, not what the validator holds.
Findings listedFindings(ProblemsPanel *panel)
{
    return panel->findingsModel()->findings();
}

void dropOnCanvas(CanvasView *canvas, const QString &entry, QPoint at)
{
    std::unique_ptr<QMimeData> data(canvas::PaletteWidget::mimeDataFor(entry));
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas->viewport(), &drop);
}

QByteArray yamlOf(MainWindow *window)
{
    return writeYaml(window->document()->model());
}

}  // namespace

void TestMainWindow::workshopLoop()
{
    const QString fixture = openFixture(m_window.get());
    QVERIFY(!fixture.isEmpty());
    CanvasView *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setZoom(1);
    canvas->centerOn(QPointF(700, 400));

    // Add a service into the internal zone, from the palette.
    dropOnCanvas(canvas, QStringLiteral("service"), onCanvas(m_window.get(), QPointF(884, 417)));
    const Element *added = findObject<Element>(m_window->document()->model(), QStringLiteral("new-service"));
    QVERIFY(added);
    QCOMPARE(added->zone, QStringLiteral("internal"));

    // Connect the gateway (DMZ) to it: a flow with defaults, no authentication.
    dragOnCanvas(canvas, onCanvas(m_window.get(), QPointF(420, 300)), onCanvas(m_window.get(), QPointF(884, 417)),
                 Qt::AltModifier);
    const QString flowId = QStringLiteral("gateway-to-new-service");
    QVERIFY(findObject<Flow>(m_window->document()->model(), flowId));
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Flows, flowId}));

    // The problems panel shows the unauthenticated crossing.
    const QString rule = QStringLiteral("unauthenticated-boundary-crossing");
    QTRY_VERIFY(hasFinding(listedFindings(m_window->problems()), rule, flowId));

    // Fix it in the inspector, which shows the new flow.
    QCOMPARE(m_window->inspector()->shownId(), flowId);
    QVERIFY(typeInto(m_window->inspector()->currentEditor()->editor(QStringLiteral("authentication")),
                     QStringLiteral("mtls")));
    QCOMPARE(findObject<Flow>(m_window->document()->model(), flowId)->authentication, QStringLiteral("mtls"));
    QTRY_VERIFY(!hasFinding(listedFindings(m_window->problems()), rule, flowId));

    // Record a decision about the selected flow (Ctrl+Shift+D; Ctrl+D duplicates).
    m_window->viewTabs()->currentCanvas()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    const QString decisionId = m_window->decisions()->currentDecision();
    const Decision *decision = findObject<Decision>(m_window->document()->model(), decisionId);
    QVERIFY(decision);
    QCOMPARE(decision->affects, QStringList{flowId});

    // Ctrl+S saves over the opened YAML; Save As makes a .lintel copy. Both
    // reopen as the same model.
    canvas->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->isWindowModified());
    const QString lintelPath = tempPath(QStringLiteral("workshop.lintel"));
    m_prompts.fileNames = {lintelPath};
    QVERIFY(m_window->files()->saveAs());
    for (const QString &path : {fixture, lintelPath}) {
        auto reopened = newWindow();
        QVERIFY2(reopened->openFile(path), qPrintable(m_prompts.toldDetails.join(u'\n')));
        QCOMPARE(yamlOf(reopened.get()), yamlOf(m_window.get()));
    }
}

void TestMainWindow::undoRedoRestoresExactModel()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const QByteArray original = yamlOf(m_window.get());
    CanvasView *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setZoom(1);
    canvas->centerOn(QPointF(700, 400));
    dropOnCanvas(canvas, QStringLiteral("cache"), onCanvas(m_window.get(), QPointF(884, 417)));
    dragOnCanvas(canvas, onCanvas(m_window.get(), QPointF(760, 300)), onCanvas(m_window.get(), QPointF(884, 417)),
                 Qt::AltModifier);
    // Select the orders service, nudge it with the arrow keys, then delete it.
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Delete);
    QVERIFY(!findObject<Element>(m_window->document()->model(), QStringLiteral("orders")));
    const QByteArray edited = yamlOf(m_window.get());
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->index();
    QCOMPARE(steps, 4);  // add, connect, nudge (merged), delete

    // The Edit menu names what Ctrl+Z will undo.
    QAction *undoAction = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
            undoAction = a;
    QVERIFY(undoAction);
    QVERIFY2(undoAction->text().contains(stack->undoText()), qPrintable(undoAction->text()));
    QVERIFY(!stack->undoText().isEmpty());

    for (int i = 0; i < steps; ++i)
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), 0);
    QCOMPARE(QString::fromUtf8(yamlOf(m_window.get())), QString::fromUtf8(original));
    QVERIFY(!m_window->isWindowModified());
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stack->index(), steps);
    QCOMPARE(QString::fromUtf8(yamlOf(m_window.get())), QString::fromUtf8(edited));
}

void TestMainWindow::exportWritesFilesIntoFolder()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const QString folder = tempPath(QStringLiteral("export"));
    QString shown;
    m_prompts.onDialog = [&](QDialog &dialog) {
        auto &exportDialog = dynamic_cast<ExportDialog &>(dialog);
        exportDialog.preset({QStringLiteral("mermaid")}, folder);
        QSignalSpy done(exportDialog.runner(), &ExportRunner::finished);
        exportDialog.startExport();
        if (!done.wait(60000))
            return int(QDialog::Rejected);
        shown = exportDialog.resultText();
        return int(QDialog::Accepted);
    };
    // The Export menu has one entry per exporter; use the Mermaid one.
    QAction *mermaid = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text().startsWith(QStringLiteral("Mermaid")))
            mermaid = a;
    QVERIFY(mermaid);
    mermaid->trigger();
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot)
                            + QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(!files.isEmpty(), qPrintable(shown));
    QVERIFY2(shown.startsWith(QStringLiteral("Wrote")), qPrintable(shown));
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString first = QDir(folder).relativeFilePath(it.next());
    QVERIFY2(shown.contains(first), qPrintable(shown));
}

void TestMainWindow::exportIntoUnusableFolderSaysWhy()
{
    const QString blocker = tempPath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ExportDialog dialog(m_window->document()->model(), QString(), m_window.get());
    dialog.preset({QStringLiteral("adr")}, blocker + QStringLiteral("/inside"));
    dialog.startExport();
    QVERIFY2(dialog.resultText().contains(QStringLiteral("Cannot create the folder")), qPrintable(dialog.resultText()));
    QVERIFY(!dialog.runner()->isRunning());
}

void TestMainWindow::autoLayoutAgreesWithCanvasAndUndoes()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const QByteArray before = yamlOf(m_window.get());
    const Model original = m_window->document()->model();
    QSignalSpy finished(m_window->findChild<AutoLayout *>(), &AutoLayout::finished);
    m_window->runAutoLayout();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // The model holds what Graphviz computed, spread to the canvas's zone
    // sizes (layoutfit.h), and the canvas shows exactly that.
    const View *originalView = findObject<View>(original, QStringLiteral("main"));
    const LayoutResult graphviz = layoutPositions(original, originalView);
    QVERIFY(graphviz.ok());
    const FittedLayout expected = fitToCanvas(diagramScope(original, originalView), graphviz.positions);
    QVERIFY2(expected.conflict.isEmpty(), qPrintable(expected.conflict));
    const View *view = findObject<View>(m_window->document()->model(), QStringLiteral("main"));
    canvas::DiagramScene *scene = m_window->viewTabs()->currentCanvas()->diagramScene();
    QList<QRectF> bodies;
    for (const QString &id : view->elements) {
        const Position *saved = findIn(view->positions, id);
        QVERIFY(saved);
        QCOMPARE(QPointF(saved->x, saved->y), expected.positions.value(id));
        QCOMPARE(scene->elementItem(id)->pos(), QPointF(saved->x, saved->y));
        bodies << scene->elementItem(id)->sceneBoundingRect();
    }
    // Graphviz's node sizes match the canvas's: no two bodies overlap.
    for (int i = 0; i < bodies.size(); ++i)
        for (int j = i + 1; j < bodies.size(); ++j)
            QVERIFY2(!bodies[i].intersects(bodies[j]), qPrintable(view->elements[i] + u'/' + view->elements[j]));

    // One undo step puts every element back.
    QVERIFY(m_window->document()->undoStack()->undoText().startsWith(QStringLiteral("Auto-layout")));
    m_window->document()->undoStack()->undo();
    QCOMPARE(yamlOf(m_window.get()), before);
}

void TestMainWindow::autoLayoutCanBeCancelled()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const QByteArray before = yamlOf(m_window.get());
    auto *layout = m_window->findChild<AutoLayout *>();
    QSignalSpy finished(layout, &AutoLayout::finished);
    m_window->runAutoLayout();
    QVERIFY(layout->isRunning());
    m_window->runAutoLayout();  // the same action again cancels
    QVERIFY(!layout->isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    // The late result is dropped: nothing changes, nothing to undo.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(yamlOf(m_window.get()), before);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestMainWindow::findElementByNameOrId()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *find = m_window->findChild<FindBar *>();
    QVERIFY(find);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("orders db"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("order-db")}));
    find->clear();
    QTest::keyClicks(find, QStringLiteral("worker"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("worker")}));
    find->clear();
    QTest::keyClicks(find, QStringLiteral("no such thing"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(m_window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("worker")}));

    // Ctrl+0 fits everything into the canvas.
    CanvasView *canvas = m_window->viewTabs()->currentCanvas();
    canvas->setZoom(4);
    canvas->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(canvas->zoom() < 4);
    const QRectF visible = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(canvas->diagramScene()->contentRect()));
}

void TestMainWindow::viewsAddAndRemoveElements()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    ViewTabs *tabs = m_window->viewTabs();
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")},
                                   {Collection::Elements, QStringLiteral("order-db")}});
    m_prompts.texts = {QStringLiteral("Data path")};
    tabs->addView();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentViewId(), QStringLiteral("data-path"));
    QCOMPARE(tabs->currentCanvas()->diagramScene()->elementCount(), 2);

    m_window->selection()->select({{Collection::Elements, QStringLiteral("events")}});
    tabs->addSelectionToView();
    QCOMPARE(tabs->currentCanvas()->diagramScene()->elementCount(), 3);
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    tabs->removeSelectionFromView();
    const View *view = findObject<View>(m_window->document()->model(), QStringLiteral("data-path"));
    QCOMPARE(view->elements, (QStringList{QStringLiteral("order-db"), QStringLiteral("events")}));
    QVERIFY(findObject<Element>(m_window->document()->model(), QStringLiteral("orders")));  // still in the model

    tabs->removeCurrentView();
    QCOMPARE(tabs->count(), 1);
    for (int i = 0; i < 4; ++i)
        m_window->document()->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::rendersRealisticExample()
{
    QVERIFY(m_window->openFile(QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/shop.yaml")));
    QTRY_VERIFY(!m_window->validator()->isPending());
    QTRY_VERIFY(!listedFindings(m_window->problems()).empty());
    QVERIFY(m_window->viewTabs()->currentCanvas()->diagramScene()->elementCount() >= 20);
    const QImage image = m_window->grab().toImage();
    const QString out = QStringLiteral(LINTEL_BINARY_DIR "/mainwindow-shop.png");
    QVERIFY(image.save(out));
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    // Non-trivial: many colours and plenty of pixels that are not background.
    QSet<QRgb> colours;
    int ink = 0;
    const QRgb background = image.pixel(image.width() / 2, 2);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            ink += p != background;
        }
    QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    QVERIFY(ink > image.width() * image.height() / 9 / 10);
}
