// sync-cycle and deep-sync-chain, the max_depth parameter, and the graph
// algorithms behind them on awkward shapes.
#include "tests/rules/cleanmodel.h"
#include "tests/rules/tst_rules.h"

#include <QTest>
#include <algorithm>

using namespace lintel;
using namespace lintel::test;

namespace {

QString s(int i)
{
    return QStringLiteral("s%1").arg(i);
}

// Services s1..s(hops+1) calling each other in a line over https; the hop
// number `asyncHop` (1-based), if any, goes over kafka instead.
ModelBuilder chainOf(int hops, int asyncHop = 0)
{
    ModelBuilder b;
    for (int i = 1; i <= hops + 1; ++i)
        b.element(s(i), ElementKind::Service);
    for (int i = 1; i <= hops; ++i)
        b.flow(s(i) + QStringLiteral("-call"), s(i), s(i + 1), i == asyncHop ? QStringLiteral("kafka") : QStringLiteral("https"));
    return b;
}

QStringList chainIds(int from, int to)
{
    QStringList ids;
    for (int i = from; i <= to; ++i)
        ids << s(i);
    return ids;
}

void addBilling(ModelBuilder &b, const QString &callBackProtocol)
{
    b.element(QStringLiteral("billing"), ElementKind::Service, QStringLiteral("core"), QStringLiteral("shop"));
    b.flow(QStringLiteral("orders-bills"), QStringLiteral("orders"), QStringLiteral("billing"));
    b.flow(QStringLiteral("billing-asks-orders"), QStringLiteral("billing"), QStringLiteral("orders"), callBackProtocol);
}

}  // namespace

void TestRules::syncRules_data()
{
    addRuleColumns();
    const QString cycle = QStringLiteral("sync-cycle");
    QTest::newRow("sync-cycle fires: two services call each other")
        << shopWith([](ModelBuilder &b) { addBilling(b, QStringLiteral("https")); }) << cycle
        << ExpectedFindings{{Severity::Error, {"billing", "orders"},
                             {"Synchronous calls form a cycle: billing -> orders -> billing"}}};
    QTest::newRow("sync-cycle quiet: one direction is an event")
        << shopWith([](ModelBuilder &b) { addBilling(b, QStringLiteral("kafka")); }) << cycle << ExpectedFindings{};
    QTest::newRow("sync-cycle fires: a service calls itself")
        << shopWith([](ModelBuilder &b) { b.flow(QStringLiteral("orders-self"), QStringLiteral("orders"), QStringLiteral("orders")); })
        << cycle << ExpectedFindings{{Severity::Error, {"orders"}, {"cycle: orders -> orders"}}};
    QTest::newRow("sync-cycle quiet: a loop through a datastore is not a call cycle")
        << shopWith([](ModelBuilder &b) {
               b.flow(QStringLiteral("db-notifies"), QStringLiteral("orders-db"), QStringLiteral("orders"));
           })
        << cycle << ExpectedFindings{};

    const QString deep = QStringLiteral("deep-sync-chain");
    QTest::newRow("deep-sync-chain fires: 5 hops") << chainOf(5).build() << deep
        << ExpectedFindings{{Severity::Warning, chainIds(1, 6),
                             {"Chain of 5 synchronous calls exceeds max_depth 4: s1 -> s2 -> s3 -> s4 -> s5 -> s6"}}};
    QTest::newRow("deep-sync-chain quiet: 4 hops") << chainOf(4).build() << deep << ExpectedFindings{};
    QTest::newRow("deep-sync-chain quiet: 5 hops, one asynchronous") << chainOf(5, 3).build() << deep << ExpectedFindings{};
    ModelBuilder twoStarts = chainOf(5);
    twoStarts.element(QStringLiteral("t"), ElementKind::Worker);
    twoStarts.flow(QStringLiteral("t-call"), QStringLiteral("t"), s(2));
    QTest::newRow("deep-sync-chain: one finding per start, none for sub-chains") << twoStarts.build() << deep
        << ExpectedFindings{{Severity::Warning, chainIds(1, 6), {"Chain of 5"}},
                            {Severity::Warning, QStringList{QStringLiteral("t")} + chainIds(2, 6), {"t -> s2"}}};
}

void TestRules::syncRules()
{
    verifyRuleRow();
}

void TestRules::maxDepthParam_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<QString>("maxDepth");  // empty: not set
    QTest::addColumn<bool>("fires");
    QTest::newRow("default 4, 4 hops") << 4 << QString() << false;
    QTest::newRow("default 4, 5 hops") << 5 << QString() << true;
    QTest::newRow("max_depth 2, 3 hops") << 3 << QStringLiteral("2") << true;
    QTest::newRow("max_depth 3, 3 hops") << 3 << QStringLiteral("3") << false;
    QTest::newRow("max_depth 6, 6 hops") << 6 << QStringLiteral("6") << false;
    QTest::newRow("invalid max_depth keeps the default") << 5 << QStringLiteral("deep") << true;
}

void TestRules::maxDepthParam()
{
    QFETCH(int, hops);
    QFETCH(QString, maxDepth);
    QFETCH(bool, fires);
    Model m = chainOf(hops).build();
    if (!maxDepth.isEmpty())
        m.rules.params = {{QStringLiteral("deep-sync-chain"), {{QStringLiteral("max_depth"), maxDepth}}}};
    const Findings found = findingsOf(validate(m, testOptions()), QStringLiteral("deep-sync-chain"));
    QCOMPARE(found.size(), std::size_t(fires ? 1 : 0));
    if (fires && !maxDepth.isEmpty() && maxDepth.toInt() > 0)
        QVERIFY(found[0].message.contains(QStringLiteral("exceeds max_depth %1").arg(maxDepth)));
}

void TestRules::cycleReportedOnceInOrder()
{
    // A tangle a -> b -> c -> a plus c -> d -> a, and a separate pair x <-> y.
    // Written in an unhelpful order: the report must not depend on it.
    ModelBuilder b;
    for (const char *id : {"d", "y", "c", "a", "x", "b"})
        b.element(QString::fromLatin1(id), ElementKind::Service);
    const QList<QPair<const char *, const char *>> calls = {{"c", "d"}, {"b", "c"}, {"y", "x"}, {"d", "a"},
                                                             {"a", "b"}, {"c", "a"}, {"x", "y"}};
    for (const auto &[from, to] : calls)
        b.flow(QStringLiteral("%1-%2").arg(QLatin1String(from), QLatin1String(to)), QString::fromLatin1(from),
               QString::fromLatin1(to));
    Model m = b.build();

    const Findings cycles = findingsOf(validate(m, testOptions()), QStringLiteral("sync-cycle"));
    QCOMPARE(cycles.size(), std::size_t(2));
    // Located at the first member: a (line 4) before x (line 5).
    QCOMPARE(cycles[0].targets, (QStringList{"a", "b", "c", "d"}));
    QVERIFY2(cycles[0].message.contains(QStringLiteral("a -> b -> c -> a")), qPrintable(cycles[0].message));
    QVERIFY2(cycles[0].message.contains(QStringLiteral("also includes d")), qPrintable(cycles[0].message));
    QCOMPARE(cycles[1].targets, (QStringList{"x", "y"}));
    QVERIFY(cycles[1].message.contains(QStringLiteral("x -> y -> x")));

    // The same model in another order gives the same findings.
    std::reverse(m.elements.begin(), m.elements.end());
    std::reverse(m.flows.begin(), m.flows.end());
    const Findings again = findingsOf(validate(m, testOptions()), QStringLiteral("sync-cycle"));
    QCOMPARE(again.size(), std::size_t(2));
    QStringList before, after;
    for (std::size_t i = 0; i < 2; ++i) {
        before << cycles[i].fingerprint + cycles[i].message;
        after << again[i].fingerprint + again[i].message;
    }
    before.sort();
    after.sort();
    QCOMPARE(after, before);
}

void TestRules::longChainAndRingDoNotOverflow()
{
    // 5,000 services in a line, then the same closed into a ring: deep
    // enough to overflow a recursive search.
    const int n = 5000;
    ModelBuilder b = chainOf(n - 1);
    Model line = b.build();
    Findings found = validate(line, testOptions());
    const Findings chains = findingsOf(found, QStringLiteral("deep-sync-chain"));
    QCOMPARE(chains.size(), std::size_t(1));
    QCOMPARE(chains[0].targets.size(), qsizetype(n));
    QVERIFY(findingsOf(found, QStringLiteral("sync-cycle")).empty());

    b.flow(QStringLiteral("close-ring"), s(n), s(1));
    found = validate(b.build(), testOptions());
    const Findings rings = findingsOf(found, QStringLiteral("sync-cycle"));
    QCOMPARE(rings.size(), std::size_t(1));
    QCOMPARE(rings[0].targets.size(), qsizetype(n));
    QCOMPARE(rings[0].targets.first(), s(1));
    // Inside a cycle nothing counts as a chain: sync-cycle already says it.
    QVERIFY(findingsOf(found, QStringLiteral("deep-sync-chain")).empty());
}
