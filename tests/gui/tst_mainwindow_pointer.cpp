// The pointer in the workshop: context menus on the canvas, auto-layout that
// keeps trust zones apart, names instead of ids where people read, and the
// decision form in a window of its own.
#include "tests/gui/tst_mainwindow.h"
#include "model/index/lookup.h"

#include "app/gui/autolayout.h"
#include "app/gui/contextmenus.h"
#include "app/gui/layoutfit.h"
#include "app/gui/viewtabs.h"
#include "model/document/commands.h"
#include "model/yaml/yamlio.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/zoneitem.h"
#include "views/findingnames.h"
#include "views/panels/decisiondialog.h"
#include "views/panels/decisionspanel.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/listeditors.h"
#include "views/panels/objecteditor.h"
#include "views/panels/objectlist.h"
#include "views/panels/problemspanel.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QtTest>

namespace {

QByteArray yamlOf(MainWindow *window)
{
    return writeYaml(window->document()->model());
}

QStringList texts(const QMenu *menu)
{
    QStringList out;
    for (const QAction *a : menu->actions())
        if (!a->isSeparator())
            out << a->text();
    return out;
}

QAction *entry(const QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

// True when zone `inner` is `outer` or nested inside it.
bool nestedIn(const Model &model, QString inner, const QString &outer)
{
    for (int guard = 0; !inner.isEmpty() && guard < 100; ++guard) {
        if (inner == outer)
            return true;
        const Zone *zone = findObject<Zone>(model, inner);
        inner = zone ? zone->parent : QString();
    }
    return false;
}

}  // namespace

void TestMainWindow::contextMenusOfferWhatApplies()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    QTRY_VERIFY(!m_window->validator()->isPending());
    auto *menus = m_window->findChild<ContextMenus *>();
    QVERIFY(menus);
    canvas::CanvasView *canvas = m_window->viewTabs()->currentCanvas();
    Document *doc = m_window->document();
    const QByteArray before = yamlOf(m_window.get());

    // The empty canvas: add here, fit, auto-layout, connect mode.
    std::unique_ptr<QMenu> background(menus->menuFor(canvas, {Collection::Elements, QString()}, QPointF(600, 1100)));
    QStringList shown = texts(background.get());
    for (const char *expected : {"Add Element Here", "Connect Mode", "&Fit to Window", "Auto-&Layout"})
        QVERIFY2(shown.contains(QLatin1String(expected)), qPrintable(shown.join(u'|')));
    QAction *service = entry(entry(background.get(), QStringLiteral("Add Element Here"))->menu(), QStringLiteral("Service"));
    QVERIFY(service);
    service->trigger();
    const QString added = m_window->selection()->current().id;
    QVERIFY(findObject<Element>(doc->model(), added));
    QCOMPARE(canvas->diagramScene()->elementItem(added)->pos(), QPointF(600, 1100));
    doc->undoStack()->undo();

    // An element: the window's own actions and the element's own edits.
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    std::unique_ptr<QMenu> element(menus->menuFor(canvas, {Collection::Elements, QStringLiteral("orders")}, {}));
    shown = texts(element.get());
    for (const char *expected : {"Re&name", "Connect from Here", "&Duplicate", "&Delete", "Move to Zone"})
        QVERIFY2(shown.contains(QLatin1String(expected)), qPrintable(shown.join(u'|')));
    QVERIFY2(std::any_of(shown.begin(), shown.end(), [](const QString &t) { return t.startsWith(QStringLiteral("Accept Risk")); }),
             qPrintable(shown.join(u'|')));
    QMenu *zones = entry(element.get(), QStringLiteral("Move to Zone"))->menu();
    QVERIFY(entry(zones, QStringLiteral("Internal"))->isChecked());  // names, not ids
    entry(zones, QStringLiteral("DMZ"))->trigger();
    QCOMPARE(findObject<Element>(doc->model(), QStringLiteral("orders"))->zone, QStringLiteral("dmz"));
    doc->undoStack()->undo();
    QCOMPARE(findObject<Element>(doc->model(), QStringLiteral("orders"))->zone, QStringLiteral("internal"));
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    const qsizetype elementsBefore = qsizetype(doc->model().elements.size());
    entry(element.get(), QStringLiteral("&Duplicate"))->trigger();  // the window's Ctrl+D
    QCOMPARE(qsizetype(doc->model().elements.size()), elementsBefore + 1);
    const QString copyId = m_window->selection()->current().id;  // the copy is selected
    const Element *copy = findObject<Element>(doc->model(), copyId);
    QVERIFY2(copy && copyId != QLatin1String("orders"), qPrintable(copyId));
    QVERIFY2(copy->name.startsWith(findObject<Element>(doc->model(), QStringLiteral("orders"))->name), qPrintable(copy->name));
    QCOMPARE(copy->zone, QStringLiteral("internal"));
    QVERIFY(canvas->diagramScene()->elementItem(copyId));
    doc->undoStack()->undo();  // one step
    QVERIFY(!findObject<Element>(doc->model(), copyId));

    // A flow: reverse and asynchronous, each one undo step.
    const QString flowId = QStringLiteral("gateway-to-orders");
    std::unique_ptr<QMenu> flow(menus->menuFor(canvas, {Collection::Flows, flowId}, {}));
    shown = texts(flow.get());
    for (const char *expected : {"Edit in Inspector", "Reverse Direction", "Asynchronous", "&Delete"})
        QVERIFY2(shown.contains(QLatin1String(expected)), qPrintable(shown.join(u'|')));
    QVERIFY(!entry(flow.get(), QStringLiteral("Asynchronous"))->isChecked());  // http is synchronous
    entry(flow.get(), QStringLiteral("Reverse Direction"))->trigger();
    QCOMPARE(findObject<Flow>(doc->model(), flowId)->from, QStringLiteral("orders"));
    QCOMPARE(findObject<Flow>(doc->model(), flowId)->to, QStringLiteral("gateway"));
    entry(flow.get(), QStringLiteral("Asynchronous"))->trigger();
    QCOMPARE(findObject<Flow>(doc->model(), flowId)->sync, std::optional<bool>(false));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(yamlOf(m_window.get()), before);

    // A zone: rename, add inside, focus, delete.
    std::unique_ptr<QMenu> zone(menus->menuFor(canvas, {Collection::Zones, QStringLiteral("dmz")}, {}));
    shown = texts(zone.get());
    for (const char *expected : {"Re&name", "Add Element in Zone", "Focus on Zone", "&Delete"})
        QVERIFY2(shown.contains(QLatin1String(expected)), qPrintable(shown.join(u'|')));
    entry(entry(zone.get(), QStringLiteral("Add Element in Zone"))->menu(), QStringLiteral("Cache"))->trigger();
    QCOMPARE(findObject<Element>(doc->model(), m_window->selection()->current().id)->zone, QStringLiteral("dmz"));
    doc->undoStack()->undo();
    const double zoomBefore = canvas->zoom();
    entry(zone.get(), QStringLiteral("Focus on Zone"))->trigger();
    QVERIFY(canvas->zoom() != zoomBefore);
    const QRectF dmz = canvas->diagramScene()->zoneItem(QStringLiteral("dmz"))->rect();
    QVERIFY(canvas->mapToScene(canvas->viewport()->rect()).boundingRect().contains(dmz));
    QCOMPARE(yamlOf(m_window.get()), before);
}

void TestMainWindow::autoLayoutKeepsZonesApart_data()
{
    QTest::addColumn<bool>("withoutPositions");
    QTest::newRow("realistic example") << false;
    QTest::newRow("no saved positions") << true;
}

void TestMainWindow::autoLayoutKeepsZonesApart()
{
    QFETCH(bool, withoutPositions);
    YamlLoadResult loaded = readYamlFile(QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/shop.yaml"));
    QVERIFY(loaded.ok());
    Model model = std::move(*loaded.model);
    if (withoutPositions)
        for (View &view : model.views)
            view.positions.clear();
    const QString path = tempPath(QStringLiteral("shop.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(writeYaml(model)) > 0);
    file.close();
    QVERIFY(m_window->openFile(path));
    const QByteArray opened = yamlOf(m_window.get());

    QSignalSpy finished(m_window->findChild<AutoLayout *>(), &AutoLayout::finished);
    m_window->runAutoLayout();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(!finished.first().at(1).toString().contains(QStringLiteral("overlap")),
             qPrintable(finished.first().at(1).toString()));

    // What the canvas draws: zone rectangles apart unless one is inside the other.
    const Model &now = m_window->document()->model();
    canvas::DiagramScene *scene = m_window->viewTabs()->currentCanvas()->diagramScene();
    QVERIFY(scene->zoneCount() >= 5);
    QStringList zoneIds;
    for (const Zone &zone : now.zones)
        if (scene->zoneItem(zone.id))
            zoneIds << zone.id;
    for (qsizetype i = 0; i < zoneIds.size(); ++i)
        for (qsizetype j = i + 1; j < zoneIds.size(); ++j) {
            const QString &a = zoneIds[i], &b = zoneIds[j];
            if (nestedIn(now, a, b) || nestedIn(now, b, a))
                continue;
            QVERIFY2(!scene->zoneItem(a)->rect().intersects(scene->zoneItem(b)->rect()), qPrintable(a + u'/' + b));
        }
    // Every element sits in its own zone's rectangle and no other.
    for (const Element &e : now.elements) {
        const canvas::ElementItem *item = scene->elementItem(e.id);
        if (!item)
            continue;
        for (const QString &z : std::as_const(zoneIds)) {
            const bool inside = scene->zoneItem(z)->rect().intersects(item->sceneBodyRect());
            QVERIFY2(inside == nestedIn(now, e.zone, z), qPrintable(e.id + u'/' + z));
        }
    }
    // One undo step.
    m_window->document()->undoStack()->undo();
    QCOMPARE(yamlOf(m_window.get()), opened);
}

void TestMainWindow::autoLayoutKeepsWhatWasPlacedByHand()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    auto *layout = m_window->findChild<AutoLayout *>();
    QSignalSpy finished(layout, &AutoLayout::finished);
    m_window->runAutoLayout();
    QVERIFY(finished.wait(60000));
    // Moved by hand after the layout: kept by the next one.
    Document *doc = m_window->document();
    const View *view = findObject<View>(doc->model(), QStringLiteral("main"));
    const Position worker = *findIn(view->positions, QStringLiteral("worker"));
    doc->execute(new MoveElementsCommand(doc, QStringLiteral("main"),
                                         {{QStringLiteral("worker"), worker, Position{worker.x + 400, worker.y + 300}}}));
    QCOMPARE(layout->movedByHand(QStringLiteral("main")), QStringList{QStringLiteral("worker")});
    m_window->runAutoLayout();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("Kept 1 element")));
    view = findObject<View>(doc->model(), QStringLiteral("main"));
    QCOMPARE(findIn(view->positions, QStringLiteral("worker"))->x, worker.x + 400);
    // An undone layout is no hand move.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(layout->movedByHand(QStringLiteral("main")).isEmpty());
}

void TestMainWindow::findingsAndPickersShowNames()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    QTRY_VERIFY(!m_window->validator()->isPending());
    const Model &model = m_window->document()->model();

    // The message with ids stays as the CLI prints it; the screen shows names.
    Finding f;
    f.rule = QStringLiteral("store-backup");
    f.targets = {QStringLiteral("order-db")};
    f.message = QStringLiteral("Datastore order-db has no backup; flow orders-to-order-db writes to it from zone internal");
    QCOMPARE(displayMessage(model, f),
             QStringLiteral("Datastore “Orders DB” has no backup; flow “Orders → Orders DB” writes to it from zone "
                            "“Internal”"));
    Finding plainWords = f;
    plainWords.targets = {QStringLiteral("orders")};
    plainWords.message = QStringLiteral("Service orders has no backup for the orders");
    // The target is named; "backup" and the trailing "orders" after a plain word are left alone.
    QCOMPARE(displayMessage(model, plainWords), QStringLiteral("Service “Orders” has no backup for the “Orders”"));

    // The problems table: names in the message and target columns, ids in the tooltip.
    FindingsModel *table = m_window->problems()->findingsModel();
    bool sawName = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const Finding *finding = table->findingAt(table->index(row, 0));
        const QString shown = table->index(row, FindingsModel::MessageColumn).data().toString();
        const QString tip = table->index(row, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(finding->message.toHtmlEscaped()));
        if (finding->targets.first() == QStringLiteral("order-db")) {
            QVERIFY2(shown.contains(QStringLiteral("“Orders DB”")), qPrintable(shown));
            QCOMPARE(table->index(row, FindingsModel::TargetColumn).data().toString().section(u',', 0, 0),
                     QStringLiteral("Orders DB"));
            sawName = true;
        }
    }
    QVERIFY2(sawName, "the fixture has findings about order-db");

    // The owner picker shows the team's name and stores its id.
    m_window->selection()->select({{Collection::Elements, QStringLiteral("orders")}});
    QTRY_VERIFY(m_window->inspector()->currentEditor() && m_window->inspector()->currentEditor()->editor(QStringLiteral("team")));
    auto *team = qobject_cast<ChoiceFieldEditor *>(m_window->inspector()->currentEditor()->editor(QStringLiteral("team")));
    QVERIFY(team);
    QCOMPARE(team->comboBox()->currentText(), QStringLiteral("Shop team"));
    team->comboBox()->lineEdit()->setFocus();
    QTRY_VERIFY(team->comboBox()->count() > 2);
    const int acme = team->comboBox()->findText(QStringLiteral("Acme"));
    QVERIFY(acme > 0);
    QCOMPARE(team->comboBox()->itemData(acme, Qt::ToolTipRole).toString(), QStringLiteral("acme"));
    team->comboBox()->setCurrentIndex(acme);
    emit team->comboBox()->activated(acme);
    QCOMPARE(findObject<Element>(model, QStringLiteral("orders"))->team, QStringLiteral("acme"));
    QCOMPARE(team->comboBox()->currentText(), QStringLiteral("Acme"));
}

void TestMainWindow::decisionOpensInRoomyEditor()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    DecisionsPanel *panel = m_window->decisions();
    panel->recordDecisionAboutSelection();
    const QString id = panel->currentDecision();
    QVERIFY(!id.isEmpty());
    QTreeView *list = panel->list()->view();
    list->setFocus();
    QVERIFY(list->currentIndex().isValid());
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(panel->dialog() && panel->dialog()->isVisible());
    DecisionDialog *dialog = panel->dialog();
    QCOMPARE(dialog->decisionId(), id);
    QVERIFY2(dialog->width() >= 600, "roomy, not a 200 px dock");
    for (const char *field : {"title", "status", "date", "context", "outcome", "consequences", "deciders", "affects", "options"})
        QVERIFY2(dialog->editor()->editor(QString::fromLatin1(field)), field);
    auto *title = qobject_cast<QLineEdit *>(dialog->editor()->editor(QStringLiteral("title"))->inputWidget());
    QVERIFY(title);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Use SMS reminders"));
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_COMPARE(findObject<Decision>(m_window->document()->model(), id)->title, QStringLiteral("Use SMS reminders"));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Use SMS reminders")));
    dialog->close();
}
