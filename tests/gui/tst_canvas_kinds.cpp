// One row per element kind (model/style/elementkinds.h): every place that
// names, groups, offers or draws a kind reads that row, so they cannot drift.
#include "tst_canvas.h"

#include "model/rules/semantics.h"
#include "model/style/diagramstyle.h"
#include "views/canvas/elementpainter.h"
#include "views/canvas/palette.h"
#include "views/panels/panelicons.h"

#include <QtTest>

namespace {

QImage iconImage(const QIcon &icon, int size)
{
    return icon.pixmap(QSize(size, size), 2.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

}  // namespace

void TestCanvas::kindNamesComeFromOneRow()
{
    QCOMPARE(qsizetype(kElementKinds.size()), enumNames<ElementKind>().size());
    for (const ElementKindRow &row : kElementKinds) {
        const QString name = text(row.name);
        QCOMPARE(enumName(row.kind), name);                    // YAML spelling
        QCOMPARE(kindName(row.kind), name);                    // rule messages
        QCOMPARE(elementStyle(row.kind).kindLabel, name);      // labels, legends
        QCOMPARE(parseEnum<ElementKind>(name), std::optional(row.kind));
        QCOMPARE(elementStyle(row.kind).shape, row.shape);
        QCOMPARE(elementStyle(row.kind).fill.rgb() & 0xffffff, QRgb(row.fill));
    }
    // The groups the rules used before the table, unchanged.
    QStringList compute, store, actor;
    for (const ElementKindRow &row : kElementKinds) {
        if (isCompute(row.kind))
            compute << text(row.name);
        if (isStore(row.kind))
            store << text(row.name);
        if (isActor(row.kind))
            actor << text(row.name);
    }
    QCOMPARE(compute, QStringList({"gateway", "service", "function", "worker"}));
    QCOMPARE(store, QStringList({"datastore", "cache", "queue"}));
    QCOMPARE(actor, QStringList({"person", "client", "external"}));
}

void TestCanvas::paletteOffersKindsFromTheTable()
{
    PaletteWidget palette;
    QCOMPARE(palette.count(), int(kElementKinds.size()) + 1);  // the kinds, then "Zone"
    const QStringList expected{"Person", "Client", "External", "Gateway", "Service",
                               "Function", "Worker", "Queue", "Datastore", "Cache"};
    for (int i = 0; i < int(expected.size()); ++i) {
        const ElementKind kind = paletteKinds()[std::size_t(i)];
        QCOMPARE(palette.item(i)->text(), expected[i]);
        QVERIFY2(palette.item(i)->toolTip().startsWith(text(kindRow(kind).hint)),
                 qPrintable(palette.item(i)->toolTip()));
        QCOMPARE(iconImage(palette.item(i)->icon(), 32), iconImage(elementKindIcon(kind, 32), 32));
    }
    QCOMPARE(palette.item(palette.count() - 1)->text(), QStringLiteral("Zone"));
}

void TestCanvas::panelIconsPaintWithTheCanvasPainter()
{
    for (const ElementKindRow &row : kElementKinds) {
        const QImage panel = iconImage(elementIcon(row.kind), 16);
        QVERIFY2(!panel.isNull(), row.name.data());
        QCOMPARE(panel, iconImage(elementKindIcon(row.kind, 16), 16));
    }
    // Different kinds still look different at outline size.
    QVERIFY(iconImage(elementIcon(ElementKind::Datastore), 16) != iconImage(elementIcon(ElementKind::Service), 16));
}
