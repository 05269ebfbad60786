// Nothing in the panels changes or moves without the user meaning it: the
// wheel scrolls, and changes only a field the user has put the keyboard in
// (combo boxes, spin boxes and dates alike); the inspector's fields stay put
// while findings come and go.
#include "model/index/lookup.h"
#include "tests/gui/tst_panels.h"
#include "tests/gui/tst_wheel_input.h"

#include "model/document/commands.h"
#include "views/panels/decisionspanel.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/inspectorfindings.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/objecteditor.h"
#include "views/panels/objectlist.h"
#include "views/panels/wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

namespace {

// Every visible combo box and spin box (dates included) of a form.
QList<QWidget *> valueFields(QWidget *form)
{
    QList<QWidget *> fields;
    for (QWidget *w : form->findChildren<QWidget *>())
        if ((qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) && w->isVisible())
            fields << w;
    return fields;
}

// Rolls up and down over every field of `form`, none of them focused.
void rollOverEveryField(QWidget *form)
{
    for (QWidget *field : valueFields(form)) {
        lintel::testing::rollWheel(field, field->rect().center(), 2);
        lintel::testing::rollWheel(field, field->rect().center(), -5);
        QVERIFY2(!field->hasFocus(), qPrintable(field->metaObject()->className()));
    }
}

}  // namespace

void TestPanels::wheelOverUnfocusedInspectorFieldsChangesNothing()
{
    WheelGuard::install();
    InspectorPanel *inspector = showInspector();
    inspector->resize(420, 500);  // short enough to scroll
    for (const auto &[collection, id] : {std::pair{Collection::Elements, QStringLiteral("booking-service")},
                                        std::pair{Collection::Flows, QStringLiteral("member-uses-web-app")},
                                        std::pair{Collection::Decisions, QStringLiteral("use-managed-email-provider")}}) {
        select(collection, id);
        QCoreApplication::processEvents();
        const QList<QWidget *> fields = valueFields(inspector->currentEditor());
        QVERIFY2(fields.size() >= 2, qPrintable(id));
        rollOverEveryField(inspector->currentEditor());
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(yaml(), original);
    }
}

void TestPanels::wheelOverFormScrollsIt()
{
    WheelGuard::install();
    InspectorPanel *inspector = showInspector();
    inspector->resize(420, 400);
    select(Collection::Elements, QStringLiteral("booking-service"));
    QCoreApplication::processEvents();
    QScrollArea *scroll = nullptr;
    for (auto *area : inspector->findChildren<QScrollArea *>())
        if (area->isVisible() && area->isAncestorOf(inspector->currentEditor()))
            scroll = area;
    QVERIFY(scroll);
    QScrollBar *bar = scroll->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    // The first combo box of the form: rolling down over it scrolls the page.
    QWidget *combo = nullptr;
    for (QWidget *field : valueFields(inspector->currentEditor()))
        if (!combo && qobject_cast<QComboBox *>(field))
            combo = field;
    QVERIFY(combo);
    const int before = bar->value();
    testing::rollWheel(combo, combo->rect().center(), -1);
    QVERIFY2(bar->value() > before, "the wheel over an unfocused combo box scrolls the form");
    QCOMPARE(yaml(), original);
}

void TestPanels::wheelOverDecisionFormChangesNothing()
{
    WheelGuard::install();
    auto *panel = new DecisionsPanel(doc.get(), selection.get());
    widgets.emplace_back(panel);
    showWidget(panel, QSize(1100, 420));
    panel->showDecision(QStringLiteral("use-managed-email-provider"));
    QCoreApplication::processEvents();
    auto *date = qobject_cast<QDateEdit *>(panel->editor()->editor(QStringLiteral("date"))->inputWidget());
    QVERIFY(date);
    QCOMPARE(date->date(), QDate(2026, 3, 2));
    rollOverEveryField(panel->editor());
    testing::rollWheel(date, QPoint(8, date->height() / 2), -5);  // over the year
    QCOMPARE(date->date(), QDate(2026, 3, 2));
    QCOMPARE(yaml(), original);
}

void TestPanels::wheelOverFocusedFieldStillEdits()
{
    WheelGuard::install();
    InspectorPanel *inspector = showInspector();
    select(Collection::Elements, QStringLiteral("booking-service"));
    auto *kind = qobject_cast<QComboBox *>(inspector->currentEditor()->editor(QStringLiteral("kind"))->inputWidget());
    QVERIFY(kind);
    QCOMPARE(kind->focusPolicy(), Qt::StrongFocus);  // the wheel cannot focus it
    const QString before = kind->currentText();
    kind->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(kind->hasFocus());
    testing::rollWheel(kind, kind->rect().center(), -1);
    QVERIFY(kind->currentText() != before);
    QCOMPARE(findObject<Element>(model(), QStringLiteral("booking-service"))->kind,
             parseEnum<ElementKind>(kind->currentText()));
    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::inspectorFieldsHoldStillAsFindingsComeAndGo()
{
    InspectorPanel *inspector = showInspector();
    const QString flow = QStringLiteral("web-app-calls-gateway");
    select(Collection::Flows, flow);
    QTRY_VERIFY(!validator->isPending());
    FieldEditor *first = inspector->currentEditor()->editor(QStringLiteral("id"));
    QVERIFY(first);
    const auto top = [&] { return first->mapTo(inspector, QPoint(0, 0)).y(); };
    const int before = top();
    QCOMPARE(inspector->findings()->titleText(), QStringLiteral("No findings"));

    // Unauthenticated across a boundary: a finding appears, nothing moves.
    doc->execute(new SetFieldCommand(doc.get(), ObjectRef{Collection::Flows, flow}, QStringLiteral("authentication"),
                                     QString()));
    QTRY_VERIFY(!validator->isPending());
    QCOMPARE(inspector->findings()->titleText(), QStringLiteral("1 finding"));
    QVERIFY(inspector->findings()->listText().contains(QStringLiteral("authentication"), Qt::CaseInsensitive));
    QCoreApplication::processEvents();
    QCOMPARE(top(), before);

    // Folded by the user, the strip is shorter, and stays so for the next object.
    inspector->findings()->setExpanded(false);
    QTRY_VERIFY(top() < before);
    const int folded = top();
    select(Collection::Elements, QStringLiteral("booking-service"));
    select(Collection::Flows, flow);
    QCoreApplication::processEvents();
    QCOMPARE(top(), folded);
    undoAll();
    QCOMPARE(yaml(), original);
}
