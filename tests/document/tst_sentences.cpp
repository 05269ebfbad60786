// The command bar's sentences, read headless against a small model: every
// example of the workshop guide, and the mistakes people make, with the
// message they get. Each accepted sentence must be one undo step that undo
// takes back exactly.
#include "model/document/document.h"
#include "model/index/lookup.h"
#include "model/sentence/sentence.h"
#include "model/sentence/sentencecompletion.h"
#include "workshopmodel.h"

#include <QTest>

using namespace lintel;
using namespace lintel::sentence;

class TestSentences : public QObject {
    Q_OBJECT
private slots:
    void readsSentences_data();
    void readsSentences();
    void eachSentenceIsOneUndoStep_data();
    void eachSentenceIsOneUndoStep();
    void newElementIsPlacedInTheView();
    void questionForAnElementIsAbout();
    void flowOptions();
    void completionOffersWhatFits_data();
    void completionOffersWhatFits();
};

void TestSentences::readsSentences_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("expected");  // describe() of the plan, or "error: <message>"
    // The workshop guide's examples.
    QTest::newRow("element in zone id") << "service Video consultation in app-network"
                                        << "Add service video-consultation in app-network";
    QTest::newRow("element in zone name") << "datastore Appointments DB in App Network"
                                          << "Add datastore appointments-db in app-network";
    QTest::newRow("element, no zone") << "person Receptionist" << "Add person receptionist";
    QTest::newRow("zone in zone") << "zone Partner network in internet" << "Add zone partner-network in internet";
    QTest::newRow("flow by ids") << "booking-service -> records-service https"
                                 << "Add flow booking-service -> records-service (https)";
    QTest::newRow("flow by names, async") << "Booking service -> Records service kafka async"
                                          << "Add flow booking-service -> records-service (kafka, async)";
    QTest::newRow("flow, default protocol") << "records-service -> legacy-box"
                                            << "Add flow records-service -> legacy-box (https)";
    QTest::newRow("question for team") << "question for payments-vendor: who rotates the keys?"
                                       << "Ask payments-vendor question who-rotates-the-keys";
    QTest::newRow("question, nobody") << "question: is there a DR site?" << "Ask question is-there-a-dr-site";
    QTest::newRow("decision") << "decision Use SMS reminders" << "Record decision use-sms-reminders";
    QTest::newRow("team") << "team Platform" << "Add team platform";
    QTest::newRow("rename follows id") << "rename booking-service to Bookings"
                                       << "Rename booking-service to \"Bookings\" (id bookings)";
    QTest::newRow("rename keeps hand id") << "rename Patient records to Records archive"
                                          << "Rename legacy-box to \"Records archive\"";
    QTest::newRow("taken id gets -2") << "service Booking service" << "Add service booking-service-2";
    QTest::newRow("accents folded") << "service Café Übersicht" << "Add service cafe-ubersicht";
    QTest::newRow("quoted name with in") << "service \"Sign in page\" in internet"
                                         << "Add service sign-in-page in internet";
    QTest::newRow("kind in any case") << "Service Triage" << "Add service triage";
    // set: the team by name becomes its id; a nested field by its last part.
    QTest::newRow("set team by name") << "set booking-service team Kestrel Payments"
                                      << "Set booking-service team to Kestrel Payments";
    QTest::newRow("set on a name of two words") << "set Patient records stateful to yes"
                                                << "Set legacy-box stateful to yes";
    QTest::newRow("set nested by last part") << "set booking-service authentication oauth2"
                                             << "Set booking-service security.authentication to oauth2";
    QTest::newRow("set flow text with arrow") << "set nightly-export description copy a -> b"
                                              << "Set nightly-export description to copy a -> b";
    // Mistakes, in words.
    QTest::newRow("misspelt end") << "bookng-service -> records-service"
                                  << "error: no element called 'bookng-service' — did you mean booking-service?";
    QTest::newRow("unknown target") << "booking-service -> mainframe"
                                    << "error: no element called 'mainframe'";
    QTest::newRow("misspelt zone") << "service X in app-netwrk"
                                   << "error: no zone called 'app-netwrk' — did you mean app-network?";
    QTest::newRow("no name") << "service" << "error: give the service a name, e.g. 'service Bookings'";
    QTest::newRow("no zone after in") << "service X in" << "error: which zone? Type its id or name after 'in'";
    QTest::newRow("misspelt kind") << "servce Bookings"
                                   << "error: 'servce' is not something I can add — did you mean service?";
    QTest::newRow("no arrow target") << "booking-service ->" << "error: a flow needs where it goes after '->'";
    QTest::newRow("question without colon") << "question for payments-vendor who rotates the keys"
                                            << "error: put a colon between who it is for and the question: "
                                               "'question for payments-vendor: who rotates the keys?'";
    QTest::newRow("question for nobody known") << "question for paymnts-vendor: why?"
                                               << "error: no team or element called 'paymnts-vendor' — did you mean "
                                                  "payments-vendor?";
    QTest::newRow("rename without to") << "rename booking-service"
                                       << "error: say what to call it: 'rename booking-service to Bookings'";
    QTest::newRow("set unknown field") << "set booking-service teem platform"
                                       << "error: an element has no field 'teem' — did you mean team?";
    QTest::newRow("set wrong enum") << "set booking-service kind servce"
                                    << "error: 'servce' is not a kind — did you mean service?";
    QTest::newRow("set bool") << "set booking-service stateful perhaps" << "error: stateful is yes or no, not 'perhaps'";
    QTest::newRow("set unknown team") << "set booking-service team paymnts-vendor"
                                      << "error: no team called 'paymnts-vendor' — did you mean payments-vendor?";
    QTest::newRow("set without value") << "set booking-service team" << "error: set team to what? ('none' clears it)";
    QTest::newRow("empty") << "   " << "error: type a sentence, e.g. 'service Bookings in internal'";
    QTest::newRow("unclosed quote") << "service \"Sign in" << "error: the name has an opening quote but no closing one";
}

void TestSentences::readsSentences()
{
    QFETCH(QString, sentence);
    QFETCH(QString, expected);
    const Result result = interpret(testing::workshopModel(), sentence);
    const QString got = result.ok() ? describe(*result.plan) : QStringLiteral("error: ") + result.error;
    QCOMPARE(got, expected);
}

void TestSentences::eachSentenceIsOneUndoStep_data()
{
    QTest::addColumn<QString>("sentence");
    for (const char *s : {"service Video consultation in app-network", "zone Partner network in internet",
                          "booking-service -> records-service https", "question for payments-vendor: who rotates the keys?",
                          "decision Use SMS reminders", "team Platform", "rename booking-service to Bookings",
                          "set booking-service team payments-vendor", "set booking-service-to-records-service encrypted no"})
        QTest::newRow(s) << QString::fromUtf8(s);
}

void TestSentences::eachSentenceIsOneUndoStep()
{
    QFETCH(QString, sentence);
    Document document(testing::workshopModel());
    const Model before = document.model();
    const Result result = interpret(document.model(), sentence);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(document.execute(makeCommand(&document, *result.plan)));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.model() != before);
    const Model after = document.model();
    const ObjectRef subject = subjectOf(*result.plan);
    withCollectionType(subject.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        QVERIFY2(findObject<T>(document.model(), subject.id), qPrintable(subject.id));
    });
    document.undoStack()->undo();
    QVERIFY(document.model() == before);
    document.undoStack()->redo();
    QVERIFY(document.model() == after);
}

void TestSentences::newElementIsPlacedInTheView()
{
    Document document(testing::workshopModel());
    const Result result = interpret(document.model(), QStringLiteral("service Video consultation in app-network"));
    QVERIFY(result.ok());
    QString askedZone;
    Placement placement{QStringLiteral("overview"), [&](const QString &zone) {
                            askedZone = zone;
                            return std::optional<Position>(Position{400, 40});
                        }};
    document.execute(makeCommand(&document, *result.plan, placement));
    QCOMPARE(askedZone, QStringLiteral("app-network"));
    const Element *added = findObject<Element>(document.model(), QStringLiteral("video-consultation"));
    QVERIFY(added);
    QCOMPARE(added->name, QStringLiteral("Video consultation"));
    QCOMPARE(added->zone, QStringLiteral("app-network"));
    const View &view = document.model().views.front();
    QVERIFY(view.elements.contains(QStringLiteral("video-consultation")));
    QCOMPARE(*findIn(view.positions, QStringLiteral("video-consultation")), (Position{400, 40}));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestSentences::questionForAnElementIsAbout()
{
    const Result result = interpret(testing::workshopModel(), QStringLiteral("question for Records service: who owns it?"));
    QVERIFY(result.ok());
    QCOMPARE(result.plan->about, QStringList{QStringLiteral("records-service")});
    QVERIFY(result.plan->owner.isEmpty());
}

void TestSentences::flowOptions()
{
    const Result async = interpret(testing::workshopModel(), QStringLiteral("booking-service -> records-service async"));
    QVERIFY(async.ok());
    QCOMPARE(async.plan->sync, std::optional<bool>(false));
    QCOMPARE(async.plan->protocol, QStringLiteral("https"));
    // The second flow between the same ends gets the next free derived id.
    QCOMPARE(async.plan->id, QStringLiteral("booking-service-to-records-service-2"));
}

void TestSentences::completionOffersWhatFits_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("notOffered");
    QTest::newRow("kinds first") << "" << "service " << "in ";
    QTest::newRow("flow start") << "boo" << "booking-service -> " << "";
    QTest::newRow("zones after in") << "service X in " << "service X in app-network" << "service X in booking-service";
    QTest::newRow("zone names") << "service X in Ap" << "service X in App network" << "";
    QTest::newRow("flow target") << "booking-service -> " << "booking-service -> records-service" << "booking-service -> internet";
    QTest::newRow("protocols") << "booking-service -> records-service " << "booking-service -> records-service https" << "";
    QTest::newRow("question owners") << "question " << "question for payments-vendor: " << "";
    QTest::newRow("rename targets") << "rename " << "rename legacy-box to " << "";
}

void TestSentences::completionOffersWhatFits()
{
    QFETCH(QString, typed);
    QFETCH(QString, offered);
    QFETCH(QString, notOffered);
    const QStringList lines = completions(testing::workshopModel(), typed);
    QVERIFY2(lines.contains(offered), qPrintable(lines.join(u'|')));
    if (!notOffered.isEmpty())
        QVERIFY2(!lines.contains(notOffered), qPrintable(lines.join(u'|')));
}

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
