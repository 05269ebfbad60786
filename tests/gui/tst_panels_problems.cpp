// The problems panel and the live validator: findings follow edits made in
// the inspector, selecting a finding selects its target, and "Accept
// Risk…" records an accepted risk that suppresses the finding.
#include "model/index/lookup.h"
#include "tests/gui/tst_panels.h"

#include "model/document/commands.h"
#include "model/rules/validator.h"
#include "views/panels/acceptriskdialog.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/inspectorfindings.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/problemspanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

namespace {

const QString kFlow = QStringLiteral("web-app-calls-gateway");
const QString kRule = QStringLiteral("unauthenticated-boundary-crossing");

// The table row (in the view's order) of the finding of `rule` on `target`;
// -1 when the table does not show it.
int shownRowOf(const ProblemsPanel *panel, const QString &rule, const QString &target)
{
    const QAbstractItemModel *shown = panel->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const Finding *f = panel->findingsModel()->findingAt(panel->filter()->mapToSource(shown->index(row, 0)));
        if (f && f->rule == rule && f->targets.value(0) == target)
            return row;
    }
    return -1;
}

const Finding *findingOf(const LiveValidator *validator, const QString &rule, const QString &target)
{
    for (const Finding &f : validator->findings())
        if (f.rule == rule && f.targets.contains(target))
            return &f;
    return nullptr;
}

void clickRow(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

}  // namespace

void TestPanels::removeGatewayAuthentication()
{
    doc->execute(new SetFieldCommand(doc.get(), ObjectRef{Collection::Flows, kFlow}, QStringLiteral("authentication"),
                                     QString()));
}

void TestPanels::problemFollowsBreakAndFix()
{
    auto *problems = new ProblemsPanel(doc.get(), selection.get(), validator.get());
    widgets.emplace_back(problems);
    showWidget(problems, QSize(900, 300));
    QVERIFY(validator->findings().empty());  // the example passes every rule
    InspectorPanel *inspector = showInspector();
    select(Collection::Flows, kFlow);
    auto *authentication = inspectorInput<QLineEdit>(QStringLiteral("authentication"));
    QVERIFY(authentication);

    retype(authentication, QString());  // the edit that breaks the rule
    QCOMPARE(findObject<Flow>(model(), kFlow)->authentication, QString());
    QTRY_VERIFY(shownRowOf(problems, kRule, kFlow) >= 0);
    InspectorFindings *note = inspector->findings();
    QVERIFY(note && note->isVisible());  // the inspector names it too
    QCOMPARE(note->titleText(), QStringLiteral("1 finding"));

    retype(authentication, QStringLiteral("mTLS"));  // the fix
    QTRY_COMPARE(shownRowOf(problems, kRule, kFlow), -1);
    QVERIFY(validator->findings().empty());
    QCOMPARE(note->titleText(), QStringLiteral("No findings"));
    QVERIFY(note->isVisible());  // the strip stays: the fields below hold still

    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::validatorEndsOnNewestModel()
{
    showInspector();
    select(Collection::Flows, kFlow);
    auto *protocol = inspectorInput<QLineEdit>(QStringLiteral("protocol"));
    QVERIFY(protocol);
    // Keystroke by keystroke the flow goes from encrypted to not and back.
    for (const QString &text : {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp")}) {
        retype(protocol, text);
        QTRY_VERIFY(!validator->isPending());
        ValidationOptions options;
        options.sourceFile = doc->fileName();
        QCOMPARE(validator->findings(), validate(model(), options));
    }
    QVERIFY(findingOf(validator.get(), QStringLiteral("unencrypted-boundary-crossing"), kFlow));
}

void TestPanels::selectingFindingSelectsTarget()
{
    auto *problems = new ProblemsPanel(doc.get(), selection.get(), validator.get());
    widgets.emplace_back(problems);
    showWidget(problems, QSize(900, 300));
    removeGatewayAuthentication();
    QTRY_VERIFY(shownRowOf(problems, kRule, kFlow) >= 0);
    QSignalSpy activated(problems, &ProblemsPanel::findingActivated);

    clickRow(problems->view(), shownRowOf(problems, kRule, kFlow), FindingsModel::MessageColumn);
    const ObjectRef flow{Collection::Flows, kFlow};
    QCOMPARE(selection->current(), flow);
    // The window centres the canvas on what this signal names.
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<ObjectRef>(), flow);
}

void TestPanels::acceptRiskSuppressesFinding()
{
    auto *problems = new ProblemsPanel(doc.get(), selection.get(), validator.get());
    widgets.emplace_back(problems);
    showWidget(problems, QSize(900, 300));
    removeGatewayAuthentication();
    QTRY_VERIFY(shownRowOf(problems, kRule, kFlow) >= 0);
    const QByteArray broken = yaml();

    clickRow(problems->view(), shownRowOf(problems, kRule, kFlow), FindingsModel::RuleColumn);
    auto *accept = problems->findChild<QAbstractButton *>(QStringLiteral("acceptRisk"));
    QVERIFY(accept && accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    AcceptRiskDialog *dialog = problems->openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());  // not without a reason

    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Partner traffic only until the move to OIDC"));
    retype(dialog->acceptedByEdit(), QStringLiteral("Ana Ruiz"));
    const QString expires = dialog->expiryEdit()->date().toString(Qt::ISODate);
    QVERIFY(dialog->expiryEdit()->date() > QDate::currentDate());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(model().acceptedRisks.size(), std::size_t(1));
    const AcceptedRisk &risk = model().acceptedRisks.front();
    QCOMPARE(risk.rule, kRule);
    QCOMPARE(risk.target, kFlow);
    QCOMPARE(risk.reason, QStringLiteral("Partner traffic only until the move to OIDC"));
    QCOMPARE(risk.acceptedBy, QStringLiteral("Ana Ruiz"));
    QCOMPARE(risk.expires, expires);

    QTRY_VERIFY(findingOf(validator.get(), kRule, kFlow) && findingOf(validator.get(), kRule, kFlow)->suppressed);
    QCOMPARE(shownRowOf(problems, kRule, kFlow), -1);  // accepted ones are hidden...
    problems->setShowSuppressed(true);
    QVERIFY(shownRowOf(problems, kRule, kFlow) >= 0);  // ...unless asked for
    QVERIFY(problems->countsText().contains(QStringLiteral("1 accepted")));

    doc->undoStack()->undo();  // the acceptance is one undo step
    QCOMPARE(yaml(), broken);
    QTRY_VERIFY(findingOf(validator.get(), kRule, kFlow) && !findingOf(validator.get(), kRule, kFlow)->suppressed);
    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::acceptRiskOffWhileReadOnly()
{
    auto *problems = new ProblemsPanel(doc.get(), selection.get(), validator.get());
    widgets.emplace_back(problems);
    showWidget(problems, QSize(900, 300));
    removeGatewayAuthentication();
    QTRY_VERIFY(shownRowOf(problems, kRule, kFlow) >= 0);
    clickRow(problems->view(), shownRowOf(problems, kRule, kFlow), FindingsModel::RuleColumn);
    auto *accept = problems->findChild<QAbstractButton *>(QStringLiteral("acceptRisk"));
    QVERIFY(accept && accept->isEnabled());

    doc->setReadOnly(true);
    QVERIFY(!accept->isEnabled());
    // Browsing the findings still works and does not bring the button back.
    clickRow(problems->view(), shownRowOf(problems, kRule, kFlow), FindingsModel::MessageColumn);
    QVERIFY(!accept->isEnabled());

    doc->setReadOnly(false);
    QVERIFY(accept->isEnabled());
}
