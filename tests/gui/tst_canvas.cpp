// Editing on the canvas: palette drops, connecting, moving, nudging,
// deleting, and undo back to the exact model.
#include "tests/gui/tst_canvas.h"

#include "model/document/commands.h"
#include "model/index/lookup.h"
#include "tests/gui/tst_canvas_fixture.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/palette.h"
#include "views/canvas/zoneitem.h"

#include <QMimeData>
#include <QtTest>

void TestCanvas::init()
{
    original = testing::shopModel();
    doc = std::make_unique<Document>(original);
    selection = std::make_unique<SelectionModel>();
    scene = std::make_unique<DiagramScene>(doc.get(), selection.get(), QStringLiteral("main"));
    view = std::make_unique<CanvasView>(scene.get());
    view->resize(1400, 900);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->setZoom(1);
    view->centerOn(QPointF(600, 330));
}

void TestCanvas::cleanup()
{
    view.reset();
    scene.reset();
    selection.reset();
    doc.reset();
}

QPointF TestCanvas::savedPosition(const QString &id) const
{
    const View *v = findObject<View>(model(), QStringLiteral("main"));
    const Position *p = v ? findIn(v->positions, id) : nullptr;
    return p ? QPointF(p->x, p->y) : QPointF(-1e9, -1e9);
}

void TestCanvas::drop(const QString &entry, QPointF scenePos)
{
    std::unique_ptr<QMimeData> data(PaletteWidget::mimeDataFor(entry));
    const QPointF pos = at(scenePos);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos.toPoint(), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent dropEvent(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void TestCanvas::drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = view->viewport();
    QTest::mouseMove(viewport, at(from));
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, at(from));
    // Several steps, as a hand would: the first must pass the drag distance.
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, at(from + (to - from) * (i / 4.0)));
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, at(to));
}

void TestCanvas::buildsOneItemPerShownObject()
{
    QCOMPARE(scene->elementCount(), 8);
    QCOMPARE(scene->flowCount(), 8);
    QCOMPARE(scene->zoneCount(), 4);
    QCOMPARE(scene->elementItem(QStringLiteral("orders"))->pos(), QPointF(760, 300));
    // Zones enclose their members, nested zones sit inside their parent.
    const QRectF internal = scene->zoneItem(QStringLiteral("internal"))->rect();
    const QRectF data = scene->zoneItem(QStringLiteral("data"))->rect();
    QVERIFY(internal.contains(scene->elementItem(QStringLiteral("orders"))->sceneBodyRect()));
    QVERIFY(data.contains(scene->elementItem(QStringLiteral("order-db"))->sceneBodyRect()));
    QVERIFY(internal.contains(data));
    QVERIFY(scene->zoneItem(QStringLiteral("data"))->zValue() > scene->zoneItem(QStringLiteral("internal"))->zValue());
    QCOMPARE(scene->zoneItem(QStringLiteral("data"))->trust(), Trust::Restricted);  // shown on its label
    // Two flows between orders and payments fan out instead of overlapping.
    const FlowItem *there = scene->flowItem(QStringLiteral("orders-to-payments"));
    const FlowItem *back = scene->flowItem(QStringLiteral("payments-to-orders"));
    QVERIFY(there->boundingRect() != back->boundingRect());
}

void TestCanvas::placesElementsWithoutPositions()
{
    Model m = testing::shopModel();
    m.views.front().positions.clear();
    doc->resetModel(m);
    QCOMPARE(scene->elementCount(), 8);
    QSet<QPair<double, double>> seen;
    for (const Element &e : m.elements) {
        const QPointF p = scene->elementItem(e.id)->pos();
        QVERIFY2(!seen.contains({p.x(), p.y()}), qPrintable(e.id));
        seen.insert({p.x(), p.y()});
    }
    // Deterministic: the same model is laid out the same way again.
    const QPointF before = scene->elementItem(QStringLiteral("worker"))->pos();
    doc->resetModel(m);
    QCOMPARE(scene->elementItem(QStringLiteral("worker"))->pos(), before);
    // Sibling zones do not overlap.
    QVERIFY(!scene->zoneItem(QStringLiteral("internet"))->rect().intersects(scene->zoneItem(QStringLiteral("dmz"))->rect()));
}

void TestCanvas::dropFromPaletteAddsElementInZone()
{
    const int steps = doc->undoStack()->count();
    drop(QStringLiteral("service"), QPointF(884, 417));
    const Element *added = findObject<Element>(model(), QStringLiteral("new-service"));
    QVERIFY(added);
    QCOMPARE(added->kind, ElementKind::Service);
    QCOMPARE(added->name, QStringLiteral("New service"));
    QCOMPARE(added->zone, QStringLiteral("internal"));
    QVERIFY(findObject<View>(model(), QStringLiteral("main"))->elements.contains(QStringLiteral("new-service")));
    QCOMPARE(savedPosition(QStringLiteral("new-service")), QPointF(880, 420));  // snapped to the grid
    QVERIFY(scene->elementItem(QStringLiteral("new-service")));
    QCOMPARE(selection->current(), (ObjectRef{Collection::Elements, QStringLiteral("new-service")}));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Add service"));

    // Dropped on open canvas: no zone. A second one gets the next id.
    drop(QStringLiteral("datastore"), QPointF(400, 800));
    const Element *store = findObject<Element>(model(), QStringLiteral("new-datastore"));
    QVERIFY(store);
    QVERIFY(store->zone.isEmpty());
    drop(QStringLiteral("service"), QPointF(400, 1000));
    QVERIFY(findObject<Element>(model(), QStringLiteral("new-service-2")));

    for (int i = 0; i < 3; ++i)
        doc->undoStack()->undo();
    QVERIFY(model() == original);
    QVERIFY(!scene->elementItem(QStringLiteral("new-service")));
}

void TestCanvas::dropZoneFromPalette()
{
    drop(QStringLiteral("zone"), QPointF(600, 900));
    const Zone *zone = findObject<Zone>(model(), QStringLiteral("new-zone"));
    QVERIFY(zone);
    QVERIFY(zone->parent.isEmpty());
    const ZoneItem *item = scene->zoneItem(QStringLiteral("new-zone"));
    QVERIFY(item);
    QVERIFY(item->rect().contains(QPointF(600, 900)));  // shown while still empty
    // Now drop an element into it.
    drop(QStringLiteral("cache"), QPointF(600, 900));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("new-cache"))->zone, QStringLiteral("new-zone"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(model() == original);
    QVERIFY(!scene->zoneItem(QStringLiteral("new-zone")));
}

void TestCanvas::connectByDraggingHandle()
{
    const ElementItem *gateway = scene->elementItem(QStringLiteral("gateway"));
    const QPointF handle = gateway->mapToScene(gateway->connectHandleCentre());
    drag(handle, QPointF(760, 520));  // onto "events"
    const Flow *flow = findObject<Flow>(model(), QStringLiteral("gateway-to-events"));
    QVERIFY(flow);
    QCOMPARE(flow->from, QStringLiteral("gateway"));
    QCOMPARE(flow->to, QStringLiteral("events"));
    QCOMPARE(flow->protocol, QStringLiteral("https"));
    QVERIFY(scene->flowItem(QStringLiteral("gateway-to-events")));
    QCOMPARE(selection->current(), (ObjectRef{Collection::Flows, QStringLiteral("gateway-to-events")}));
    // Nothing moved while connecting.
    QCOMPARE(savedPosition(QStringLiteral("gateway")), QPointF(420, 300));

    // Alt-drag works from anywhere on the element; a second flow between
    // the same pair gets a unique id.
    drag(QPointF(420, 300), QPointF(760, 520), Qt::AltModifier);
    QVERIFY(findObject<Flow>(model(), QStringLiteral("gateway-to-events-2")));
    // Released on empty canvas: nothing.
    const auto flows = model().flows.size();
    drag(handle, QPointF(600, 1200));
    QCOMPARE(model().flows.size(), flows);

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(model() == original);
}

void TestCanvas::moveWithMouseSavesPosition()
{
    drag(QPointF(760, 300), QPointF(803, 262));
    QCOMPARE(savedPosition(QStringLiteral("orders")), QPointF(800, 260));  // snapped
    QCOMPARE(scene->elementItem(QStringLiteral("orders"))->pos(), QPointF(800, 260));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("orders"))->zone, QStringLiteral("internal"));
    // The flows followed.
    QVERIFY(scene->flowItem(QStringLiteral("gateway-to-orders"))->sceneBoundingRect().contains(QPointF(700, 270)));

    view->setSnapToGrid(false);
    drag(QPointF(800, 260), QPointF(813, 267));
    QCOMPARE(savedPosition(QStringLiteral("orders")), QPointF(813, 267));

    doc->undoStack()->undo();
    QCOMPARE(savedPosition(QStringLiteral("orders")), QPointF(800, 260));  // two drags, two steps
    doc->undoStack()->undo();
    QVERIFY(model() == original);
    QCOMPARE(scene->elementItem(QStringLiteral("orders"))->pos(), QPointF(760, 300));
}

void TestCanvas::dragIntoAnotherZoneIsOneStep()
{
    const int steps = doc->undoStack()->count();
    drag(QPointF(1060, 520), QPointF(420, 365));  // worker into the DMZ, below the gateway
    QCOMPARE(findObject<Element>(model(), QStringLiteral("worker"))->zone, QStringLiteral("dmz"));
    QCOMPARE(savedPosition(QStringLiteral("worker")), QPointF(420, 360));
    QVERIFY(scene->zoneItem(QStringLiteral("dmz"))->rect().contains(scene->elementItem(QStringLiteral("worker"))->sceneBodyRect()));
    QCOMPARE(doc->undoStack()->count(), steps + 1);

    // Into the nested zone.
    drag(QPointF(760, 300), QPointF(1060, 365));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("orders"))->zone, QStringLiteral("data"));

    // Onto open canvas: keeps its zone, the zone grows.
    drag(QPointF(100, 100), QPointF(100, -80));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("customer"))->zone, QStringLiteral("internet"));
    QVERIFY(scene->zoneItem(QStringLiteral("internet"))->rect().contains(QPointF(100, -80)));

    for (int i = 0; i < 3; ++i)
        doc->undoStack()->undo();
    QVERIFY(model() == original);
}

void TestCanvas::siblingZoneOverlapIsMarked()
{
    const auto zone = [this](const char *id) { return scene->zoneItem(QString::fromLatin1(id)); };
    QVERIFY(zone("internet")->siblingOverlaps().isEmpty());
    // A hand-edited file puts the web shop (internet) below the gateway
    // (DMZ): the two zone boxes overlap.
    Model m = original;
    m.views.front().positions[1].second = {420, 420};
    doc->resetModel(m);
    const QRectF overlap = zone("internet")->rect().intersected(zone("dmz")->rect());
    QVERIFY(!overlap.isEmpty());
    QCOMPARE(zone("internet")->siblingOverlaps(), QList<QRectF>{overlap});
    QCOMPARE(zone("dmz")->siblingOverlaps(), QList<QRectF>{overlap});
    QVERIFY(zone("internet")->toolTipText().contains(QStringLiteral("Overlaps")));
    // A nested zone inside its parent is not an overlap.
    QVERIFY(zone("data")->siblingOverlaps().isEmpty());
    QVERIFY(zone("internal")->siblingOverlaps().isEmpty());
    // Dragging the web shop back home clears the mark.
    drag(QPointF(420, 420), QPointF(100, 300));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("web"))->zone, QStringLiteral("internet"));
    QVERIFY(zone("internet")->siblingOverlaps().isEmpty());
    QVERIFY(zone("dmz")->siblingOverlaps().isEmpty());
}

void TestCanvas::clickDoesNotMove()
{
    view->setSnapToGrid(true);
    Model m = original;
    m.views.front().positions[0].second = {103, 107};  // off the grid
    doc->resetModel(m);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(103, 107)));
    QCOMPARE(savedPosition(QStringLiteral("customer")), QPointF(103, 107));
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(selection->contains({Collection::Elements, QStringLiteral("customer")}));
}

void TestCanvas::arrowKeysNudgeAsOneStep()
{
    selection->select({{Collection::Elements, QStringLiteral("orders")}, {Collection::Elements, QStringLiteral("events")}});
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Right);
    QTest::keyClick(view.get(), Qt::Key_Right);
    QTest::keyClick(view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(savedPosition(QStringLiteral("orders")), QPointF(800, 400));
    QCOMPARE(savedPosition(QStringLiteral("events")), QPointF(800, 620));
    QCOMPARE(scene->elementItem(QStringLiteral("orders"))->pos(), QPointF(800, 400));
    QCOMPARE(doc->undoStack()->count(), 1);  // merged
    doc->undoStack()->undo();
    QVERIFY(model() == original);
}

void TestCanvas::deleteKeyRemovesSelection()
{
    selection->select({{Collection::Elements, QStringLiteral("events")}});
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Delete);
    QVERIFY(!findObject<Element>(model(), QStringLiteral("events")));
    QVERIFY(!findObject<Flow>(model(), QStringLiteral("orders-to-events")));
    QVERIFY(!scene->elementItem(QStringLiteral("events")));
    QVERIFY(!scene->flowItem(QStringLiteral("events-to-worker")));
    QVERIFY(selection->isEmpty());
    doc->undoStack()->undo();
    QVERIFY(model() == original);
    QVERIFY(scene->elementItem(QStringLiteral("events")));
    QCOMPARE(scene->flowCount(), 8);

    // A zone: its elements move up to the parent.
    selection->select({{Collection::Zones, QStringLiteral("data")}});
    QTest::keyClick(view.get(), Qt::Key_Backspace);
    QVERIFY(!scene->zoneItem(QStringLiteral("data")));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("order-db"))->zone, QStringLiteral("internal"));
    doc->undoStack()->undo();
    QVERIFY(model() == original);
}

void TestCanvas::undoRedoRestoresExactModel()
{
    drop(QStringLiteral("function"), QPointF(884, 417));
    drag(QPointF(880, 423), QPointF(420, 365));  // into the DMZ
    const ElementItem *gateway = scene->elementItem(QStringLiteral("gateway"));
    drag(gateway->mapToScene(gateway->connectHandleCentre()), QPointF(420, 375));
    selection->select({{Collection::Elements, QStringLiteral("customer")}});
    QTest::keyClick(view.get(), Qt::Key_Left);
    selection->select({{Collection::Flows, QStringLiteral("customer-to-web")}});
    QTest::keyClick(view.get(), Qt::Key_Delete);
    const Model edited = model();
    QCOMPARE(findObject<Element>(edited, QStringLiteral("new-function"))->zone, QStringLiteral("dmz"));
    QVERIFY(findObject<Flow>(edited, QStringLiteral("gateway-to-new-function")));

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QVERIFY(model() == original);
    QCOMPARE(scene->elementCount(), 8);
    QCOMPARE(scene->flowCount(), 8);
    while (doc->undoStack()->canRedo())
        doc->undoStack()->redo();
    QVERIFY(model() == edited);
    QVERIFY(scene->flowItem(QStringLiteral("gateway-to-new-function")));
    QVERIFY(!scene->flowItem(QStringLiteral("customer-to-web")));
    QCOMPARE(scene->elementItem(QStringLiteral("new-function"))->zoneId(), QStringLiteral("dmz"));
}

QTEST_MAIN(TestCanvas)
