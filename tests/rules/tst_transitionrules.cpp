// The transition rules: handover-missing-walkthrough-or-runbook,
// handover-done-open, handover-credentials-not-rotated,
// handover-stage-missing, handover-stage-moved-back,
// transition-phase-overdue and handover-stage-ahead-of-phase.
//
// Every row starts from the clean shop handed over from its own team `shop`
// to a new team `platform`, as of testDate() (2026-06-01): the audit is
// over, knowledge transfer began on 2026-03-01 and is planned to end on
// 2026-08-31, the ownership shift has not begun, and every element of `shop`
// is at stage 1. That base breaks none of the rules; each row changes one
// thing, and most rows sit on a boundary (stage 2 against 3, a date on
// against after the day).
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

const QString kShop = QStringLiteral("shop");
const QString kOrders = QStringLiteral("orders");

TransitionPhase &addPhase(Model &model, const QString &id, PhaseKind kind)
{
    TransitionPhase &p = model.transition.phases.emplace_back();
    p.id = id;
    p.name = id;
    p.kind = kind;
    return p;
}

TransitionPhase &phaseIn(Model &model, const QString &id)
{
    for (TransitionPhase &p : model.transition.phases)
        if (p.id == id)
            return p;
    qFatal("no phase %s in the test model", qPrintable(id));
}

Team &teamIn(Model &model, const QString &id)
{
    for (Team &t : model.teams)
        if (t.id == id)
            return t;
    qFatal("no team %s in the test model", qPrintable(id));
}

void handOverTheShop(ModelBuilder &b)
{
    b.team(QStringLiteral("platform"));
    Model &m = b.model();
    m.transition.name = QStringLiteral("Shop to platform");
    m.transition.outgoing = kShop;
    m.transition.incoming = QStringLiteral("platform");
    m.transition.targetDate = QStringLiteral("2026-12-31");
    TransitionPhase &audit = addPhase(m, QStringLiteral("audit"), PhaseKind::Audit);
    audit.plannedStart = audit.actualStart = QStringLiteral("2026-01-05");
    audit.plannedEnd = audit.actualEnd = QStringLiteral("2026-02-27");
    TransitionPhase &kt = addPhase(m, QStringLiteral("kt"), PhaseKind::KnowledgeTransfer);
    kt.plannedStart = kt.actualStart = QStringLiteral("2026-03-01");
    kt.plannedEnd = QStringLiteral("2026-08-31");
    TransitionPhase &shift = addPhase(m, QStringLiteral("shift"), PhaseKind::OwnershipShift);
    shift.plannedStart = QStringLiteral("2026-09-01");
    shift.plannedEnd = QStringLiteral("2026-12-31");
    for (Element &e : m.elements)
        if (e.team == kShop)
            e.handover.stage = 1;
}

Model transitionWith(const std::function<void(ModelBuilder &)> &edit)
{
    return shopWith([&](ModelBuilder &b) {
        handOverTheShop(b);
        edit(b);
    });
}

Element &orders(ModelBuilder &b)
{
    return elementIn(b.model(), kOrders);
}

// Orders at `stage` with everything an operator would sign: walkthrough,
// runbook, every done item done (observability from `operations`).
Element &readyOrders(ModelBuilder &b, int stage)
{
    Element &e = orders(b);
    e.handover.stage = stage;
    e.handover.knowledge.walkthrough.date = QStringLiteral("2026-04-14");
    e.handover.knowledge.walkthrough.by = QStringLiteral("the shop team");
    e.operations.runbook = QStringLiteral("https://wiki.example/runbooks/orders");
    e.operations.healthCheck = true;
    DefinitionOfDone &d = e.handover.done;
    for (DoneItem *item : {&d.tests, &d.apiDocs, &d.rollbackNotes, &d.operationalNotes})
        item->status = ItemStatus::Done;
    return e;
}

ExitItem &credential(ModelBuilder &b, const QString &team, const QString &what, const QString &element,
                     std::optional<ItemStatus> status)
{
    ExitItem &item = teamIn(b.model(), team).exit.credentials.emplace_back();
    item.what = what;
    item.element = element;
    item.status = status;
    return item;
}

StageRecord record(const QString &since, int stage, const QString &note = {})
{
    StageRecord r;
    r.since = since;
    r.stage = stage;
    r.note = note;
    return r;
}

void noTransition(ModelBuilder &b)
{
    b.model().transition.outgoing.clear();
}

}  // namespace

void TestRules::transitionRules_data()
{
    addRuleColumns();
    const auto W = Severity::Warning;
    const auto E = Severity::Error;

    const QString walk = QStringLiteral("handover-missing-walkthrough-or-runbook");
    QTest::newRow("walkthrough base is quiet") << transitionWith([](ModelBuilder &) {}) << walk << ExpectedFindings{};
    QTest::newRow("walkthrough fires: stage 3 without walkthrough")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 3).handover.knowledge.walkthrough.date.clear(); })
        << walk << ExpectedFindings{{W, {"orders"}, {"Element orders is at stage 3 with no walkthrough date"}}};
    QTest::newRow("walkthrough fires: stage 3 without runbook")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 3).operations.runbook = QStringLiteral(" "); })
        << walk << ExpectedFindings{{W, {"orders"}, {"at stage 3 with no operations.runbook"}}};
    QTest::newRow("walkthrough fires: stage 4 without either")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage = 4;
               orders(b).handover.knowledge.walkthrough.by = QStringLiteral("someone, no date");
           })
        << walk << ExpectedFindings{{W, {"orders"}, {"at stage 4 with no walkthrough date and no operations.runbook"}}};
    QTest::newRow("walkthrough quiet: stage 2 without either")
        << transitionWith([](ModelBuilder &b) { orders(b).handover.stage = 2; }) << walk << ExpectedFindings{};
    QTest::newRow("walkthrough quiet: stage 3 with both")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 3); }) << walk << ExpectedFindings{};
    QTest::newRow("walkthrough quiet: no transition")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage = 3;
               noTransition(b);
           })
        << walk << ExpectedFindings{};

    const QString done = QStringLiteral("handover-done-open");
    QTest::newRow("done fires: stage 4, nothing recorded")
        << transitionWith([](ModelBuilder &b) { orders(b).handover.stage = 4; }) << done
        << ExpectedFindings{{E, {"orders"},
                             {"Element orders is at stage 4 with definition-of-done items open: tests, api_docs, "
                              "observability, rollback_notes, operational_notes"}}};
    QTest::newRow("done quiet: stage 4, all done, observability from operations")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 4); }) << done << ExpectedFindings{};
    QTest::newRow("done fires: observability from operations lacks a health check")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 4).operations.healthCheck.reset(); }) << done
        << ExpectedFindings{{E, {"orders"}, {"items open: observability"}}};
    QTest::newRow("done quiet: observability not-applicable although operations lack it")
        << transitionWith([](ModelBuilder &b) {
               Element &e = readyOrders(b, 4);
               e.operations.healthCheck = false;
               e.handover.done.observability.status = ItemStatus::NotApplicable;
           })
        << done << ExpectedFindings{};
    QTest::newRow("done fires: observability explicitly open although operations have it")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 4).handover.done.observability.status = ItemStatus::Open; })
        << done << ExpectedFindings{{E, {"orders"}, {"items open: observability"}}};
    QTest::newRow("done quiet: tests not-applicable")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 4).handover.done.tests.status = ItemStatus::NotApplicable; })
        << done << ExpectedFindings{};
    QTest::newRow("done fires: rollback notes explicitly open")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 4).handover.done.rollbackNotes.status = ItemStatus::Open; })
        << done << ExpectedFindings{{E, {"orders"}, {"items open: rollback_notes"}}};
    QTest::newRow("done quiet: stage 3 with everything open")
        << transitionWith([](ModelBuilder &b) { orders(b).handover.stage = 3; }) << done << ExpectedFindings{};
    QTest::newRow("done quiet: no transition")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage = 4;
               noTransition(b);
           })
        << done << ExpectedFindings{};

    const QString creds = QStringLiteral("handover-credentials-not-rotated");
    QTest::newRow("credentials fires: team-wide item without status")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               credential(b, kShop, QStringLiteral("CI deploy token"), {}, std::nullopt);
           })
        << creds
        << ExpectedFindings{{E, {"orders", "shop"},
                             {"Element orders is at stage 4 but shop still has credentials to rotate: CI deploy token"}}};
    QTest::newRow("credentials fires: the element's own items, open and absent")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               credential(b, kShop, QStringLiteral("orders API key"), kOrders, ItemStatus::Open);
               credential(b, kShop, QStringLiteral("orders signing key"), kOrders, std::nullopt);
               credential(b, kShop, QStringLiteral("gateway TLS key"), QStringLiteral("gateway"), ItemStatus::Open);
           })
        << creds << ExpectedFindings{{E, {"orders", "shop"}, {"rotate: orders API key; orders signing key"}}};
    QTest::newRow("credentials quiet: only another element's item")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               credential(b, kShop, QStringLiteral("gateway TLS key"), QStringLiteral("gateway"), ItemStatus::Open);
           })
        << creds << ExpectedFindings{};
    QTest::newRow("credentials quiet: done and not-applicable")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               credential(b, kShop, QStringLiteral("orders API key"), kOrders, ItemStatus::Done);
               credential(b, kShop, QStringLiteral("VPN"), {}, ItemStatus::NotApplicable);
           })
        << creds << ExpectedFindings{};
    QTest::newRow("credentials quiet: stage 3")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 3);
               credential(b, kShop, QStringLiteral("CI deploy token"), {}, ItemStatus::Open);
           })
        << creds << ExpectedFindings{};
    QTest::newRow("credentials quiet: the incoming team's list")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               credential(b, QStringLiteral("platform"), QStringLiteral("CI deploy token"), {}, ItemStatus::Open);
           })
        << creds << ExpectedFindings{};

    const QString missing = QStringLiteral("handover-stage-missing");
    QTest::newRow("stage-missing fires: knowledge transfer began")
        << transitionWith([](ModelBuilder &b) { orders(b).handover.stage.reset(); }) << missing
        << ExpectedFindings{{W, {"orders"}, {"Element orders of outgoing team shop has no ownership stage"}}};
    QTest::newRow("stage-missing fires: knowledge transfer began on the day")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage.reset();
               phaseIn(b.model(), QStringLiteral("kt")).actualStart = QStringLiteral("2026-06-01");
           })
        << missing << ExpectedFindings{{W, {"orders"}, {}}};
    QTest::newRow("stage-missing quiet: knowledge transfer begins the day after")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage.reset();
               phaseIn(b.model(), QStringLiteral("kt")).actualStart = QStringLiteral("2026-06-02");
           })
        << missing << ExpectedFindings{};
    QTest::newRow("stage-missing quiet: knowledge transfer only planned to have begun")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage.reset();
               phaseIn(b.model(), QStringLiteral("kt")).actualStart.clear();
           })
        << missing << ExpectedFindings{};
    QTest::newRow("stage-missing quiet: element of another team")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage.reset();
               orders(b).team = QStringLiteral("platform");
           })
        << missing << ExpectedFindings{};
    QTest::newRow("stage-missing quiet: an external is not handed over")
        << transitionWith([](ModelBuilder &b) { elementIn(b.model(), QStringLiteral("payments")).team = kShop; })
        << missing << ExpectedFindings{};
    QTest::newRow("stage-missing quiet: no transition")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage.reset();
               noTransition(b);
           })
        << missing << ExpectedFindings{};

    const QString back = QStringLiteral("handover-stage-moved-back");
    QTest::newRow("moved-back fires: current stage below the last record")
        << transitionWith([](ModelBuilder &b) {
               Handover &h = orders(b).handover;
               h.history = {record(QStringLiteral("2026-03-02"), 2), record(QStringLiteral("2026-04-20"), 3)};
               h.stage = 2;
               h.since = QStringLiteral("2026-05-11");
           })
        << back << ExpectedFindings{{W, {"orders"}, {"Element orders moved back from 3 to 2 on 2026-05-11 without a note"}}};
    QTest::newRow("moved-back quiet: the move back has a note")
        << transitionWith([](ModelBuilder &b) {
               Handover &h = orders(b).handover;
               h.history = {record(QStringLiteral("2026-04-20"), 3)};
               h.stage = 2;
               h.note = QStringLiteral("on-call not staffed yet");
           })
        << back << ExpectedFindings{};
    QTest::newRow("moved-back quiet: moving forward")
        << transitionWith([](ModelBuilder &b) {
               Handover &h = orders(b).handover;
               h.history = {record(QStringLiteral("2026-03-02"), 1), record(QStringLiteral("2026-04-20"), 2)};
               h.stage = 3;
           })
        << back << ExpectedFindings{};
    QTest::newRow("moved-back fires: inside the history, reported once with every move")
        << transitionWith([](ModelBuilder &b) {
               Handover &h = orders(b).handover;
               h.history = {record(QStringLiteral("2026-03-02"), 2), record(QStringLiteral("2026-03-20"), 1),
                            record(QStringLiteral("2026-04-20"), 3)};
               h.stage = 2;
           })
        << back << ExpectedFindings{{W, {"orders"}, {"moved back from 2 to 1 on 2026-03-20, from 3 to 2 without a note"}}};
    QTest::newRow("moved-back quiet: the history's move back has a note")
        << transitionWith([](ModelBuilder &b) {
               Handover &h = orders(b).handover;
               h.history = {record(QStringLiteral("2026-03-02"), 2),
                            record(QStringLiteral("2026-03-20"), 1, QStringLiteral("lead engineer left"))};
               h.stage = 2;
           })
        << back << ExpectedFindings{};
    QTest::newRow("moved-back quiet: no transition")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.history = {record(QStringLiteral("2026-04-20"), 3)};
               orders(b).handover.stage = 2;
               noTransition(b);
           })
        << back << ExpectedFindings{};

    const QString overdue = QStringLiteral("transition-phase-overdue");
    QTest::newRow("overdue quiet: planned end ahead") << transitionWith([](ModelBuilder &) {}) << overdue << ExpectedFindings{};
    QTest::newRow("overdue fires: planned end the day before")
        << transitionWith([](ModelBuilder &b) { phaseIn(b.model(), QStringLiteral("kt")).plannedEnd = QStringLiteral("2026-05-31"); })
        << overdue << ExpectedFindings{{W, {"kt"}, {"Phase kt was planned to end on 2026-05-31 and has no actual end"}}};
    QTest::newRow("overdue fires: a phase that never began")
        << transitionWith([](ModelBuilder &b) { phaseIn(b.model(), QStringLiteral("shift")).plannedEnd = QStringLiteral("2026-04-30"); })
        << overdue << ExpectedFindings{{W, {"shift"}, {"2026-04-30"}}};
    QTest::newRow("overdue quiet: planned end on the day")
        << transitionWith([](ModelBuilder &b) { phaseIn(b.model(), QStringLiteral("kt")).plannedEnd = QStringLiteral("2026-06-01"); })
        << overdue << ExpectedFindings{};
    QTest::newRow("overdue quiet: finished late")
        << transitionWith([](ModelBuilder &b) {
               TransitionPhase &kt = phaseIn(b.model(), QStringLiteral("kt"));
               kt.plannedEnd = QStringLiteral("2026-04-30");
               kt.actualEnd = QStringLiteral("2026-05-15");
           })
        << overdue << ExpectedFindings{};
    QTest::newRow("overdue quiet: no transition")
        << transitionWith([](ModelBuilder &b) {
               phaseIn(b.model(), QStringLiteral("kt")).plannedEnd = QStringLiteral("2026-05-31");
               noTransition(b);
           })
        << overdue << ExpectedFindings{};

    const QString ahead = QStringLiteral("handover-stage-ahead-of-phase");
    QTest::newRow("ahead fires: stage 3 before knowledge transfer began")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 3);
               phaseIn(b.model(), QStringLiteral("kt")).actualStart = QStringLiteral("2026-06-02");
           })
        << ahead << ExpectedFindings{{W, {"orders"}, {"Element orders is at stage 3 before knowledge transfer began"}}};
    QTest::newRow("ahead quiet: stage 2 before knowledge transfer began")
        << transitionWith([](ModelBuilder &b) {
               orders(b).handover.stage = 2;
               phaseIn(b.model(), QStringLiteral("kt")).actualStart.clear();
           })
        << ahead << ExpectedFindings{};
    QTest::newRow("ahead quiet: stage 3 once knowledge transfer began")
        << transitionWith([](ModelBuilder &b) { readyOrders(b, 3); }) << ahead << ExpectedFindings{};
    QTest::newRow("ahead fires: stage 4 before the ownership shift began")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               // Planned to have begun: only the actual start counts.
               phaseIn(b.model(), QStringLiteral("shift")).plannedStart = QStringLiteral("2026-05-01");
           })
        << ahead << ExpectedFindings{{W, {"orders"}, {"Element orders is at stage 4 before the ownership shift began"}}};
    QTest::newRow("ahead fires: stage 4 before either began")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               phaseIn(b.model(), QStringLiteral("kt")).actualStart.clear();
           })
        << ahead << ExpectedFindings{{W, {"orders"}, {"stage 4 before knowledge transfer or the ownership shift began"}}};
    QTest::newRow("ahead quiet: stage 4 once the ownership shift began")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               phaseIn(b.model(), QStringLiteral("shift")).actualStart = QStringLiteral("2026-06-01");
           })
        << ahead << ExpectedFindings{};
    QTest::newRow("ahead quiet: no transition")
        << transitionWith([](ModelBuilder &b) {
               readyOrders(b, 4);
               noTransition(b);
           })
        << ahead << ExpectedFindings{};
}

void TestRules::transitionRules()
{
    verifyRuleRow();
}

void TestRules::transitionBaseBreaksNoRule()
{
    // The rows above rely on it: every change they make is the only one.
    const Findings findings = validate(transitionWith([](ModelBuilder &) {}), testOptions());
    QStringList messages;
    for (const Finding &f : findings)
        messages << f.rule + QStringLiteral(": ") + f.message;
    QVERIFY2(findings.empty(), qPrintable(messages.join(QLatin1Char('\n'))));
}

void TestRules::overduePhaseIsReportedAtThePhase()
{
    Model model = transitionWith([](ModelBuilder &b) {
        TransitionPhase &kt = phaseIn(b.model(), QStringLiteral("kt"));
        kt.plannedEnd = QStringLiteral("2026-05-31");
        kt.loc = {77, 7};
    });
    const Findings found = findingsOf(validate(model, testOptions()), QStringLiteral("transition-phase-overdue"));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].line, 77);
    QCOMPARE(found[0].column, 7);
}

void TestRules::transitionRulesFollowTheAsOfDate()
{
    // The same model, judged on two days: a rule about "today" must read
    // the date it is given, never the clock.
    const Model model = transitionWith([](ModelBuilder &b) { orders(b).handover.stage.reset(); });
    ValidationOptions before = testOptions();
    before.asOf = QDate(2026, 2, 28);
    ValidationOptions after = testOptions();
    after.asOf = QDate(2026, 9, 1);
    const auto count = [&](const ValidationOptions &options, const char *rule) {
        return findingsOf(validate(model, options), QString::fromLatin1(rule)).size();
    };
    QCOMPARE(count(before, "handover-stage-missing"), std::size_t(0));
    QCOMPARE(count(after, "handover-stage-missing"), std::size_t(1));
    QCOMPARE(count(before, "transition-phase-overdue"), std::size_t(0));
    QCOMPARE(count(after, "transition-phase-overdue"), std::size_t(1));  // kt, planned to end 2026-08-31
}
