// The panels on a read-only document (a revision opened for reading): every
// editing widget stops taking input while values stay visible, selectable
// and browsable, and everything comes back once the document is editable.
#include "model/index/lookup.h"
#include "tests/gui/tst_panels.h"

#include "views/panels/apicontractspanel.h"
#include "views/panels/decisionspanel.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/objecteditor.h"
#include "views/panels/objectlist.h"
#include "views/panels/operationseditor.h"
#include "views/panels/questionspanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

namespace {

QLineEdit *lineEditOf(ObjectEditor *editor, const QString &path)
{
    FieldEditor *field = editor->editor(path);
    return field ? qobject_cast<QLineEdit *>(field->inputWidget()) : nullptr;
}

}  // namespace

void TestPanels::inspectorLockedWhileReadOnly()
{
    InspectorPanel *inspector = showInspector();
    select(Collection::Elements, QStringLiteral("booking-service"));
    auto *name = lineEditOf(inspector->currentEditor(), QStringLiteral("name"));
    auto *kind = qobject_cast<QComboBox *>(inspector->currentEditor()->editor(QStringLiteral("kind"))->inputWidget());
    QVERIFY(name && kind);
    QVERIFY(!name->isReadOnly() && kind->isEnabled());

    doc->setReadOnly(true);
    QVERIFY(name->isReadOnly());
    QVERIFY(name->isEnabled());  // its text can still be selected and copied
    QVERIFY(!kind->isEnabled());
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(yaml(), original);

    // Browsing: another element, and a kind of object whose form is first
    // built now, both come up locked.
    select(Collection::Elements, QStringLiteral("bookings-db"));
    QCOMPARE(name->text(), findObject<Element>(model(), QStringLiteral("bookings-db"))->name);
    QVERIFY(name->isReadOnly());
    select(Collection::Flows, QStringLiteral("web-app-calls-gateway"));
    auto *flowId = lineEditOf(inspector->currentEditor(), QStringLiteral("id"));
    QVERIFY(flowId && flowId->isReadOnly());

    doc->setReadOnly(false);
    QVERIFY(!flowId->isReadOnly());
    select(Collection::Elements, QStringLiteral("booking-service"));
    QVERIFY(!name->isReadOnly() && kind->isEnabled());
    retype(name, QStringLiteral("Reservations"));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("booking-service"))->name, QStringLiteral("Reservations"));
}

void TestPanels::collectionPanelsLockedWhileReadOnly()
{
    auto *apis = new ApiContractsPanel(doc.get(), selection.get());
    auto *decisions = new DecisionsPanel(doc.get(), selection.get());
    auto *questions = new QuestionsPanel(doc.get(), selection.get());
    for (QWidget *panel : {static_cast<QWidget *>(apis), static_cast<QWidget *>(decisions),
                           static_cast<QWidget *>(questions)}) {
        widgets.emplace_back(panel);
        showWidget(panel, QSize(1100, 500));
    }
    questions->addQuestion(QStringLiteral("Who owns the booking data?"));
    const QByteArray editable = yaml();
    apis->showApi(QStringLiteral("bookings-api"), QStringLiteral("operations"));
    QTableWidget *operations = apis->operationsEditor()->table();
    const auto editTriggers = operations->editTriggers();
    QVERIFY(editTriggers != QAbstractItemView::NoEditTriggers);
    auto *addApi = apis->findChild<QAbstractButton *>(QStringLiteral("addApi"));
    auto *addOperation = buttonWithText(apis, QStringLiteral("+ Operation"));
    auto *record = decisions->findChild<QAbstractButton *>(QStringLiteral("recordDecision"));
    QVERIFY(addApi && addOperation && record);
    const QModelIndex answered = questions->list()->view()->model()->index(0, QuestionsPanel::AnsweredColumn);
    QVERIFY(answered.flags() & Qt::ItemIsUserCheckable);

    doc->setReadOnly(true);
    QVERIFY(!addApi->isEnabled());
    QVERIFY(!addOperation->isEnabled());
    QCOMPARE(operations->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(lineEditOf(apis->editor(), QStringLiteral("name"))->isReadOnly());
    QVERIFY(!record->isEnabled());
    QVERIFY(questions->quickAddEdit()->isReadOnly());
    QVERIFY(!(answered.flags() & Qt::ItemIsUserCheckable));
    // Browsing stays: the lists and their filters take input.
    QVERIFY(apis->list()->view()->isEnabled() && !apis->list()->filterEdit()->isReadOnly());
    QVERIFY(questions->statusFilter()->isEnabled());
    QCOMPARE(yaml(), editable);

    doc->setReadOnly(false);
    QVERIFY(addApi->isEnabled() && addOperation->isEnabled() && record->isEnabled());
    QCOMPARE(operations->editTriggers(), editTriggers);
    QVERIFY(!lineEditOf(apis->editor(), QStringLiteral("name"))->isReadOnly());
    QVERIFY(!questions->quickAddEdit()->isReadOnly());
    QVERIFY(answered.flags() & Qt::ItemIsUserCheckable);
}
