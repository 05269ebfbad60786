// The canvas following the model, selection both ways, zoom and pan,
// finding markers, and rendering a model to PNG.
#include "model/index/lookup.h"
#include "tests/gui/tst_canvas.h"

#include "model/document/commands.h"
#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"
#include "tests/gui/tst_canvas_fixture.h"
#include "views/canvas/canvasedits.h"
#include "views/canvas/canvasrender.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/zoneitem.h"

#include <QScrollBar>
#include <QtTest>

void TestCanvas::modelChangesUpdateItems()
{
    const ObjectRef orders{Collection::Elements, QStringLiteral("orders")};
    doc->execute(new SetFieldCommand(doc.get(), orders, QStringLiteral("name"), QStringLiteral("Order service")));
    QCOMPARE(scene->elementItem(QStringLiteral("orders"))->name(), QStringLiteral("Order service"));
    doc->execute(new SetFieldCommand(doc.get(), orders, QStringLiteral("kind"), QStringLiteral("function")));
    QCOMPARE(scene->elementItem(QStringLiteral("orders"))->nodeShape(), NodeShape::Component);
    // A zone change resizes zones and moves the element between them.
    doc->execute(new SetFieldCommand(doc.get(), orders, QStringLiteral("zone"), QStringLiteral("dmz")));
    QVERIFY(scene->zoneItem(QStringLiteral("dmz"))->rect().contains(scene->elementItem(QStringLiteral("orders"))->sceneBodyRect()));
    // Leaving the view removes the item and its flows; coming back restores them.
    QStringList members = findObject<View>(model(), QStringLiteral("main"))->elements;
    members.removeAll(QStringLiteral("orders"));
    doc->execute(new SetFieldCommand(doc.get(), {Collection::Views, QStringLiteral("main")}, QStringLiteral("elements"), members));
    QVERIFY(!scene->elementItem(QStringLiteral("orders")));
    QVERIFY(!scene->flowItem(QStringLiteral("gateway-to-orders")));
    doc->undoStack()->undo();
    QVERIFY(scene->flowItem(QStringLiteral("gateway-to-orders")));
    // A view that lists a zone shows everything inside it.
    Model m = original;
    m.views.front().elements = {QStringLiteral("internal")};
    doc->resetModel(m);
    QCOMPARE(scene->elementCount(), 4);  // orders, worker, events, order-db (in the nested zone)
    QCOMPARE(scene->flowCount(), 3);
}

void TestCanvas::removeAndRenameFollowModel()
{
    doc->execute(new RemoveObjectCommand<Flow>(doc.get(), QStringLiteral("events-to-worker")));
    QVERIFY(!scene->flowItem(QStringLiteral("events-to-worker")));
    doc->undoStack()->undo();
    QVERIFY(scene->flowItem(QStringLiteral("events-to-worker")));

    doc->execute(new RenameIdCommand(doc.get(), {Collection::Elements, QStringLiteral("orders")}, QStringLiteral("order-service")));
    QVERIFY(!scene->elementItem(QStringLiteral("orders")));
    const ElementItem *renamed = scene->elementItem(QStringLiteral("order-service"));
    QVERIFY(renamed);
    QCOMPARE(renamed->pos(), QPointF(760, 300));
    QCOMPARE(scene->flowItem(QStringLiteral("gateway-to-orders"))->toId(), QStringLiteral("order-service"));
    QCOMPARE(scene->flowCount(), 8);
    doc->execute(new RenameIdCommand(doc.get(), {Collection::Zones, QStringLiteral("data")}, QStringLiteral("data-tier")));
    QVERIFY(scene->zoneItem(QStringLiteral("data-tier")));
    QVERIFY(scene->zoneItem(QStringLiteral("internal"))->rect().contains(scene->zoneItem(QStringLiteral("data-tier"))->rect()));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(model() == original);
    QVERIFY(scene->elementItem(QStringLiteral("orders")));
}

void TestCanvas::findingMarkersFollowFindings()
{
    Finding crossing;
    crossing.rule = QStringLiteral("unencrypted-crossing");
    crossing.severity = Severity::Error;
    crossing.targets = {QStringLiteral("gateway-to-orders"), QStringLiteral("gateway")};
    crossing.message = QStringLiteral("Plain HTTP from the DMZ into the internal zone");
    Finding owner;
    owner.rule = QStringLiteral("store-owner");
    owner.severity = Severity::Warning;
    owner.targets = {QStringLiteral("order-db")};
    owner.message = QStringLiteral("Orders DB has no owner");
    Finding accepted = owner;
    accepted.rule = QStringLiteral("backup");
    accepted.suppressed = true;
    Finding elsewhere = owner;
    elsewhere.targets = {QStringLiteral("not-on-this-view"), QStringLiteral("order-db")};
    scene->setFindings({crossing, owner, accepted, elsewhere});

    const FlowItem *flow = scene->flowItem(QStringLiteral("gateway-to-orders"));
    QCOMPARE(flow->findings().count, 1);
    QCOMPARE(flow->findings().worst, Severity::Error);
    QVERIFY(scene->elementItem(QStringLiteral("gateway"))->findings().isEmpty());  // first shown target only
    const ElementItem *store = scene->elementItem(QStringLiteral("order-db"));
    QCOMPARE(store->findings().count, 2);  // the accepted risk is not shown
    QVERIFY(store->toolTipText().contains(QStringLiteral("Orders DB has no owner")));
    // Survives a rebuild, goes away with new findings.
    doc->resetModel(original);
    QCOMPARE(scene->elementItem(QStringLiteral("order-db"))->findings().count, 2);
    scene->setFindings({});
    QVERIFY(scene->elementItem(QStringLiteral("order-db"))->findings().isEmpty());
    QVERIFY(scene->flowItem(QStringLiteral("gateway-to-orders"))->findings().isEmpty());
}

void TestCanvas::rubberBandSelects()
{
    // Around orders and events (inside the internal zone: the band starts
    // on the zone's inside, which does not take the click).
    drag(QPointF(650, 235), QPointF(880, 580));
    QVERIFY(selection->contains({Collection::Elements, QStringLiteral("orders")}));
    QVERIFY(selection->contains({Collection::Elements, QStringLiteral("events")}));
    QVERIFY(selection->contains({Collection::Flows, QStringLiteral("orders-to-events")}));
    QVERIFY(!selection->contains({Collection::Elements, QStringLiteral("worker")}));
    QVERIFY(!selection->contains({Collection::Zones, QStringLiteral("internal")}));
    QCOMPARE(doc->undoStack()->count(), 0);  // selecting changes nothing
    // Shift adds.
    drag(QPointF(960, 440), QPointF(1170, 600), Qt::ShiftModifier);
    QVERIFY(selection->contains({Collection::Elements, QStringLiteral("worker")}));
    QVERIFY(selection->contains({Collection::Elements, QStringLiteral("orders")}));
}

void TestCanvas::selectionSyncsBothWays()
{
    selection->select({{Collection::Elements, QStringLiteral("web")}, {Collection::Flows, QStringLiteral("web-to-gateway")}});
    QVERIFY(scene->elementItem(QStringLiteral("web"))->isSelected());
    QVERIFY(scene->flowItem(QStringLiteral("web-to-gateway"))->isSelected());
    QCOMPARE(scene->selectedItems().size(), 2);

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(420, 300)));
    QCOMPARE(selection->selection().size(), std::size_t(1));
    QCOMPARE(selection->current(), (ObjectRef{Collection::Elements, QStringLiteral("gateway")}));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(QPointF(760, 300)));
    QCOMPARE(selection->selection().size(), std::size_t(2));
    QCOMPARE(selection->current(), (ObjectRef{Collection::Elements, QStringLiteral("orders")}));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, at(QPointF(760, 300)));
    QCOMPARE(selection->selection().size(), std::size_t(1));
    // A zone is picked by its title bar.
    const QRectF dmz = scene->zoneItem(QStringLiteral("dmz"))->titleBarRect();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(dmz.center()));
    QCOMPARE(selection->current(), (ObjectRef{Collection::Zones, QStringLiteral("dmz")}));
    // Clicking empty canvas clears.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(600, 1100)));
    QVERIFY(selection->isEmpty());
    // Objects the canvas does not show are not lost when it syncs back.
    selection->select({{Collection::Apis, QStringLiteral("orders-api")}});
    QVERIFY(scene->selectedItems().isEmpty());
    QCOMPARE(selection->selection().size(), std::size_t(1));
}

void TestCanvas::zoomAndCenter()
{
    view->resize(500, 300);
    view->zoomToFit();
    const double small = view->zoom();
    // Fitted stays fitted while the window grows (a file opened before the
    // main window is laid out)...
    view->resize(1400, 900);
    QTRY_VERIFY(view->zoom() > small);
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(scene->contentRect()));
    // ...but not once the user zoomed.
    view->setZoom(0.5);
    view->resize(1200, 800);
    QTRY_COMPARE(view->width(), 1200);
    QCOMPARE(view->zoom(), 0.5);
    view->zoomToFit();
    view->setZoom(0.1);
    QCOMPARE(view->zoom(), 0.1);
    view->centerOnObject({Collection::Elements, QStringLiteral("worker")});
    QCOMPARE(view->zoom(), 1.0);
    const QRectF now = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(now.contains(scene->elementItem(QStringLiteral("worker"))->sceneBodyRect()));
    view->zoomIn();
    QVERIFY(view->zoom() > 1.0);
    view->resetZoom();
    QCOMPARE(view->zoom(), 1.0);
    // Ctrl+wheel zooms about the mouse: the point under it stays put.
    const QPoint mouse(300, 200);
    const QPointF under = view->mapToScene(mouse);
    QWheelEvent zoomWheel(mouse, view->viewport()->mapToGlobal(mouse), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &zoomWheel);
    QVERIFY(view->zoom() > 1.2);
    QVERIFY((view->mapToScene(mouse) - under).manhattanLength() < 2);
    // A plain wheel scrolls instead.
    const double zoomed = view->zoom();
    const int top = view->verticalScrollBar()->value();
    QWheelEvent scrollWheel(mouse, view->viewport()->mapToGlobal(mouse), {}, QPoint(0, -120), Qt::NoButton,
                            Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &scrollWheel);
    QCOMPARE(view->zoom(), zoomed);
    QVERIFY(view->verticalScrollBar()->value() > top);
    view->resetZoom();
    // Middle-drag pans.
    const int before = view->horizontalScrollBar()->value();
    QTest::mousePress(view->viewport(), Qt::MiddleButton, {}, QPoint(500, 400));
    QTest::mouseMove(view->viewport(), QPoint(400, 400));
    QTest::mouseRelease(view->viewport(), Qt::MiddleButton, {}, QPoint(400, 400));
    QCOMPARE(view->horizontalScrollBar()->value(), before + 100);
    QCOMPARE(doc->undoStack()->count(), 0);
}


void TestCanvas::rendersModelToPng()
{
    // The example shop when it is there (it is the model people will look
    // at first), else the test fixture.
    Model m = testing::shopModel();
    const QString example = QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/shop.yaml");
    if (QFile::exists(example)) {
        YamlLoadResult loaded = readYamlFile(example);
        QVERIFY2(loaded.ok(), qPrintable(example));
        m = *loaded.model;
    }
    Document document(m);
    const QString viewId = m.views.empty() ? QString() : m.views.front().id;
    DiagramScene diagram(&document, nullptr, viewId);
    diagram.setFindings(validate(m));
    QVERIFY(diagram.elementCount() > 0);
    const QImage image = renderSceneToImage(diagram, 1.0);
    QVERIFY(image.width() > 200 && image.height() > 100);
    // Not blank: plenty of ink and more than a couple of colours.
    qsizetype ink = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel != qRgb(255, 255, 255))
                ++ink;
            if (colours.size() < 64)
                colours.insert(pixel);
        }
    QVERIFY2(ink > qsizetype(image.width()) * image.height() / 4 / 10, "less than 10 % ink");
    QVERIFY(colours.size() >= 16);
    const QString path = QStringLiteral(LINTEL_BINARY_DIR "/canvas-shop.png");
    QFile::remove(path);
    QVERIFY(exportPng(diagram, path, 1.0));
    QVERIFY(QFileInfo(path).size() > 10000);
    // Export leaves the scene as it was.
    QVERIFY(!diagram.isExporting());
}

// Edits re-route only the flows whose lanes they change: on a large model
// re-routing every flow per added element took minutes.
void TestCanvas::editsReRouteOnlyAffectedFlows()
{
    const auto bounds = [&](const char *id) { return scene->flowItem(QString::fromLatin1(id))->boundingRect(); };
    FlowItem *unrelated = scene->flowItem(QStringLiteral("gateway-to-orders"));
    const QRectF unrelatedBefore = unrelated->boundingRect();
    const QRectF thereBefore = bounds("orders-to-payments"), backBefore = bounds("payments-to-orders");

    addElement(doc.get(), QStringLiteral("main"), ElementKind::Service, QPointF(1400, 900), QString());
    QCOMPARE(scene->flowItem(QStringLiteral("gateway-to-orders")), unrelated);  // kept, not re-created
    QCOMPARE(unrelated->boundingRect(), unrelatedBefore);
    QCOMPARE(bounds("orders-to-payments"), thereBefore);

    // A third flow between orders and payments fans the pair out anew.
    Flow third = lintel::testing::makeFlow("orders", "payments", "grpc", "mtls");
    third.id = QStringLiteral("orders-to-payments-grpc");
    doc->execute(new AddObjectCommand<Flow>(doc.get(), third));
    QVERIFY(scene->flowItem(third.id));
    QVERIFY(bounds("orders-to-payments") != thereBefore || bounds("payments-to-orders") != backBefore);
    QCOMPARE(unrelated->boundingRect(), unrelatedBefore);

    // Undone, the siblings close the gap again.
    doc->undoStack()->undo();
    QVERIFY(!scene->flowItem(third.id));
    QCOMPARE(bounds("orders-to-payments"), thereBefore);
    QCOMPARE(bounds("payments-to-orders"), backBefore);
    doc->undoStack()->undo();
    QVERIFY(model() == original);
}

void TestCanvas::clipsFlowsToTheVisibleArea()
{
    const QRectF area(0, 0, 100, 100);
    const std::vector<VisibleRun> across = clipPolyline(QPolygonF({QPointF(-100, 50), QPointF(300, 50)}), area);
    QCOMPARE(across.size(), std::size_t(1));
    QCOMPARE(across[0].points, QPolygonF({QPointF(0, 50), QPointF(100, 50)}));
    QCOMPARE(across[0].startDistance, 100.0);

    // Out through the right edge and back in: two runs, the second
    // starting as far along as the line has come.
    const QPolygonF detour({QPointF(50, 10), QPointF(150, 10), QPointF(150, 90), QPointF(50, 90)});
    const std::vector<VisibleRun> runs = clipPolyline(detour, area);
    QCOMPARE(runs.size(), std::size_t(2));
    QCOMPARE(runs[0].points, QPolygonF({QPointF(50, 10), QPointF(100, 10)}));
    QCOMPARE(runs[1].points, QPolygonF({QPointF(100, 90), QPointF(50, 90)}));
    QCOMPARE(runs[1].startDistance, 100.0 + 80.0 + 50.0);

    // A bend inside the area stays one run.
    const QPolygonF bend({QPointF(10, 10), QPointF(50, 50), QPointF(90, 10)});
    QCOMPARE(clipPolyline(bend, area).size(), std::size_t(1));
    QCOMPARE(clipPolyline(bend, area)[0].points.size(), 3);
    QVERIFY(clipPolyline(detour, QRectF(500, 500, 10, 10)).empty());
}
