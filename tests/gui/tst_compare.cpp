// The editor's Compare With… and Conflicts panels on real widgets: what a
// reviewer sees when the open model is compared with another version, and
// resolving merge conflicts one undoable step at a time.
#include "app/gui/comparemode.h"
#include "app/gui/mainwindow.h"
#include "app/gui/viewtabs.h"
#include "model/compare/conflicts.h"
#include "model/document/commands.h"
#include "model/index/lookup.h"
#include "model/sentence/sentence.h"
#include "model/yaml/yamlio.h"
#include "tests/gui/tst_mainwindow_prompts.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/compareoverlay.h"
#include "views/canvas/diagramscene.h"
#include "views/panels/changespanel.h"
#include "views/panels/conflictspanel.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/problemspanel.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace lintel;

namespace {

Model example()
{
    YamlLoadResult loaded = readYamlFile(QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/shop.yaml"));
    return loaded.model ? *loaded.model : Model{};
}

// Every row of the tree, top to bottom, as text.
QStringList treeRows(const QTreeWidget *tree)
{
    QStringList rows;
    std::function<void(const QTreeWidgetItem *)> walk = [&](const QTreeWidgetItem *item) {
        rows << item->text(0);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return rows;
}

QTreeWidgetItem *rowStartingWith(QTreeWidget *tree, const QString &text)
{
    const auto found = tree->findItems(text, Qt::MatchStartsWith | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

int introducedRows(const FindingsModel *model)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->index(row, 0).data(FindingsModel::IntroducedRole).toBool();
    return n;
}

int compareOverlaysIn(const canvas::DiagramScene *scene)
{
    int n = 0;
    for (const QGraphicsItem *item : scene->items())
        n += dynamic_cast<const canvas::CompareOverlay *>(item) != nullptr;
    return n;
}

}  // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void compareShowsChangesAndLeavesCleanly();
    void unreadableVersionIsToldAndNothingCompared();
    void conflictsResolveOneUndoableStepEach();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    QString save(const Model &model, const QString &name);
    QTemporaryDir m_dir;
    testing::ScriptedPrompts m_prompts;
};

void TestCompare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("LintelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_compare"));
    QSettings().clear();
    qputenv("LINTEL_AUTOSAVE_DIR", m_dir.filePath(QStringLiteral("autosave")).toLocal8Bit());
    QVERIFY(!example().elements.empty());
}

QString TestCompare::save(const Model &model, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    return writeYamlFile(model, path, &error) ? path : QString();
}

std::unique_ptr<MainWindow> TestCompare::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->setPrompts(&m_prompts);
    window->resize(1280, 720);
    window->show();
    if (!window->openFile(path))
        qWarning() << "cannot open" << path << m_prompts.told;
    QCoreApplication::processEvents();
    return window;
}

void TestCompare::compareShowsChangesAndLeavesCleanly()
{
    // The older version had an element the open one no longer has.
    Model older = example();
    Element legacy;
    legacy.id = QStringLiteral("legacy-box");
    legacy.name = QStringLiteral("Legacy box");
    legacy.kind = ElementKind::Service;
    older.elements.push_back(legacy);
    older.views.front().elements << legacy.id;
    older.views.front().positions.push_back({legacy.id, Position{-400, -300}});
    const QString olderPath = save(older, QStringLiteral("older.yaml"));
    auto window = openWindow(save(example(), QStringLiteral("current.yaml")));
    Document *document = window->document();

    // Since then: one element changed, one added (without a team: a new finding).
    QVERIFY(document->execute(new SetFieldCommand(document, {Collection::Elements, QStringLiteral("cart-service")},
                                                  QStringLiteral("replicas"), 5)));
    const sentence::Result added = sentence::interpret(document->model(), QStringLiteral("service Loyalty in internal"));
    QVERIFY(added.ok());
    QVERIFY(document->execute(sentence::makeCommand(document, *added.plan, {window->viewTabs()->currentViewId(), {}})));
    QTRY_VERIFY(!window->validator()->isPending());

    CompareMode *compare = window->compare();
    QVERIFY(compare->startWith(olderPath));
    QVERIFY(compare->isActive());
    QVERIFY(compare->changesDock()->isVisible());
    const QStringList rows = treeRows(compare->changesPanel()->tree());
    QVERIFY2(rows.contains(QStringLiteral("removed Legacy box")), qPrintable(rows.join(u'|')));
    QVERIFY2(rows.contains(QStringLiteral("added Loyalty")), qPrintable(rows.join(u'|')));
    QVERIFY2(rows.contains(QStringLiteral("changed Cart service")), qPrintable(rows.join(u'|')));
    QVERIFY2(rows.contains(QStringLiteral("replicas: 3 → 5")), qPrintable(rows.join(u'|')));
    QVERIFY(compare->changesPanel()->summary()->text().contains(QStringLiteral("older.yaml")));

    // The canvas: rings on the added and the changed, a ghost for the removed.
    canvas::CompareOverlay *overlay = compare->currentOverlay();
    QVERIFY(overlay);
    QCOMPARE(overlay->markOf({Collection::Elements, QStringLiteral("loyalty")}), canvas::CompareMark::Added);
    QCOMPARE(overlay->markOf({Collection::Elements, QStringLiteral("cart-service")}), canvas::CompareMark::Changed);
    QVERIFY(!overlay->markOf({Collection::Elements, QStringLiteral("orders-service")}));
    QCOMPARE(overlay->ghosts().size(), 1);
    QCOMPARE(overlay->ghosts().front().name, QStringLiteral("Legacy box"));
    QCOMPARE(overlay->ghosts().front().centre, QPointF(-400, -300));

    // The problems panel: the new service's findings are marked new, others not.
    const FindingsModel *findings = window->problems()->findingsModel();
    QTRY_VERIFY(introducedRows(findings) > 0);
    QVERIFY(introducedRows(findings) < findings->rowCount());
    for (int row = 0; row < findings->rowCount(); ++row) {
        const QModelIndex index = findings->index(row, 0);
        const bool isNew = index.data(FindingsModel::IntroducedRole).toBool();
        QCOMPARE(index.data().toString().endsWith(QStringLiteral(" · new")), isNew);
        if (isNew)
            QVERIFY(findings->findingAt(index)->targets.contains(QStringLiteral("loyalty")));
    }

    // Selecting a change selects its object.
    QTreeWidget *tree = compare->changesPanel()->tree();
    QTreeWidgetItem *cartRow = rowStartingWith(tree, QStringLiteral("changed Cart service"));
    QVERIFY(cartRow);
    tree->setCurrentItem(cartRow);
    QCOMPARE(tree->currentItem(), cartRow);
    QCOMPARE(window->selection()->current(), (ObjectRef{Collection::Elements, QStringLiteral("cart-service")}));

    // Editing on while comparing: the comparison follows.
    document->undoStack()->undo();  // the added service
    QTRY_VERIFY(!treeRows(tree).contains(QStringLiteral("added Loyalty")));

    compare->leave();
    QVERIFY(!compare->isActive());
    QVERIFY(!compare->changesDock()->isVisible());
    QVERIFY(!compare->currentOverlay());
    QCOMPARE(compareOverlaysIn(window->viewTabs()->currentCanvas()->diagramScene()), 0);
    QCOMPARE(introducedRows(findings), 0);
}

void TestCompare::unreadableVersionIsToldAndNothingCompared()
{
    auto window = openWindow(save(example(), QStringLiteral("alone.yaml")));
    m_prompts.told.clear();
    QVERIFY(!window->compare()->startWith(m_dir.filePath(QStringLiteral("missing.yaml"))));
    QVERIFY(!window->compare()->isActive());
    QCOMPARE(m_prompts.told.size(), 1);
    QVERIFY2(m_prompts.told.front().contains(QStringLiteral("missing.yaml")), qPrintable(m_prompts.told.front()));
}

void TestCompare::conflictsResolveOneUndoableStepEach()
{
    Model merged = example();
    Flow &flow = merged.flows.front();
    const QString flowId = flow.id;
    flow.protocol = QStringLiteral("grpcs");  // ours
    MergeConflict onFlow{QStringLiteral("flows"), flowId, QStringLiteral("protocol"), {}, {}, {}};
    onFlow.base.type = onFlow.ours.type = onFlow.theirs.type = YamlValue::Type::Scalar;
    onFlow.base.scalar = QStringLiteral("https");
    onFlow.ours.scalar = QStringLiteral("grpcs");
    onFlow.theirs.scalar = QStringLiteral("http");
    MergeConflict onElement = onFlow;
    onElement.section = QStringLiteral("elements");
    onElement.id = QStringLiteral("cart-service");
    onElement.field = QStringLiteral("replicas");
    onElement.base.scalar = QStringLiteral("3");
    onElement.ours.scalar = QStringLiteral("3");
    onElement.theirs.scalar = QStringLiteral("4");
    writeConflicts(merged, {onFlow, onElement});
    auto window = openWindow(save(merged, QStringLiteral("merged.yaml")));
    Document *document = window->document();
    ConflictsPanel *panel = window->compare()->conflictsPanel();
    QCOMPARE(panel->conflictCount(), 2);
    QVERIFY(window->compare()->conflictsDock()->isVisible());
    QCOMPARE(panel->list()->currentRow(), 0);

    panel->takeTheirs();
    QCOMPARE(findObject<Flow>(document->model(), flowId)->protocol, QStringLiteral("http"));
    QCOMPARE(panel->conflictCount(), 1);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(findObject<Flow>(document->model(), flowId)->protocol, QStringLiteral("grpcs"));
    QCOMPARE(panel->conflictCount(), 2);
    document->undoStack()->redo();
    QCOMPARE(panel->conflictCount(), 1);

    // The last one: ours stays, and the record is gone from the model.
    panel->takeOurs();
    QCOMPARE(findObject<Element>(document->model(), QStringLiteral("cart-service"))->replicas, std::optional<int>(3));
    QCOMPARE(panel->conflictCount(), 0);
    QVERIFY(readConflicts(document->model()).empty());
    QVERIFY(!findIn(document->model().extras, QString::fromLatin1(kConflictsKey)));
    QVERIFY(!window->compare()->conflictsDock()->isVisible());
    QVERIFY(!panel->takeTheirsButton()->isEnabled());
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
