// The Transition panel and the stage colouring on real widgets: the table
// lists the elements changing hands, every inline edit is one undo step
// (a stage change keeps the old stage in the history), the time line marks
// the overdue phase, a model without a transition plans one from the
// template, and View → Colour by Ownership Stage marks the diagram.
#include "app/gui/mainwindow.h"
#include "app/gui/stagecolouring.h"
#include "app/gui/viewtabs.h"
#include "model/index/lookup.h"
#include "tests/gui/tst_mainwindow_prompts.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/stageoverlay.h"
#include "views/panels/phasetimeline.h"
#include "views/panels/transitionpanel.h"
#include "views/panels/transitiontablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace lintel;

namespace {

const QDate kToday(2026, 12, 7);

QString transitionModel() { return QStringLiteral(LINTEL_SOURCE_DIR "/tests/data/transition/editor.yaml"); }

const Element &element(const Document *document, const char *id)
{
    const Element *e = findObject<Element>(document->model(), QString::fromLatin1(id));
    Q_ASSERT(e);
    return *e;
}

}  // namespace

class TestTransition : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tableListsTheElementsChangingHands();
    void stageChangeIsOneUndoStepAndKeepsHistory();
    void inlineEditsAreUndoableAndDatesChecked();
    void timelineMarksTheOverduePhase();
    void planningATransitionUsesTheTemplate();
    void stageColouringMarksTheDiagram();

private:
    QTemporaryDir m_dir;
    testing::ScriptedPrompts m_prompts;
};

void TestTransition::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("LintelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_transition"));
    QSettings().clear();
    qputenv("LINTEL_AUTOSAVE_DIR", m_dir.filePath(QStringLiteral("autosave")).toLocal8Bit());
}

void TestTransition::tableListsTheElementsChangingHands()
{
    MainWindow window;
    window.setPrompts(&m_prompts);
    QVERIFY(window.openFile(transitionModel()));
    TransitionPanel *panel = window.transitionPanel();
    TransitionTableModel *table = panel->tableModel();
    // The vendor's service and store, and the in-house worker given a
    // stage; not the person.
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->elementAt(0), QStringLiteral("ledger-api"));
    QCOMPARE(table->elementAt(1), QStringLiteral("ledger-db"));
    QCOMPARE(table->elementAt(2), QStringLiteral("reports"));
    QCOMPARE(table->index(0, TransitionTableModel::StageColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(table->index(1, TransitionTableModel::StageColumn).data().toString(), QStringLiteral("—"));
    // Observability without a status is judged from operations.
    QCOMPARE(table->index(0, TransitionTableModel::ObservabilityColumn).data().toString(), QStringLiteral("done (ops)"));
    QCOMPARE(table->index(1, TransitionTableModel::ObservabilityColumn).data().toString(), QStringLiteral("open (ops)"));
    QVERIFY2(panel->summaryText().contains(QStringLiteral("stage 2: 1")), qPrintable(panel->summaryText()));
    QVERIFY2(panel->summaryText().contains(QStringLiteral("no stage: 1")), qPrintable(panel->summaryText()));

    // Filtering by team: the vendor's two.
    QComboBox *filter = panel->teamFilter();
    filter->setCurrentIndex(filter->findData(QStringLiteral("ledger-vendor")));
    QCOMPARE(table->rowCount(), 2);
    filter->setCurrentIndex(0);
    QCOMPARE(table->rowCount(), 3);

    // Choosing a row selects the element.
    panel->table()->setCurrentIndex(table->index(1, 0));
    QCOMPARE(window.selection()->current().id, QStringLiteral("ledger-db"));
}

void TestTransition::stageChangeIsOneUndoStepAndKeepsHistory()
{
    MainWindow window;
    window.setPrompts(&m_prompts);
    QVERIFY(window.openFile(transitionModel()));
    Document *document = window.document();
    TransitionPanel *panel = window.transitionPanel();
    panel->setToday(kToday);
    TransitionTableModel *table = panel->tableModel();
    const Model before = document->model();

    QVERIFY(table->setData(table->index(0, TransitionTableModel::StageColumn), QStringLiteral("3"), Qt::EditRole));
    QCOMPARE(document->undoStack()->count(), 1);
    const Handover &h = element(document, "ledger-api").handover;
    QCOMPARE(h.stage, std::optional<int>(3));
    QCOMPARE(h.since, QStringLiteral("2026-12-07"));
    QCOMPARE(h.history.size(), std::size_t(2));
    QCOMPARE(h.history.back().stage, std::optional<int>(2));
    QCOMPARE(h.history.back().since, QStringLiteral("2026-10-01"));
    QCOMPARE(table->index(0, TransitionTableModel::StageColumn).data().toString(), QStringLiteral("3"));

    // The same stage again is no change; a stage out of range is refused.
    QVERIFY(!table->setData(table->index(0, TransitionTableModel::StageColumn), QStringLiteral("3"), Qt::EditRole));
    QVERIFY(!table->setData(table->index(0, TransitionTableModel::StageColumn), QStringLiteral("5"), Qt::EditRole));
    QCOMPARE(document->undoStack()->count(), 1);

    document->undoStack()->undo();
    QVERIFY(document->model() == before);
    document->undoStack()->redo();
    QCOMPARE(element(document, "ledger-api").handover.stage, std::optional<int>(3));
}

void TestTransition::inlineEditsAreUndoableAndDatesChecked()
{
    MainWindow window;
    window.setPrompts(&m_prompts);
    QVERIFY(window.openFile(transitionModel()));
    Document *document = window.document();
    TransitionTableModel *table = window.transitionPanel()->tableModel();

    // A walkthrough date must be a date.
    QVERIFY(!table->setData(table->index(1, TransitionTableModel::WalkthroughColumn), QStringLiteral("31.12.2026"),
                            Qt::EditRole));
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(table->setData(table->index(1, TransitionTableModel::WalkthroughColumn), QStringLiteral("2026-12-01"),
                           Qt::EditRole));
    QCOMPARE(element(document, "ledger-db").handover.knowledge.walkthrough.date, QStringLiteral("2026-12-01"));

    QVERIFY(table->setData(table->index(1, TransitionTableModel::RollbackColumn), QStringLiteral("done"), Qt::EditRole));
    QCOMPARE(element(document, "ledger-db").handover.done.rollbackNotes.status, std::optional(ItemStatus::Done));
    QVERIFY(!table->setData(table->index(1, TransitionTableModel::TestsColumn), QStringLiteral("finished"), Qt::EditRole));

    QVERIFY(table->setData(table->index(1, TransitionTableModel::AccessColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(element(document, "ledger-db").handover.knowledge.accessTransferred, std::optional(true));
    QCOMPARE(document->undoStack()->count(), 3);

    document->undoStack()->undo();
    QCOMPARE(element(document, "ledger-db").handover.knowledge.accessTransferred, std::optional<bool>());
    document->undoStack()->undo();
    QCOMPARE(element(document, "ledger-db").handover.done.rollbackNotes.status, std::optional<ItemStatus>());
}

void TestTransition::timelineMarksTheOverduePhase()
{
    MainWindow window;
    window.setPrompts(&m_prompts);
    QVERIFY(window.openFile(transitionModel()));
    PhaseTimeline *timeline = window.transitionPanel()->timeline();
    timeline->setToday(kToday);
    // Knowledge transfer was planned to end 2026-11-30 and has not.
    QCOMPARE(timeline->overduePhases(), QStringList{QStringLiteral("kt")});
    timeline->setToday(QDate(2026, 11, 1));
    QVERIFY(timeline->overduePhases().isEmpty());
    // The axis spans every date, in whole months.
    QCOMPARE(timeline->firstDate(), QDate(2026, 9, 1));
    QCOMPARE(timeline->lastDate(), QDate(2027, 3, 1));
}

void TestTransition::planningATransitionUsesTheTemplate()
{
    MainWindow window;
    window.setPrompts(&m_prompts);
    QVERIFY(window.openFile(QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/small.yaml")));
    Document *document = window.document();
    TransitionPanel *panel = window.transitionPanel();
    if (!(document->model().transition == Transition{}))
        QSKIP("small.yaml has a transition");
    panel->setToday(kToday);
    QVERIFY(panel->planButton()->isVisibleTo(panel));
    panel->planButton()->click();
    QCOMPARE(document->undoStack()->count(), 1);
    const Transition &t = document->model().transition;
    QCOMPARE(t.phases.size(), std::size_t(5));
    const PhaseKind kinds[] = {PhaseKind::Audit, PhaseKind::ParallelTeam, PhaseKind::KnowledgeTransfer,
                               PhaseKind::ControlledImplementation, PhaseKind::OwnershipShift};
    for (std::size_t i = 0; i < 5; ++i)
        QCOMPARE(t.phases[i].kind, std::optional(kinds[i]));
    QCOMPARE(t.phases.front().plannedStart, QStringLiteral("2026-12-07"));
    // Phases follow each other without gaps, and the target is the last end.
    for (std::size_t i = 1; i < 5; ++i)
        QCOMPARE(QDate::fromString(t.phases[i - 1].plannedEnd, Qt::ISODate).addDays(1),
                 QDate::fromString(t.phases[i].plannedStart, Qt::ISODate));
    QCOMPARE(t.targetDate, t.phases.back().plannedEnd);
    QVERIFY(!panel->planButton()->isVisibleTo(panel));
    document->undoStack()->undo();
    QVERIFY(document->model().transition == Transition{});
}

void TestTransition::stageColouringMarksTheDiagram()
{
    MainWindow window;
    window.setPrompts(&m_prompts);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(transitionModel()));
    StageColouring *colouring = window.stageColouring();
    QVERIFY(!colouring->currentOverlay());
    colouring->toggleAction()->trigger();
    canvas::StageOverlay *overlay = colouring->currentOverlay();
    QVERIFY(overlay);
    QCOMPARE(overlay->markedCount(), 3);
    QCOMPARE(overlay->stageShownFor(QStringLiteral("ledger-api")), std::optional<std::optional<int>>(2));
    QCOMPARE(overlay->stageShownFor(QStringLiteral("ledger-db")), std::optional<std::optional<int>>(std::nullopt));
    QVERIFY(!overlay->stageShownFor(QStringLiteral("clerk")));
    QVERIFY(colouring->currentLegend());
    QVERIFY(colouring->currentLegend()->isVisible());
    // The panel's button is the same switch.
    QVERIFY(window.transitionPanel()->overlayButton()->isChecked());

    // An edit shows at once: the element's stage as the overlay reads it.
    QVERIFY(window.transitionPanel()->tableModel()->setData(
        window.transitionPanel()->tableModel()->index(1, TransitionTableModel::StageColumn), QStringLiteral("1"),
        Qt::EditRole));
    QCOMPARE(overlay->stageShownFor(QStringLiteral("ledger-db")), std::optional<std::optional<int>>(1));

    colouring->toggleAction()->trigger();
    QVERIFY(!colouring->currentOverlay());
    QVERIFY(!colouring->currentLegend());
}

QTEST_MAIN(TestTransition)
#include "tst_transition.moc"
