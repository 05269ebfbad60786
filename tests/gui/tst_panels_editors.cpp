// The workshop editors: an API's operations table, recording a decision
// about the selection, and asking and answering questions.
#include "model/index/lookup.h"
#include "tests/gui/tst_panels.h"

#include "views/panels/apicontractspanel.h"
#include "views/panels/decisionspanel.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/objecteditor.h"
#include "views/panels/objectlist.h"
#include "views/panels/operationseditor.h"
#include "views/panels/questionspanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

namespace {

const QString kApi = QStringLiteral("bookings-api");

// Double-clicks a cell and types `text` into the editor that opens; Enter
// commits (the delegate does it on the next turn of the event loop).
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    const QRect cell = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QPointer<QLineEdit> editor;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) && editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(editor.isNull());
}

// Clicks the check box of a cell in a list view.
void clickCheckBox(QTreeView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
}

}  // namespace

void TestPanels::operationsTableEdits()
{
    auto *panel = new ApiContractsPanel(doc.get(), selection.get());
    widgets.emplace_back(panel);
    showWidget(panel, QSize(1100, 500));
    panel->showApi(kApi, QStringLiteral("operations"));
    QTableWidget *table = panel->operationsEditor()->table();
    QTRY_VERIFY(table->isVisible());
    const auto operations = [this] { return findObject<Api>(model(), kApi)->operations; };
    QCOMPARE(table->rowCount(), int(operations().size()));

    editCell(table, 1, OperationsEditor::Path, QStringLiteral("/v1/plot-bookings"));
    QCOMPARE(operations()[1].path, QStringLiteral("/v1/plot-bookings"));
    editCell(table, 0, OperationsEditor::Responses, QStringLiteral("200: PlotList, 400: Problem"));
    const OrderedMap<QString> responses{{QStringLiteral("200"), QStringLiteral("PlotList")},
                                        {QStringLiteral("400"), QStringLiteral("Problem")}};
    QCOMPARE(operations()[0].responses, responses);
    QCOMPARE(doc->undoStack()->count(), 2);  // one step per cell

    const auto before = operations().size();
    QAbstractButton *add = buttonWithText(panel, QStringLiteral("+ Operation"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(operations().size(), before + 1);
    QCOMPARE(table->rowCount(), int(before + 1));

    doc->undoStack()->undo();
    QCOMPARE(table->rowCount(), int(before));  // the table follows undo
    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::recordDecisionAboutSelection()
{
    auto *panel = new DecisionsPanel(doc.get(), selection.get());
    widgets.emplace_back(panel);
    showWidget(panel, QSize(1100, 600));
    const std::vector<ObjectRef> about{{Collection::Elements, QStringLiteral("booking-service")},
                                       {Collection::Elements, QStringLiteral("bookings-db")}};
    selection->select(about);

    QAbstractButton *record = panel->findChild<QAbstractButton *>(QStringLiteral("recordDecision"));
    QVERIFY(record);
    QTest::mouseClick(record, Qt::LeftButton);
    const QString id = panel->currentDecision();
    QVERIFY(!id.isEmpty());
    const auto decision = [this, id] { return *findObject<Decision>(model(), id); };
    QCOMPARE(decision().affects, (QStringList{QStringLiteral("booking-service"), QStringLiteral("bookings-db")}));
    QCOMPARE(decision().status, std::optional(DecisionStatus::Proposed));
    QCOMPARE(decision().date, QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(panel->list()->currentId(), id);
    QCOMPARE(selection->selection(), about);  // still pointing at the subject

    // The title is ready to type over.
    auto *title = qobject_cast<QLineEdit *>(panel->editor()->editor(QStringLiteral("title"))->inputWidget());
    QVERIFY(title);
    QTest::keyClicks(title, QStringLiteral("Keep bookings in PostgreSQL"));
    QCOMPARE(decision().title, QStringLiteral("Keep bookings in PostgreSQL"));
    auto *status = qobject_cast<QComboBox *>(panel->editor()->editor(QStringLiteral("status"))->inputWidget());
    choose(status, QStringLiteral("accepted"));
    QCOMPARE(decision().status, std::optional(DecisionStatus::Accepted));

    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::questionsAddAndAnswer()
{
    auto *panel = new QuestionsPanel(doc.get(), selection.get());
    widgets.emplace_back(panel);
    showWidget(panel, QSize(1100, 500));
    select(Collection::Elements, QStringLiteral("api-gateway"));

    QLineEdit *ask = panel->quickAddEdit();
    QTest::mouseClick(ask, Qt::LeftButton);
    QTest::keyClicks(ask, QStringLiteral("Who rotates the gateway signing keys?"));
    QTest::keyClick(ask, Qt::Key_Return);
    QCOMPARE(model().questions.size(), std::size_t(1));
    const Question &asked = model().questions.front();
    QCOMPARE(asked.text, QStringLiteral("Who rotates the gateway signing keys?"));
    QCOMPARE(asked.about, QStringList{QStringLiteral("api-gateway")});
    QCOMPARE(asked.status, std::optional(QuestionStatus::Open));
    QVERIFY(ask->text().isEmpty());  // ready for the next question
    QCOMPARE(panel->currentQuestion(), asked.id);
    const QString id = asked.id;

    auto *answer = qobject_cast<QPlainTextEdit *>(panel->editor()->editor(QStringLiteral("answer"))->inputWidget());
    QVERIFY(answer);
    QTest::mouseClick(answer->viewport(), Qt::LeftButton);
    QTest::keyClicks(answer, QStringLiteral("The platform team, every 90 days."));
    QCOMPARE(findObject<Question>(model(), id)->answer, QStringLiteral("The platform team, every 90 days."));

    QTreeView *list = panel->list()->view();
    QCOMPARE(list->model()->rowCount(), 1);
    clickCheckBox(list, list->model()->index(0, QuestionsPanel::AnsweredColumn));
    QCOMPARE(findObject<Question>(model(), id)->status, std::optional(QuestionStatus::Answered));
    QTRY_COMPARE(list->model()->rowCount(), 0);  // "Open" hides answered ones
    choose(panel->statusFilter(), QStringLiteral("All"));
    QCOMPARE(list->model()->rowCount(), 1);

    undoAll();
    QCOMPARE(yaml(), original);
}
