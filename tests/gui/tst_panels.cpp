// The inspector: every kind of field edited with the keyboard or mouse,
// each edit one undo step, undo back to the exact model. Also the fixture
// shared by all panel tests.
#include "tests/gui/tst_panels.h"

#include "model/document/commands.h"
#include "model/document/fieldaccess.h"
#include "model/index/lookup.h"
#include "model/yaml/yamlio.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/objecteditor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

void TestPanels::init()
{
    const YamlLoadResult loaded = readYamlFile(QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/small.yaml"));
    QVERIFY2(loaded.ok(), "the small example must load");
    doc = std::make_unique<Document>(*loaded.model);
    selection = std::make_unique<SelectionModel>();
    validator = std::make_unique<LiveValidator>(doc.get());
    original = yaml();
    QTRY_VERIFY(!validator->isPending());
}

void TestPanels::cleanup()
{
    widgets.clear();
    validator.reset();
    selection.reset();
    doc.reset();
}

QByteArray TestPanels::yaml() const { return writeYaml(model()); }

void TestPanels::undoAll()
{
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
}

void TestPanels::select(Collection collection, const QString &id) { selection->select({ObjectRef{collection, id}}); }

QVariant TestPanels::fieldOf(const ObjectRef &ref, const QString &path) const
{
    return withCollectionType(ref.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *object = findObject<T>(model(), ref.id);
        return object ? getField(*object, path) : QVariant();
    });
}

void TestPanels::showWidget(QWidget *widget, QSize size)
{
    widget->resize(size);
    widget->show();
    widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

InspectorPanel *TestPanels::showInspector()
{
    auto *inspector = new InspectorPanel(doc.get(), selection.get());
    inspector->setValidator(validator.get());
    widgets.emplace_back(inspector);
    showWidget(inspector, QSize(420, 900));
    return inspector;
}

template <class W> W *TestPanels::inspectorInput(const QString &path) const
{
    for (const auto &widget : widgets)
        if (auto *inspector = qobject_cast<InspectorPanel *>(widget.get()))
            if (FieldEditor *editor = inspector->currentEditor()->editor(path))
                return qobject_cast<W *>(editor->inputWidget());
    return nullptr;
}

void TestPanels::retype(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus(Qt::MouseFocusReason);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

void TestPanels::pressEnter(QWidget *edit)
{
    QWidget *popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : edit, Qt::Key_Return);
}

void TestPanels::choose(QComboBox *combo, const QString &text)
{
    QVERIFY(combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(QStringLiteral("no entry %1 in the combo box").arg(text)));
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const QModelIndex item = list->model()->index(index, combo->modelColumn(), combo->rootModelIndex());
    list->scrollTo(item);
    // The popup ignores a release that comes within a double-click time of
    // opening it (it takes that for the release of the opening click).
    QTest::qWait(QApplication::doubleClickInterval() + 20);
    // The entry's left part: its rectangle may be wider than a narrow popup.
    const QRect entry = list->visualRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(entry.left() + 8, entry.center().y()));
    QTRY_VERIFY(!list->isVisible());
}

QAbstractButton *TestPanels::buttonWithText(QWidget *root, const QString &text)
{
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (button->text().contains(text))
            return button;
    return nullptr;
}

void TestPanels::typingInInspectorIsOneUndoStep()
{
    showInspector();
    select(Collection::Elements, QStringLiteral("booking-service"));
    auto *name = inspectorInput<QLineEdit>(QStringLiteral("name"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Booking service"));
    const int steps = doc->undoStack()->count();

    retype(name, QStringLiteral("Reservations"));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("booking-service"))->name, QStringLiteral("Reservations"));
    QCOMPARE(doc->undoStack()->count(), steps + 1);  // the keystrokes merged

    doc->undoStack()->undo();
    QCOMPARE(yaml(), original);
    QCOMPARE(name->text(), QStringLiteral("Booking service"));  // the form follows undo
    doc->undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("Reservations"));
}

void TestPanels::comboChoosesEnumValue()
{
    showInspector();
    select(Collection::Elements, QStringLiteral("booking-service"));
    auto *kind = inspectorInput<QComboBox>(QStringLiteral("kind"));
    QVERIFY(kind);
    QCOMPARE(kind->currentText(), QStringLiteral("service"));

    choose(kind, QStringLiteral("worker"));
    QCOMPARE(findObject<Element>(model(), QStringLiteral("booking-service"))->kind, ElementKind::Worker);
    QCOMPARE(doc->undoStack()->count(), 1);

    undoAll();
    QCOMPARE(yaml(), original);
    QCOMPARE(kind->currentText(), QStringLiteral("service"));
}

void TestPanels::referencePickerMovesElement()
{
    showInspector();
    select(Collection::Elements, QStringLiteral("email-provider"));
    // A reference picker: an editable combo box around the input line.
    auto *zoneText = inspectorInput<QLineEdit>(QStringLiteral("zone"));
    auto *zone = zoneText ? qobject_cast<QComboBox *>(zoneText->parentWidget()) : nullptr;
    QVERIFY(zone);
    // Names for people, the id for the model (and in the tooltip).
    QCOMPARE(zone->currentText(), QStringLiteral("Internet"));
    QCOMPARE(zone->toolTip(), QStringLiteral("internet"));

    zone->setFocus();
    choose(zone, QStringLiteral("Cloud account"));  // the picker offers the zones by name
    QCOMPARE(findObject<Element>(model(), QStringLiteral("email-provider"))->zone, QStringLiteral("internal"));
    QCOMPARE(zone->currentText(), QStringLiteral("Cloud account"));

    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::listFieldEditsReferences()
{
    showInspector();
    select(Collection::Flows, QStringLiteral("booking-service-uses-db"));
    auto *data = inspectorInput<QLineEdit>(QStringLiteral("data"));
    QVERIFY(data);
    QCOMPARE(data->text(), QStringLiteral("bookings"));

    retype(data, QStringLiteral("bookings, confirmation-email"));
    pressEnter(data);  // lists commit as a whole
    const QStringList expected{QStringLiteral("bookings"), QStringLiteral("confirmation-email")};
    QCOMPARE(findObject<Flow>(model(), QStringLiteral("booking-service-uses-db"))->data, expected);

    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::editsEveryKindOfObject_data()
{
    QTest::addColumn<int>("collection");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    const auto row = [](const char *name, Collection c, const char *id, const char *path) {
        QTest::newRow(name) << int(c) << QString::fromLatin1(id) << QString::fromLatin1(path);
    };
    row("element", Collection::Elements, "bookings-db", "technology");
    row("zone", Collection::Zones, "internal", "name");
    row("flow", Collection::Flows, "booking-service-uses-db", "protocol");
    row("api", Collection::Apis, "bookings-api", "rate_limit");
    row("decision", Collection::Decisions, "use-managed-email-provider", "title");
    row("team", Collection::Teams, "bookings-team", "contact");
    row("nested security field", Collection::Elements, "api-gateway", "security.authentication");
}

void TestPanels::editsEveryKindOfObject()
{
    QFETCH(int, collection);
    QFETCH(QString, id);
    QFETCH(QString, path);
    const ObjectRef ref{Collection(collection), id};
    InspectorPanel *inspector = showInspector();
    select(ref.collection, ref.id);
    QCOMPARE(inspector->shownSubject(), FormSubject(ref.collection));
    QCOMPARE(inspector->shownId(), id);

    auto *edit = inspectorInput<QLineEdit>(path);  // also the text of editable combo boxes
    QVERIFY2(edit, qPrintable(QStringLiteral("no text input for %1").arg(path)));
    const QString before = fieldOf(ref, path).toString();
    QCOMPARE(edit->text(), before);

    edit->setFocus();
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClicks(edit, QStringLiteral(" (edited)"));
    pressEnter(edit);
    QCOMPARE(fieldOf(ref, path).toString(), before + QStringLiteral(" (edited)"));
    QCOMPARE(doc->undoStack()->count(), 1);

    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::systemShownWhenNothingSelected()
{
    InspectorPanel *inspector = showInspector();
    selection->clear();
    QVERIFY(!inspector->shownSubject());
    auto *version = inspectorInput<QLineEdit>(QStringLiteral("version"));
    QVERIFY(version);
    retype(version, QStringLiteral("1.1"));
    QCOMPARE(model().system.version, QStringLiteral("1.1"));
    undoAll();
    QCOMPARE(yaml(), original);
}

void TestPanels::renameIdRewritesReferences()
{
    InspectorPanel *inspector = showInspector();
    select(Collection::Elements, QStringLiteral("bookings-db"));
    auto *id = inspectorInput<QLineEdit>(QStringLiteral("id"));
    QVERIFY(id);

    retype(id, QStringLiteral("api-gateway"));  // taken: refused inline
    QTest::keyClick(id, Qt::Key_Return);
    QVERIFY(!inspector->currentEditor()->editor(QStringLiteral("id"))->errorText().isEmpty());
    QVERIFY(findObject<Element>(model(), QStringLiteral("bookings-db")));

    retype(id, QStringLiteral("plots-db"));
    QTest::keyClick(id, Qt::Key_Return);
    QVERIFY(findObject<Element>(model(), QStringLiteral("plots-db")));
    QCOMPARE(findObject<Flow>(model(), QStringLiteral("booking-service-uses-db"))->to, QStringLiteral("plots-db"));
    QCOMPARE(inspector->shownId(), QStringLiteral("plots-db"));

    undoAll();
    QCOMPARE(yaml(), original);
}

QTEST_MAIN(TestPanels)
