// One row per element kind (model/style/elementkinds.h): every place that
// names, groups, offers or draws a kind reads that row, so they cannot drift.
#include "tst_canvas.h"

#include "model/index/semantics.h"
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
    // The groups the rules used before the table, unchanged (a kind added
    // later needs no edit here).
    const QHash<QString, KindGroup> groups{
        {"person", KindGroup::Actor},      {"client", KindGroup::Actor},   {"external", KindGroup::Actor},
        {"gateway", KindGroup::Compute},   {"service", KindGroup::Compute}, {"function", KindGroup::Compute},
        {"worker", KindGroup::Compute},    {"datastore", KindGroup::Store}, {"cache", KindGroup::Store},
        {"queue", KindGroup::Store}};
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const std::optional<ElementKind> kind = parseEnum<ElementKind>(it.key());
        QVERIFY2(kind, qPrintable(it.key()));
        QCOMPARE(isCompute(*kind), it.value() == KindGroup::Compute);
        QCOMPARE(isStore(*kind), it.value() == KindGroup::Store);
        QCOMPARE(isActor(*kind), it.value() == KindGroup::Actor);
    }
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
