// What the canvas draws, read back from the real viewport's pixels: level of
// detail when zoomed out, element kinds told apart, cached items repainting
// after changes, and exports free of selection and hover.
#include "tests/gui/tst_canvas.h"

#include "model/document/commands.h"
#include "views/canvas/canvasrender.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"

#include <QtTest>

namespace {

// Rows of `image` holding something clearly darker than its left-edge
// background (text, badges), counted as separate runs: one per text line.
int darkBands(const QImage &image)
{
    int bands = 0;
    bool inBand = false;
    for (int y = 0; y < image.height(); ++y) {
        const int background = qGray(image.pixel(0, y));
        bool dark = false;
        for (int x = 0; x < image.width() && !dark; ++x)
            dark = qGray(image.pixel(x, y)) < background - 80;
        if (dark && !inBand)
            ++bands;
        inBand = dark;
    }
    return bands;
}

}  // namespace

QImage TestCanvas::grabBody(const QString &id, bool wholeItem) const
{
    const ElementItem *item = scene->elementItem(id);
    view->centerOn(item);
    if (wholeItem)  // with the selection outline and badges
        return view->viewport()->grab(view->mapFromScene(item->sceneBoundingRect()).boundingRect()).toImage();
    // Inside the outline, so only the fill and what is drawn on it count.
    const QRect body = view->mapFromScene(item->sceneBodyRect()).boundingRect();
    const int inset = std::max(2, body.height() / 8);
    return view->viewport()->grab(body.adjusted(inset, inset, -inset, -inset)).toImage();
}

void TestCanvas::levelOfDetailDropsLabels()
{
    QTest::mouseMove(view->viewport(), QPoint(2, 2));  // no hover handle anywhere near
    // Full detail: kind, name, technology, team badge.
    view->setZoom(1);
    QVERIFY2(darkBands(grabBody(QStringLiteral("orders"))) >= 3, "kind, name and technology at 100 %");
    // Zoomed out to the name-only level: just the name.
    view->setZoom(0.45);
    QCOMPARE(darkBands(grabBody(QStringLiteral("orders"))), 1);
    // Far out: a plain coloured block, no text at all.
    view->setZoom(0.2);
    const QImage block = grabBody(QStringLiteral("orders"));
    QCOMPARE(darkBands(block), 0);
    QVERIFY(block.width() > 10);
    // Back in, the cached item is drawn in full again.
    view->setZoom(1);
    QVERIFY(darkBands(grabBody(QStringLiteral("orders"))) >= 3);
}

void TestCanvas::eachKindDrawnDistinctly()
{
    // Shape at full detail, fill colour in the far-out overview: no two
    // kinds may share both.
    const ObjectRef orders{Collection::Elements, QStringLiteral("orders")};
    QMap<QString, QString> seen;  // "shape/colour" -> kind
    for (const QString &kind : enumNames<ElementKind>()) {
        doc->execute(new SetFieldCommand(doc.get(), orders, QStringLiteral("kind"), kind));
        view->setZoom(0.2);
        const QImage block = grabBody(QStringLiteral("orders"));
        const QColor fill = block.pixelColor(block.width() / 2, block.height() / 2);
        const QString signature = QStringLiteral("%1/%2").arg(int(scene->elementItem(QStringLiteral("orders"))->nodeShape())).arg(fill.name());
        QVERIFY2(!seen.contains(signature), qPrintable(kind + QStringLiteral(" looks like ") + seen.value(signature)));
        seen.insert(signature, kind);
    }
    QCOMPARE(seen.size(), enumNames<ElementKind>().size());
}

void TestCanvas::cachedItemsRepaintOnChange()
{
    QTest::mouseMove(view->viewport(), QPoint(2, 2));
    const ObjectRef orders{Collection::Elements, QStringLiteral("orders")};
    const QImage before = grabBody(QStringLiteral("orders"), true);
    doc->execute(new SetFieldCommand(doc.get(), orders, QStringLiteral("name"), QStringLiteral("Order management")));
    const QImage renamed = grabBody(QStringLiteral("orders"), true);
    QVERIFY(renamed != before);
    selection->select({orders});
    QVERIFY(grabBody(QStringLiteral("orders"), true) != renamed);
    doc->undoStack()->undo();
    selection->select({});
    QCOMPARE(grabBody(QStringLiteral("orders"), true), before);

    // An export shows neither the selection nor the hover handle, even
    // though the view has cached both.
    const QImage plain = renderSceneToImage(*scene, 1.0);
    selection->select({orders});
    QTest::mouseMove(view->viewport(), at(QPointF(760, 300)));
    QCOMPARE(renderSceneToImage(*scene, 1.0), plain);
    QVERIFY(scene->elementItem(QStringLiteral("orders"))->isSelected());
}

void TestCanvas::flowHitTestFollowsItsOutline()
{
    QVERIFY(polylineNear(QPolygonF({QPointF(0, 0), QPointF(100, 0)}), QPointF(50, 4), 5));
    QVERIFY(!polylineNear(QPolygonF({QPointF(0, 0), QPointF(100, 0)}), QPointF(50, 6), 5));
    QVERIFY(!polylineNear(QPolygonF({QPointF(0, 0), QPointF(100, 0)}), QPointF(108, 0), 5));

    // The fast point test agrees with the stroked outline everywhere but
    // on its very edge (rounding of the outline's corners).
    for (FlowItem *flow : {scene->flowItem(QStringLiteral("gateway-to-orders")),
                           scene->flowItem(QStringLiteral("web-to-gateway"))}) {
        QVERIFY(flow);
        const QPainterPath outline = flow->shape();
        const QRectF bounds = flow->boundingRect();
        int inside = 0, disagree = 0;
        for (double x = bounds.left(); x < bounds.right(); x += 1.5)
            for (double y = bounds.top(); y < bounds.bottom(); y += 1.5) {
                const bool fast = flow->contains(QPointF(x, y));
                inside += fast;
                disagree += fast != outline.contains(QPointF(x, y));
            }
        QVERIFY(inside > 20);
        QVERIFY2(disagree * 20 < inside, qPrintable(QStringLiteral("%1 of %2").arg(disagree).arg(inside)));
    }
}

void TestCanvas::crowdedFlowsOnlyWhenMany()
{
    // The example model never thins its flows, whatever is visible.
    scene->measureFlowDensity(scene->contentRect());
    QVERIFY(!scene->flowsCrowded());

    // Hundreds of flows between two elements cross any area around them.
    const QString from = model().flows.front().from;
    const QString to = model().flows.front().to;
    for (int i = 0; i < 450; ++i) {
        Flow flow;
        flow.id = QStringLiteral("extra-%1").arg(i);
        flow.from = from;
        flow.to = to;
        doc->execute(new AddObjectCommand<Flow>(doc.get(), flow));
    }
    const QRectF around = scene->elementItem(from)->sceneBoundingRect() | scene->elementItem(to)->sceneBoundingRect();
    scene->measureFlowDensity(around);
    QVERIFY(scene->flowsCrowded());
    scene->setExporting(true);  // exports keep full detail
    QVERIFY(!scene->flowsCrowded());
    scene->setExporting(false);
    scene->measureFlowDensity(around.translated(around.width() * 50, 0));
    QVERIFY(!scene->flowsCrowded());
}
