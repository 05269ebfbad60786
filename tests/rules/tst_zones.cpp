// Zone hierarchies at scale: inherited trust in every shape of parent
// chain (long, looping, many zones), and the zone-cycle rule.
#include "model/index/modelindex.h"
#include "model/index/semantics.h"
#include "model/rules/validator.h"
#include "model/index/zonetree.h"
#include "tests/rules/modelbuilder.h"
#include "tests/rules/tst_rules.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

QString z(int i)
{
    return QStringLiteral("z%1").arg(i);
}

}  // namespace

void TestRules::zoneTrustSurvivesManyZones()
{
    // Reproducer of a use-after-free: the index copied a parent's trust out
    // of the hash it was inserting into, and a growing hash moved it first
    // (48 zones were enough). Every size up to a few rehashes is tried, and
    // the inheriting zone must get exactly its parent's trust.
    for (int count = 1; count <= 200; ++count) {
        ModelBuilder b;
        for (int i = 0; i < count; ++i)
            b.zone(z(i), Trust(i % 4));
        b.zone(QStringLiteral("child"), std::nullopt, z(count - 1));
        const Model m = b.build();
        const ModelIndex index(m);
        QCOMPARE(index.trustOfZone(QStringLiteral("child")), std::optional(Trust((count - 1) % 4)));
        QCOMPARE(index.trustOfZone(z(0)), std::optional(Trust(0)));
    }
}

void TestRules::deepZoneChainTrust()
{
    // 10,000 zones each inside the next, listed innermost first (the order
    // that made the old walk quadratic); only the outermost has a trust.
    const int n = 10000;
    ModelBuilder b;
    for (int i = n - 1; i >= 1; --i)
        b.zone(z(i), std::nullopt, z(i - 1));
    b.zone(z(0), Trust::Restricted);
    b.zone(QStringLiteral("dmz"), Trust::Dmz, z(n / 2));  // overrides what it would inherit
    b.zone(QStringLiteral("below-dmz"), std::nullopt, QStringLiteral("dmz"));
    const Model m = b.build();

    const ModelIndex index(m);
    QCOMPARE(index.trustOfZone(z(n - 1)), std::optional(Trust::Restricted));
    QCOMPARE(index.trustOfZone(QStringLiteral("below-dmz")), std::optional(Trust::Dmz));
    QCOMPARE(effectiveTrust(m, z(n - 1)), std::optional(Trust::Restricted));
    const ZoneTree &tree = index.zoneTree();
    QCOMPARE(tree.size(), n + 2);
    QVERIFY(tree.loops().empty());
    // Parents come before children in topDown().
    std::vector<int> position(std::size_t(tree.size()), -1);
    for (std::size_t k = 0; k < tree.topDown().size(); ++k)
        position[std::size_t(tree.topDown()[k])] = int(k);
    for (int zone = 0; zone < tree.size(); ++zone) {
        QVERIFY(position[std::size_t(zone)] >= 0);
        if (tree.parentOf(zone) >= 0)
            QVERIFY(position[std::size_t(tree.parentOf(zone))] < position[std::size_t(zone)]);
    }
    QVERIFY(findingsOf(validate(m, testOptions()), QStringLiteral("zone-cycle")).empty());
}

void TestRules::zoneLoopTrust()
{
    ModelBuilder b;
    b.zone(QStringLiteral("a"), std::nullopt, QStringLiteral("b"));
    b.zone(QStringLiteral("b"), Trust::Internal, QStringLiteral("c"));
    b.zone(QStringLiteral("c"), std::nullopt, QStringLiteral("a"));
    b.zone(QStringLiteral("under-b"), std::nullopt, QStringLiteral("b"));
    b.zone(QStringLiteral("under-a"), std::nullopt, QStringLiteral("a"));
    b.zone(QStringLiteral("self"), Trust::Dmz, QStringLiteral("self"));
    const Model m = b.build();
    const ModelIndex index(m);
    // In the loop only a zone's own trust counts; below it, the zone it
    // hangs off decides.
    QCOMPARE(index.trustOfZone(QStringLiteral("a")), std::nullopt);
    QCOMPARE(index.trustOfZone(QStringLiteral("b")), std::optional(Trust::Internal));
    QCOMPARE(index.trustOfZone(QStringLiteral("c")), std::nullopt);
    QCOMPARE(index.trustOfZone(QStringLiteral("under-b")), std::optional(Trust::Internal));
    QCOMPARE(index.trustOfZone(QStringLiteral("under-a")), std::nullopt);
    QCOMPARE(index.trustOfZone(QStringLiteral("self")), std::optional(Trust::Dmz));
    QCOMPARE(effectiveTrust(m, QStringLiteral("c")), std::nullopt);

    const ZoneTree &tree = index.zoneTree();
    QCOMPARE(tree.loops().size(), std::size_t(2));
    QCOMPARE(tree.loops()[0], (std::vector<int>{0, 1, 2}));
    QCOMPARE(tree.loops()[1], (std::vector<int>{5}));
    QVERIFY(tree.startsLoop(0) && !tree.startsLoop(1) && !tree.startsLoop(3));
    QCOMPARE(tree.loopOf(3), -1);
}

void TestRules::zoneRules_data()
{
    addRuleColumns();
    const QString rule = QStringLiteral("zone-cycle");
    {
        ModelBuilder b;  // c's parent is b, b's is a: nested, no loop
        b.zone(QStringLiteral("a"), Trust::Internal);
        b.zone(QStringLiteral("b"), std::nullopt, QStringLiteral("a"));
        b.zone(QStringLiteral("c"), std::nullopt, QStringLiteral("b"));
        b.zone(QStringLiteral("d"), std::nullopt, QStringLiteral("missing"));  // dangling-reference's
        QTest::newRow("nested, no loop") << b.build() << rule << ExpectedFindings{};
    }
    {
        ModelBuilder b;  // listed from the middle of the loop: reported at its first zone
        b.zone(QStringLiteral("outside"), Trust::Internal, QStringLiteral("internal"));
        b.zone(QStringLiteral("internal"), Trust::Internal, QStringLiteral("edge"));
        b.zone(QStringLiteral("edge"), Trust::Dmz, QStringLiteral("internal"));
        QTest::newRow("two zones inside each other")
            << b.build() << rule
            << ExpectedFindings{{Severity::Error,
                                 {QStringLiteral("internal"), QStringLiteral("edge")},
                                 {QStringLiteral("Zones are nested in a loop of 2: internal -> edge -> internal")}}};
    }
    {
        ModelBuilder b;
        b.zone(QStringLiteral("me"), Trust::Dmz, QStringLiteral("me"));
        b.zone(QStringLiteral("x"), std::nullopt, QStringLiteral("y"));
        b.zone(QStringLiteral("y"), std::nullopt, QStringLiteral("z"));
        b.zone(QStringLiteral("z"), std::nullopt, QStringLiteral("x"));
        QTest::newRow("own parent, and a loop of three")
            << b.build() << rule
            << ExpectedFindings{{Severity::Error, {QStringLiteral("me")}, {QStringLiteral("Zone me is its own parent")}},
                                {Severity::Error,
                                 {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")},
                                 {QStringLiteral("x -> y -> z -> x")}}};
    }
}

void TestRules::zoneRules()
{
    verifyRuleRow();
}

void TestRules::largeZoneLoopReportedOnce()
{
    // 10,000 zones whose parents form one loop, plus a zone hanging off it:
    // one finding naming every zone of the loop, with a short message.
    const int n = 10000;
    ModelBuilder b;
    for (int i = 0; i < n; ++i)
        b.zone(z(i), i == 7 ? std::optional(Trust::Internal) : std::nullopt, z((i + 1) % n));
    b.zone(QStringLiteral("hanging"), std::nullopt, z(7));
    const Model m = b.build();
    const Findings loops = findingsOf(validate(m, testOptions()), QStringLiteral("zone-cycle"));
    QCOMPARE(loops.size(), std::size_t(1));
    QCOMPARE(loops[0].targets.size(), qsizetype(n));
    QCOMPARE(loops[0].targets.first(), z(0));
    QCOMPARE(loops[0].targets.last(), z(n - 1));
    QVERIFY2(loops[0].message.size() < 300, qPrintable(loops[0].message));
    QVERIFY(loops[0].message.contains(QStringLiteral("loop of 10000")));
    const ModelIndex index(m);
    QCOMPARE(index.trustOfZone(z(8)), std::nullopt);
    QCOMPARE(index.trustOfZone(z(7)), std::optional(Trust::Internal));
    QCOMPARE(index.trustOfZone(QStringLiteral("hanging")), std::optional(Trust::Internal));
}
