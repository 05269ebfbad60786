// The outline: elements grouped in their zones with truthful counts, the
// filter, names shown in full even in a narrow dock, and selection.
#include "tests/gui/tst_panels.h"

#include "model/document/commands.h"
#include "views/panels/outlinemodel.h"
#include "views/panels/outlinepanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QtTest>
#include <functional>

namespace {

OutlinePanel *makeOutline(Document *document, SelectionModel *selection,
                          std::vector<std::unique_ptr<QWidget>> &widgets)
{
    auto *outline = new OutlinePanel(document, selection);
    widgets.emplace_back(outline);
    return outline;
}

// The row of an object as the user sees it (invalid when filtered out).
QModelIndex shownRow(OutlinePanel *outline, Collection c, const QString &id)
{
    return outline->proxyModel()->mapFromSource(outline->outlineModel()->indexOf(ObjectRef{c, id}));
}

QModelIndex shownGroup(OutlinePanel *outline, QStandardItem *group)
{
    return group ? outline->proxyModel()->mapFromSource(group->index()) : QModelIndex();
}

QString countShown(OutlinePanel *outline, QStandardItem *group)
{
    return shownGroup(outline, group).siblingAtColumn(OutlineModel::DetailColumn).data().toString();
}

}  // namespace

void TestPanels::outlineGroupsElementsInZones()
{
    OutlinePanel *outline = makeOutline(doc.get(), selection.get(), widgets);
    showWidget(outline, QSize(320, 700));
    OutlineModel *tree = outline->outlineModel();

    for (const Element &e : model().elements) {
        const QModelIndex row = shownRow(outline, Collection::Elements, e.id);
        QVERIFY2(row.isValid(), qPrintable(e.id));
        QCOMPARE(OutlineModel::refAt(row.parent()), std::optional(ObjectRef{Collection::Zones, e.zone}));
        QVERIFY(outline->view()->isExpanded(row.parent()));  // zones open at first sight
    }
    QCOMPARE(countShown(outline, tree->category(Collection::Zones)), QString::number(model().zones.size()));
    QCOMPARE(countShown(outline, tree->category(Collection::Flows)), QString::number(model().flows.size()));
    // Every element is in a zone: no empty "outside any zone" group.
    QVERIFY(!shownGroup(outline, tree->unzonedCategory()).isValid());

    const auto inInternet = std::count_if(model().elements.begin(), model().elements.end(),
                                          [](const Element &e) { return e.zone == u"internet"; });
    const QString tip = shownRow(outline, Collection::Zones, QStringLiteral("internet")).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("%1 element").arg(inInternet)), qPrintable(tip));
}

void TestPanels::outlineShowsElementsOutsideZones()
{
    OutlinePanel *outline = makeOutline(doc.get(), selection.get(), widgets);
    showWidget(outline, QSize(320, 700));
    QStandardItem *unzoned = outline->outlineModel()->unzonedCategory();
    const ObjectRef provider{Collection::Elements, QStringLiteral("email-provider")};

    doc->execute(new SetFieldCommand(doc.get(), provider, QStringLiteral("zone"), QString()));
    QTRY_VERIFY(shownGroup(outline, unzoned).isValid());
    QCOMPARE(countShown(outline, unzoned), QStringLiteral("1"));
    QCOMPARE(shownRow(outline, provider.collection, provider.id).parent(), shownGroup(outline, unzoned));

    doc->undoStack()->undo();
    QTRY_VERIFY(!shownGroup(outline, unzoned).isValid());
    QCOMPARE(OutlineModel::refAt(shownRow(outline, provider.collection, provider.id).parent()),
             std::optional(ObjectRef{Collection::Zones, QStringLiteral("internet")}));
}

void TestPanels::outlineFilterShowsMatchesOnly()
{
    OutlinePanel *outline = makeOutline(doc.get(), selection.get(), widgets);
    showWidget(outline, QSize(320, 700));
    QTest::mouseClick(outline->filterEdit(), Qt::LeftButton);
    QTest::keyClicks(outline->filterEdit(), QStringLiteral("GATEWAY"));
    QTRY_VERIFY(!shownRow(outline, Collection::Elements, QStringLiteral("member")).isValid());
    const QModelIndex gateway = shownRow(outline, Collection::Elements, QStringLiteral("api-gateway"));
    QVERIFY(gateway.isValid());
    QVERIFY(outline->view()->isExpanded(gateway.parent()));  // matches are opened
    QVERIFY(!shownRow(outline, Collection::Decisions, QStringLiteral("use-managed-email-provider")).isValid());

    // By kind as well as by name.
    outline->setFilterText(QStringLiteral("datastore"));
    QVERIFY(shownRow(outline, Collection::Elements, QStringLiteral("bookings-db")).isValid());
    QVERIFY(!shownRow(outline, Collection::Elements, QStringLiteral("api-gateway")).isValid());

    QTest::keyClick(outline->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(outline->filterEdit(), Qt::Key_Backspace);
    QTRY_VERIFY(shownRow(outline, Collection::Elements, QStringLiteral("member")).isValid());
}

void TestPanels::outlineNamesAreNotCut()
{
    OutlinePanel *outline = makeOutline(doc.get(), selection.get(), widgets);
    showWidget(outline, QSize(240, 700));  // a narrow dock
    QTreeView *view = outline->view();
    view->expandAll();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
    option.features |= QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasDisplay;

    // Each shown name gets at least the width it needs.
    const auto cut = [&] {
        QStringList names;
        std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
            for (int r = 0; r < view->model()->rowCount(parent); ++r) {
                const QModelIndex index = view->model()->index(r, OutlineModel::NameColumn, parent);
                if (view->itemDelegate()->sizeHint(option, index).width() > view->visualRect(index).width())
                    names << index.data().toString();
                visit(index);
            }
        };
        visit({});
        return names;
    };
    QTRY_COMPARE(cut(), QStringList());
}

void TestPanels::outlineClickSelects()
{
    OutlinePanel *outline = makeOutline(doc.get(), selection.get(), widgets);
    showWidget(outline, QSize(320, 700));
    QTreeView *view = outline->view();
    const QModelIndex gateway = shownRow(outline, Collection::Elements, QStringLiteral("api-gateway"));
    view->scrollTo(gateway);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gateway).center());
    QCOMPARE(selection->current(), (ObjectRef{Collection::Elements, QStringLiteral("api-gateway")}));

    // And the other way: a selection made elsewhere becomes the current row.
    select(Collection::Apis, QStringLiteral("bookings-api"));
    QCOMPARE(view->currentIndex(), shownRow(outline, Collection::Apis, QStringLiteral("bookings-api")));
    QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
}
