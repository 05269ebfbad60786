// Ids derived from names: how a name becomes an id, and how the id follows
// a rename only while nobody has set it by hand, flows included.
#include "model/document/document.h"
#include "model/index/lookup.h"
#include "model/document/duplicatecommand.h"
#include "model/document/idfromname.h"
#include "model/document/renamecommands.h"
#include "workshopmodel.h"

#include <QTest>

using namespace lintel;

class TestIdsFromNames : public QObject {
    Q_OBJECT
private slots:
    void derivesKebabCase_data();
    void derivesKebabCase();
    void uniqueIdsCountFromTwo();
    void idFollowsNameOnlyWhileDerived_data();
    void idFollowsNameOnlyWhileDerived();
    void renameMovesIdAndDerivedFlowIdsInOneStep();
    void renameKeepsAnIdSetByHand();
    void renameIdAloneAlsoMovesDerivedFlowIds();
    void renameOfDecisionUsesTitle();
    void duplicateCopiesNextToOriginalsInOneStep();
};

void TestIdsFromNames::derivesKebabCase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("words") << "Video consultation" << "video-consultation";
    QTest::newRow("punctuation") << "Edge (DMZ) / WAF" << "edge-dmz-waf";
    QTest::newRow("accents") << "Café Übersicht" << "cafe-ubersicht";
    QTest::newRow("special letters") << "Straße Øst" << "strasse-ost";
    QTest::newRow("apostrophe") << "Customer's app" << "customers-app";
    QTest::newRow("digits") << "Payments v2" << "payments-v2";
    QTest::newRow("spaces around") << "  --Booking  service-- " << "booking-service";
    QTest::newRow("nothing left") << "日本" << "";
    QTest::newRow("long") << "A very long name that goes on and on about what this service does for people"
                          << "a-very-long-name-that-goes-on-and-on-about-what";
}

void TestIdsFromNames::derivesKebabCase()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(idFromName(name), id);
    if (!id.isEmpty())
        QVERIFY(checkNewId(Model{}, id).isEmpty());
}

void TestIdsFromNames::uniqueIdsCountFromTwo()
{
    Model model = testing::workshopModel();
    QCOMPARE(uniqueIdFrom(model, QStringLiteral("triage")), QStringLiteral("triage"));
    QCOMPARE(uniqueIdFrom(model, QStringLiteral("booking-service")), QStringLiteral("booking-service-2"));
    QCOMPARE(uniqueIdFrom(model, QStringLiteral("booking-service"), QStringLiteral("booking-service")),
             QStringLiteral("booking-service"));
    QCOMPARE(newIdForName(model, QStringLiteral("日本"), QStringLiteral("service")), QStringLiteral("service"));
}

void TestIdsFromNames::idFollowsNameOnlyWhileDerived_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("follows");
    QTest::newRow("derived") << "booking-service" << "Booking service" << true;
    QTest::newRow("numbered") << "booking-service-2" << "Booking service" << true;
    QTest::newRow("by hand") << "legacy-box" << "Patient records" << false;
    QTest::newRow("suffix by hand") << "booking-service-eu" << "Booking service" << false;
    QTest::newRow("minus one is not ours") << "booking-service-1" << "Booking service" << false;
}

void TestIdsFromNames::idFollowsNameOnlyWhileDerived()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(bool, follows);
    QCOMPARE(idFollowsName(id, name), follows);
}

void TestIdsFromNames::renameMovesIdAndDerivedFlowIdsInOneStep()
{
    Document document(testing::workshopModel());
    const Model before = document.model();
    QVERIFY(document.execute(makeRenameCommand(&document, {Collection::Elements, QStringLiteral("records-service")},
                                               QStringLiteral("Health records"))));
    QCOMPARE(document.undoStack()->count(), 1);
    const Model &m = document.model();
    const Element *renamed = findObject<Element>(m, QStringLiteral("health-records"));
    QVERIFY(renamed);
    QCOMPARE(renamed->name, QStringLiteral("Health records"));
    // The derived flow id follows its end; the one named by hand keeps its id.
    const Flow *derived = findObject<Flow>(m, QStringLiteral("booking-service-to-health-records"));
    QVERIFY(derived);
    QCOMPARE(derived->to, QStringLiteral("health-records"));
    const Flow *byHand = findObject<Flow>(m, QStringLiteral("nightly-export"));
    QVERIFY(byHand);
    QCOMPARE(byHand->from, QStringLiteral("health-records"));
    QVERIFY(m.views.front().elements.contains(QStringLiteral("health-records")));
    document.undoStack()->undo();
    QVERIFY(document.model() == before);
}

void TestIdsFromNames::renameKeepsAnIdSetByHand()
{
    Document document(testing::workshopModel());
    QVERIFY(document.execute(makeRenameCommand(&document, {Collection::Elements, QStringLiteral("legacy-box")},
                                               QStringLiteral("Records archive"))));
    const Element *kept = findObject<Element>(document.model(), QStringLiteral("legacy-box"));
    QVERIFY(kept);
    QCOMPARE(kept->name, QStringLiteral("Records archive"));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestIdsFromNames::renameIdAloneAlsoMovesDerivedFlowIds()
{
    Document document(testing::workshopModel());
    const Model before = document.model();
    QVERIFY(document.execute(makeRenameIdCommand(&document, {Collection::Elements, QStringLiteral("booking-service")},
                                                 QStringLiteral("bookings"))));
    QVERIFY(findObject<Flow>(document.model(), QStringLiteral("bookings-to-records-service")));
    QVERIFY(!findObject<Flow>(document.model(), QStringLiteral("booking-service-to-records-service")));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.model() == before);
}

void TestIdsFromNames::renameOfDecisionUsesTitle()
{
    Model model = testing::workshopModel();
    Decision decision;
    decision.id = QStringLiteral("use-sms");
    decision.title = QStringLiteral("Use SMS");
    model.decisions.push_back(decision);
    Document document(model);
    QVERIFY(document.execute(makeRenameCommand(&document, {Collection::Decisions, QStringLiteral("use-sms")},
                                               QStringLiteral("Use SMS reminders"))));
    const Decision *renamed = findObject<Decision>(document.model(), QStringLiteral("use-sms-reminders"));
    QVERIFY(renamed);
    QCOMPARE(renamed->title, QStringLiteral("Use SMS reminders"));
    // Nothing to rename is refused, not crashed on.
    QVERIFY(!makeRenameCommand(&document, {Collection::Elements, QStringLiteral("nothing")}, QStringLiteral("X")));
}

void TestIdsFromNames::duplicateCopiesNextToOriginalsInOneStep()
{
    Document document(testing::workshopModel());
    const Model before = document.model();
    QStringList ids;
    QUndoCommand *command = makeDuplicateCommand(
        &document, QStringLiteral("overview"),
        {{QStringLiteral("booking-service"), {0, 160}}, {QStringLiteral("records-service"), {200, 160}}}, &ids);
    QVERIFY(document.execute(command));
    QCOMPARE(ids, (QStringList{QStringLiteral("booking-service-copy"), QStringLiteral("records-service-copy")}));
    const Element *copy = findObject<Element>(document.model(), ids.front());
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("Booking service copy"));
    QCOMPARE(copy->zone, QStringLiteral("app-network"));
    const View &view = document.model().views.front();
    QVERIFY(view.elements.contains(ids.back()));
    QCOMPARE(*findIn(view.positions, ids.back()), (Position{200, 160}));
    QCOMPARE(document.model().flows.size(), before.flows.size());
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.model() == before);
    QVERIFY(!makeDuplicateCommand(&document, QStringLiteral("overview"), {{QStringLiteral("nothing"), {0, 0}}}));
}

QTEST_GUILESS_MAIN(TestIdsFromNames)
#include "tst_idsfromnames.moc"
