// dangling-reference: one row per kind of reference, each with a twin where
// the id exists.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>
#include <functional>

using namespace lintel;
using namespace lintel::test;

namespace {

const QString kRule = QStringLiteral("dangling-reference");

// Two services a and b in zone z of team t, data class d, API api-a,
// decision adr-1: every id a reference may need. `edit` adds the reference.
Model withReference(const std::function<void(ModelBuilder &)> &edit)
{
    ModelBuilder b;
    b.team(QStringLiteral("t"));
    b.zone(QStringLiteral("z"), Trust::Internal);
    b.data(QStringLiteral("d"), Classification::Internal);
    b.element(QStringLiteral("a"), ElementKind::Service, QStringLiteral("z"), QStringLiteral("t"));
    b.element(QStringLiteral("b"), ElementKind::Service, QStringLiteral("z"), QStringLiteral("t"));
    b.api(QStringLiteral("api-a"), QStringLiteral("a"));
    b.decision(QStringLiteral("adr-1"), DecisionStatus::Proposed);
    edit(b);
    return b.build();
}

// Adds a row where the reference is `bad` and its twin where it is `good`.
// `bad` is the last target, except where said otherwise.
void addPair(const char *name, const std::function<void(ModelBuilder &, const QString &)> &refer,
             const QString &good, const QStringList &targets, const QStringList &parts, QString bad = {})
{
    if (bad.isEmpty())
        bad = targets.last();
    QTest::newRow(qPrintable(QStringLiteral("fires: ") + QLatin1String(name)))
        << withReference([&](ModelBuilder &b) { refer(b, bad); }) << kRule
        << ExpectedFindings{{Severity::Error, targets, parts}};
    QTest::newRow(qPrintable(QStringLiteral("quiet: ") + QLatin1String(name)))
        << withReference([&](ModelBuilder &b) { refer(b, good); }) << kRule << ExpectedFindings{};
}

}  // namespace

void TestRules::referenceRules_data()
{
    addRuleColumns();
    auto svc = [](ModelBuilder &b) -> Element & { return b.element(QStringLiteral("s"), ElementKind::Service); };

    addPair("flow to", [](ModelBuilder &b, const QString &id) { b.flow(QStringLiteral("f"), QStringLiteral("a"), id); },
            QStringLiteral("b"), {"f", "ghost"}, {"Flow f refers to unknown element ghost (to)"});
    addPair("flow from and to: one finding",
            [](ModelBuilder &b, const QString &id) { b.flow(QStringLiteral("f"), id, id); }, QStringLiteral("a"),
            {"f", "ghost"}, {"unknown element ghost (from, to)"});
    addPair("flow api", [](ModelBuilder &b, const QString &id) {
        b.flow(QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("b")).api = id;
    }, QStringLiteral("api-a"), {"f", "no-api"}, {"unknown API no-api (api)"});
    addPair("flow data", [](ModelBuilder &b, const QString &id) {
        b.flow(QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("b")).data = QStringList{id};
    }, QStringLiteral("d"), {"f", "no-data"}, {"unknown data class no-data (data)"});
    addPair("element zone", [&](ModelBuilder &b, const QString &id) { svc(b).zone = id; }, QStringLiteral("z"),
            {"s", "nowhere"}, {"Service s refers to unknown zone nowhere (zone)"});
    addPair("element team", [&](ModelBuilder &b, const QString &id) { svc(b).team = id; }, QStringLiteral("t"),
            {"s", "nobody"}, {"unknown team nobody (team)"});
    addPair("store owner", [](ModelBuilder &b, const QString &id) {
        b.element(QStringLiteral("s"), ElementKind::Datastore).owner = id;
    }, QStringLiteral("a"), {"s", "ghost"}, {"Datastore s refers to unknown element ghost (owner)"});
    addPair("store data", [](ModelBuilder &b, const QString &id) {
        b.element(QStringLiteral("s"), ElementKind::Cache).data = QStringList{id};
    }, QStringLiteral("d"), {"s", "no-data"}, {"unknown data class no-data (data)"});
    addPair("zone parent", [](ModelBuilder &b, const QString &id) {
        b.zone(QStringLiteral("inner"), Trust::Restricted, id);
    }, QStringLiteral("z"), {"inner", "outer"}, {"Zone inner refers to unknown zone outer (parent)"});
    addPair("api provider", [](ModelBuilder &b, const QString &id) { b.api(QStringLiteral("api-b"), id); },
            QStringLiteral("b"), {"api-b", "ghost"}, {"API api-b refers to unknown element ghost (provider)"});
    addPair("decision affects anything", [](ModelBuilder &b, const QString &id) {
        b.decision(QStringLiteral("adr-2"), DecisionStatus::Proposed).affects = QStringList{QStringLiteral("api-a"), id};
    }, QStringLiteral("z"), {"adr-2", "ghost"}, {"Decision adr-2 refers to unknown id ghost (affects)"});
    addPair("decision supersedes", [](ModelBuilder &b, const QString &id) {
        b.decision(QStringLiteral("adr-2"), DecisionStatus::Proposed).supersedes = id;
    }, QStringLiteral("adr-1"), {"adr-2", "adr-9"}, {"unknown decision adr-9 (supersedes)"});
    addPair("decision superseded_by", [](ModelBuilder &b, const QString &id) {
        b.decision(QStringLiteral("adr-2"), DecisionStatus::Proposed).supersededBy = id;
    }, QStringLiteral("adr-1"), {"adr-2", "adr-9"}, {"unknown decision adr-9 (superseded_by)"});
    addPair("question about", [](ModelBuilder &b, const QString &id) {
        b.question(QStringLiteral("q-1")).about = QStringList{id};
    }, QStringLiteral("t"), {"q-1", "ghost"}, {"Question q-1 refers to unknown id ghost (about)"});
    addPair("view elements and positions", [](ModelBuilder &b, const QString &id) {
        View &v = b.view(QStringLiteral("main"));
        v.elements = QStringList{QStringLiteral("a"), id};
        v.positions = {{id, {10, 10}}};
    }, QStringLiteral("b"), {"main", "ghost"}, {"View main refers to unknown element ghost (elements, positions)"});
    addPair("view member that is not an element", [](ModelBuilder &b, const QString &id) {
        b.view(QStringLiteral("main")).elements = QStringList{id};
    }, QStringLiteral("a"), {"main", "z"}, {"unknown element z (elements)"});
    addPair("accepted-risk target", [](ModelBuilder &b, const QString &id) {
        b.risk(QStringLiteral("isolated-element"), id);
    }, QStringLiteral("a"), {"gone", "isolated-element"},
            {"Accepted risk of isolated-element on gone refers to unknown target gone"}, QStringLiteral("gone"));

    // An accepted risk naming a rule that does not exist.
    QTest::newRow("fires: accepted-risk rule")
        << withReference([](ModelBuilder &b) { b.risk(QStringLiteral("no-such-rule"), QStringLiteral("a")); })
        << kRule << ExpectedFindings{{Severity::Error, {"a", "no-such-rule"}, {"unknown rule no-such-rule"}}};
    QTest::newRow("quiet: the clean shop") << cleanShop().build() << kRule << ExpectedFindings{};
}

void TestRules::referenceRules()
{
    verifyRuleRow();
}
