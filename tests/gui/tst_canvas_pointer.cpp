// Connecting without hunting (handles on four sides, connect mode), the
// context menu request, and accepted findings drawn apart from open ones.
#include "tests/gui/tst_canvas.h"
#include "model/index/lookup.h"

#include "model/style/diagramstyle.h"
#include "views/canvas/connecthandles.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/zoneitem.h"

#include <QContextMenuEvent>
#include <QSignalSpy>
#include <QTest>

void TestCanvas::connectHandlesOnFourSidesAtAnyZoom()
{
    for (const double zoom : {0.12, 0.3, 1.0, 2.5}) {
        view->setZoom(zoom);
        const ElementItem *gateway = scene->elementItem(QStringLiteral("gateway"));
        view->centerOn(gateway);
        QTest::mouseMove(view->viewport(), at(gateway->pos()));  // hover: the handles show
        QTRY_VERIFY(gateway->showsConnectHandles());
        QVERIFY2(connecthandles::radius(zoom) * zoom * 2 >= 12, "at least 12 px across on screen");
        const QRectF body = ElementItem::bodyRect();
        for (int side = 0; side < 4; ++side) {
            const QPointF centre = gateway->connectHandleCentre(side);
            // Outside the body, and hit a few screen pixels off its centre.
            QVERIFY(!body.contains(centre));
            QVERIFY(gateway->isOnConnectHandle(centre + QPointF(5 / zoom, 0)));
            QVERIFY(gateway->contains(centre));
        }
        // One on each side: right, below, left, above.
        QVERIFY(gateway->connectHandleCentre(0).x() > body.right());
        QVERIFY(gateway->connectHandleCentre(1).y() > body.bottom());
        QVERIFY(gateway->connectHandleCentre(2).x() < body.left());
        QVERIFY(gateway->connectHandleCentre(3).y() < body.top());
        QVERIFY(!gateway->isOnConnectHandle(QPointF(0, 0)));
    }
    QTest::mouseMove(view->viewport(), QPoint(2, 2));
    QTRY_VERIFY(!scene->elementItem(QStringLiteral("gateway"))->showsConnectHandles());

    // Drawn from the handle below, zoomed far out.
    view->setZoom(0.3);
    view->centerOn(QPointF(600, 400));
    const ElementItem *gateway = scene->elementItem(QStringLiteral("gateway"));
    QTest::mouseMove(view->viewport(), at(gateway->pos()));
    QTRY_VERIFY(gateway->showsConnectHandles());
    drag(gateway->mapToScene(gateway->connectHandleCentre(1)), QPointF(760, 520));
    QVERIFY(findObject<Flow>(model(), QStringLiteral("gateway-to-events")));
}

void TestCanvas::connectModeClickSourceThenTarget()
{
    QSignalSpy modeChanges(view.get(), &CanvasView::connectModeChanged);
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_C);
    QVERIFY(view->isConnectMode());
    QCOMPARE(modeChanges.size(), 1);
    // Click, click: a flow, and the mode stays for the next one.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(420, 300)));  // gateway
    QCOMPARE(model().flows.size(), original.flows.size());
    QTest::mouseMove(view->viewport(), at(QPointF(700, 480)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(760, 520)));  // events
    const Flow *flow = findObject<Flow>(model(), QStringLiteral("gateway-to-events"));
    QVERIFY(flow);
    QCOMPARE(flow->to, QStringLiteral("events"));
    QVERIFY(view->isConnectMode());
    // Nothing moved, and clicking the empty canvas after a source draws nothing.
    QCOMPARE(savedPosition(QStringLiteral("gateway")), QPointF(420, 300));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(760, 300)));  // orders
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(600, 1200)));
    QCOMPARE(model().flows.size(), original.flows.size() + 1);
    // Escape leaves the mode.
    QTest::keyClick(view.get(), Qt::Key_Escape);
    QVERIFY(!view->isConnectMode());
    QCOMPARE(modeChanges.size(), 2);
    // Out of the mode a click selects again.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(760, 300)));
    QCOMPARE(selection->current(), (ObjectRef{Collection::Elements, QStringLiteral("orders")}));

    // connectFrom (the context menu's "Connect from Here"): one click on the target.
    view->connectFrom(QStringLiteral("worker"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(QPointF(1060, 300)));  // order-db
    QVERIFY(findObject<Flow>(model(), QStringLiteral("worker-to-order-db")));
    QVERIFY(!view->isConnectMode());
}

void TestCanvas::contextMenuRequestNamesWhatIsUnderThePointer()
{
    QSignalSpy requests(view.get(), &CanvasView::contextMenuRequested);
    const auto rightClick = [this](QPointF scenePos) {
        const QPoint pos = at(scenePos);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view->viewport(), &event);
    };
    rightClick(QPointF(760, 300));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.last().at(0).value<ObjectRef>(), (ObjectRef{Collection::Elements, QStringLiteral("orders")}));
    QCOMPARE(selection->current(), (ObjectRef{Collection::Elements, QStringLiteral("orders")}));  // selected first
    // Inside a zone, away from its members: the zone.
    const QRectF internal = scene->zoneItem(QStringLiteral("internal"))->rect();
    rightClick(QPointF(internal.right() - 12, internal.center().y() + 100));
    QCOMPARE(requests.last().at(0).value<ObjectRef>().collection, Collection::Zones);
    // The empty canvas: no object, and where it was.
    rightClick(QPointF(600, 1100));
    QVERIFY(requests.last().at(0).value<ObjectRef>().id.isEmpty());
    QVERIFY((requests.last().at(1).toPointF() - QPointF(600, 1100)).manhattanLength() < 2);
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestCanvas::acceptedFindingsDrawnApart()
{
    Finding open;
    open.rule = QStringLiteral("store-owner");
    open.severity = Severity::Warning;
    open.targets = {QStringLiteral("order-db")};
    open.message = QStringLiteral("Datastore order-db has no owner");
    Finding accepted = open;
    accepted.rule = QStringLiteral("backup");
    accepted.targets = {QStringLiteral("events")};
    accepted.message = QStringLiteral("Queue events has no backup");
    accepted.suppressed = true;
    QTest::mouseMove(view->viewport(), QPoint(2, 2));
    const QImage plain = grabBody(QStringLiteral("events"), true);
    scene->setFindings({open, accepted});

    const ElementItem *store = scene->elementItem(QStringLiteral("order-db"));
    QCOMPARE(store->findings().count, 1);
    QCOMPARE(store->findings().accepted, 0);
    const ElementItem *events = scene->elementItem(QStringLiteral("events"));
    QCOMPARE(events->findings().count, 0);
    QCOMPARE(events->findings().accepted, 1);
    // Names, not ids, in what people read.
    QVERIFY2(store->toolTipText().contains(QStringLiteral("“Orders DB”")), qPrintable(store->toolTipText()));
    QVERIFY(events->toolTipText().contains(QStringLiteral("1 accepted risk")));
    // Muted grey with a tick, not the warning colour.
    const QImage marked = grabBody(QStringLiteral("events"), true);
    QVERIFY(marked != plain);
    const QColor warning = findingColor(Severity::Warning);
    int grey = 0, warm = 0;
    for (int y = 0; y < marked.height(); ++y)
        for (int x = 0; x < marked.width(); ++x) {
            const QColor c = marked.pixelColor(x, y);
            grey += std::abs(c.red() - 0xa8) < 8 && std::abs(c.green() - 0xae) < 8 && std::abs(c.blue() - 0xb5) < 8;
            warm += std::abs(c.red() - warning.red()) < 8 && std::abs(c.green() - warning.green()) < 8
                && std::abs(c.blue() - warning.blue()) < 8;
        }
    QVERIFY2(grey > 40, qPrintable(QString::number(grey)));
    QCOMPARE(warm, 0);
}
