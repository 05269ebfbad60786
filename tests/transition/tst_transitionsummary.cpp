// The transition summary on tests/data/transition/transition.yaml: phase
// states against the as-of day, which elements are in the transition, their
// knowledge transfer and definition of done, stage counts, and the exit
// checklists with their derived credentials.
#include "model/io/modelfile.h"
#include "model/transition/transitionsummary.h"

#include <QTest>

using namespace lintel;
using namespace lintel::transition;

namespace {

Model loadTestModel()
{
    const ModelLoadResult r = loadModelFile(QStringLiteral(LINTEL_SOURCE_DIR "/tests/data/transition/transition.yaml"));
    if (!r.ok())
        qFatal("tests/data/transition/transition.yaml does not load");
    return *r.model;
}

QStringList phaseStates(const TransitionSummary &s)
{
    QStringList out;
    for (const PhaseSummary &p : s.phases)
        out << phaseStateName(p.state);
    return out;
}

const ElementSummary &element(const TransitionSummary &s, const QString &id)
{
    for (const ElementSummary &e : s.elements)
        if (e.id == id)
            return e;
    qFatal("element not in the summary");
}

QStringList whats(const std::vector<ExitItemSummary> &items)
{
    QStringList out;
    for (const ExitItemSummary &i : items)
        out << i.what + (i.derived ? QStringLiteral(" (derived)") : QString()) + u'=' + enumName(i.status);
    return out;
}

}  // namespace

class TestTransitionSummary : public QObject {
    Q_OBJECT

private slots:
    void phaseStatesFollowTheAsOfDay_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QStringList>("states");
        QTest::newRow("during the audit") << "2026-03-15"
                                          << QStringList{"in-progress", "not-started", "not-started", "not-started",
                                                         "not-started"};
        QTest::newRow("during knowledge transfer")
            << "2026-05-15" << QStringList{"done", "done", "in-progress", "not-started", "not-started"};
        QTest::newRow("knowledge transfer late")
            << "2026-06-15" << QStringList{"done", "done", "overdue", "not-started", "not-started"};
        // The last day of the plan still counts as on time.
        QTest::newRow("on its planned end")
            << "2026-05-25" << QStringList{"done", "done", "in-progress", "not-started", "not-started"};
    }
    void phaseStatesFollowTheAsOfDay()
    {
        QFETCH(QString, asOf);
        QFETCH(QStringList, states);
        const TransitionSummary s = summarizeTransition(loadTestModel(), QDate::fromString(asOf, Qt::ISODate));
        QCOMPARE(phaseStates(s), states);
    }

    void todayIsMarkedOnThePhaseItFallsIn()
    {
        const TransitionSummary s = summarizeTransition(loadTestModel(), QDate(2026, 6, 15));
        QStringList marked;
        for (const PhaseSummary &p : s.phases)
            if (p.containsAsOf)
                marked << p.id;
        QCOMPARE(marked, QStringList{"controlled"});
    }

    void elementsOfTheOutgoingTeamAndStagedOnesTakePart()
    {
        const TransitionSummary s = summarizeTransition(loadTestModel(), QDate(2026, 6, 15));
        QStringList ids;
        for (const ElementSummary &e : s.elements)
            ids << e.id;
        // fx-rates is an external without a team or stage; billing is the
        // incoming team's but has a stage.
        QCOMPARE(ids, (QStringList{"ledger-api", "ledger-worker", "ledger-db", "billing"}));
        QCOMPARE(element(s, "ledger-api").stage, std::optional<int>(3));
        QCOMPARE(element(s, "ledger-db").stage, std::nullopt);
    }

    void stageCountsPerTeamAndOverall()
    {
        const TransitionSummary s = summarizeTransition(loadTestModel(), QDate(2026, 6, 15));
        QCOMPARE(s.teams.size(), std::size_t(2));
        QCOMPARE(s.teams[0].team, QStringLiteral("vendor"));
        QCOMPARE(s.teams[0].counts.byStage, (std::array<int, 5>{1, 1, 0, 1, 0}));
        QCOMPARE(s.teams[1].team, QStringLiteral("platform"));
        QCOMPARE(s.teams[1].counts.byStage, (std::array<int, 5>{0, 0, 0, 0, 1}));
        QCOMPARE(s.overall.byStage, (std::array<int, 5>{1, 1, 0, 1, 1}));
        QCOMPARE(s.overall.total(), 4);
    }

    void stageBarHasACellPerElementUpToItsWidth()
    {
        const TransitionSummary s = summarizeTransition(loadTestModel(), QDate(2026, 6, 15));
        QCOMPARE(stageBar(s.teams[0].counts), QStringLiteral("31."));
        QCOMPARE(stageBar(s.overall), QStringLiteral("431."));
        StageCounts many;
        many.byStage = {10, 0, 0, 0, 30};
        QCOMPARE(stageBar(many, 8), QStringLiteral("444444.."));
        QCOMPARE(stageBar(StageCounts{}), QString());
    }

    void knowledgeTransferCountsOpenQuestionsAboutTheElement()
    {
        const TransitionSummary s = summarizeTransition(loadTestModel(), QDate(2026, 6, 15));
        QCOMPARE(element(s, "ledger-api").knowledge.complete(), 4);
        QCOMPARE(element(s, "ledger-api").knowledge.questionsAnswered, QStringList{"q-retries"});
        // q-retries is about the worker but answered: it does not count.
        QCOMPARE(element(s, "ledger-worker").knowledge.missing(),
                 (QStringList{"walkthrough", "documentation", "access"}));
        QCOMPARE(element(s, "ledger-db").knowledge.openQuestions, QStringList{"q-cutover"});
        QCOMPARE(element(s, "ledger-db").knowledge.complete(), 0);
    }

    void definitionOfDoneResolvesAbsentStatuses()
    {
        const TransitionSummary s = summarizeTransition(loadTestModel(), QDate(2026, 6, 15));
        const ElementSummary &api = element(s, "ledger-api");
        // Observability has no status: logs, metrics and a health check make it done.
        QCOMPARE(api.done[2].key, QStringLiteral("observability"));
        QVERIFY(api.done[2].fromOperations);
        QCOMPARE(api.done[2].status, ItemStatus::Done);
        // Not applicable leaves the count.
        QCOMPARE(api.doneComplete(), 3);
        QCOMPARE(api.doneApplicable(), 4);
        QCOMPARE(api.openDoneItems(), QStringList{"rollback notes"});
        // Logs alone are not observability; absent statuses are open.
        const ElementSummary &worker = element(s, "ledger-worker");
        QCOMPARE(worker.done[2].status, ItemStatus::Open);
        QCOMPARE(worker.doneComplete(), 0);
        QCOMPARE(worker.doneApplicable(), 5);
        QCOMPARE(element(s, "billing").doneComplete(), 5);
    }

    void exitChecklistsAddDerivedCredentials()
    {
        const TransitionSummary s = summarizeTransition(loadTestModel(), QDate(2026, 6, 15));
        QCOMPARE(s.exits.size(), std::size_t(2));
        const TeamExitSummary &vendor = s.exits[0];
        QCOMPARE(vendor.team, QStringLiteral("vendor"));
        QVERIFY(vendor.outgoing);
        QCOMPARE(whats(vendor.access), (QStringList{"Git repository=done", "Production VPN accounts=open"}));
        // The database is covered by the explicit item; the provider the
        // worker calls and the API's secrets in the environment are derived.
        QCOMPARE(whats(vendor.credentials),
                 (QStringList{"Database admin password=done", "keys for FX Rates Provider (derived)=open",
                              "secrets of Ledger API (kept in env) (derived)=open"}));
        QCOMPARE(vendor.open(), 3);
        const TeamExitSummary &contractor = s.exits[1];
        QCOMPARE(contractor.team, QStringLiteral("contractor"));
        QVERIFY(!contractor.outgoing);
        QCOMPARE(contractor.open(), 0);
    }

    void aModelWithoutTransitionHasNone()
    {
        Model m;
        m.elements.push_back(Element{});
        QVERIFY(!hasTransition(m));
        QVERIFY(hasTransition(loadTestModel()));
        m.elements[0].handover.stage = 2;
        QVERIFY(hasTransition(m));
    }
};

QTEST_GUILESS_MAIN(TestTransitionSummary)
#include "tst_transitionsummary.moc"
