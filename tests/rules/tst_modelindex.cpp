// Finding an object by id (model/index): the index and the direct lookups
// must give the same answers, including for the broken models (repeated ids)
// that the reader reports but the editor still has to show.
#include "tests/rules/tst_rules.h"

#include "model/index/lookup.h"
#include "model/index/modelindex.h"

#include <QTest>
#include <thread>
#include <vector>

using namespace lintel;

namespace {

// Every collection holds "shared" twice (a broken model) and one object of
// its own; the first "shared" of each collection carries the marker, so a
// lookup that picks the second one is caught.
Model modelWithRepeatedIds()
{
    Model m;
    const QString shared = QStringLiteral("shared");
    const QString first = QStringLiteral("first");
    int count = 0;
    auto add = [&](auto &items, auto setMarker) {
        using T = typename std::decay_t<decltype(items)>::value_type;
        T own, one, two;
        own.id = QStringLiteral("own-%1").arg(count++);
        one.id = shared;
        two.id = shared;
        setMarker(one);
        items = {own, one, two};
    };
    add(m.teams, [&](Team &t) { t.name = first; });
    add(m.zones, [&](Zone &z) { z.name = first; });
    add(m.data, [&](DataClass &d) { d.name = first; });
    add(m.elements, [&](Element &e) { e.name = first; });
    add(m.flows, [&](Flow &f) { f.description = first; });
    add(m.apis, [&](Api &a) { a.name = first; });
    add(m.decisions, [&](Decision &d) { d.title = first; });
    add(m.questions, [&](Question &q) { q.text = first; });
    add(m.views, [&](View &v) { v.name = first; });
    AcceptedRisk risk, copy, other;
    risk.rule = copy.rule = other.rule = QStringLiteral("shared-datastore");
    risk.target = copy.target = QStringLiteral("orders-db");
    other.target = QStringLiteral("users-db");
    risk.reason = first;
    m.acceptedRisks = {other, risk, copy};
    return m;
}

}  // namespace

void TestRules::indexAndLookupAgree()
{
    const Model m = modelWithRepeatedIds();
    const ModelIndex index(m);
    int checked = 0;
    for (Collection c : allCollections()) {
        withCollectionType(c, [&](auto tag) {
            using T = typename decltype(tag)::type;
            const auto &items = CollectionTraits<T>::in(m);
            QStringList ids{QStringLiteral("no-such-id"), QString()};
            for (const T &object : items)
                ids << objectId(object);
            for (const QString &id : ids) {
                const int expected = indexOfObject<T>(m, id);
                QCOMPARE(index.template indexOfObject<T>(id), expected);
                QCOMPARE(index.template findObject<T>(id), findObject<T>(m, id));
                QCOMPARE(index.exists(ObjectRef{c, id}), exists(m, ObjectRef{c, id}));
                QCOMPARE(index.findRef(id).has_value(), findRef(m, id).has_value());
                if (expected >= 0)
                    ++checked;
            }
            // Of the two objects with the same id, the first one in model order.
            const QString repeated = objectId(items[1]);
            QCOMPARE(index.template indexOfObject<T>(repeated), 1);
            QCOMPARE(indexOfObject<T>(m, repeated), 1);
        });
    }
    QCOMPARE(checked, 3 * int(allCollections().size()));
    QVERIFY(index.hasObject(QStringLiteral("shared")));
    // Accepted risks are addressed by what they accept, not by an id of their
    // own, so they are not "objects" a reference can name.
    QVERIFY(!index.hasObject(QStringLiteral("shared-datastore@users-db")));
    QVERIFY(index.exists(ObjectRef{Collection::AcceptedRisks, QStringLiteral("shared-datastore@users-db")}));
    QCOMPARE(index.findObject<AcceptedRisk>(QStringLiteral("shared-datastore@orders-db"))->reason,
             QStringLiteral("first"));
}

void TestRules::findRefFollowsTheCollectionOrder()
{
    const Model m = modelWithRepeatedIds();
    const ModelIndex index(m);
    // "shared" is in every collection: both ways name the first collection
    // in allCollections() order, the one the panels look in first.
    const std::optional<ObjectRef> direct = findRef(m, QStringLiteral("shared"));
    QVERIFY(direct.has_value());
    QCOMPARE(int(direct->collection), int(allCollections().front()));
    QCOMPARE(index.findRef(QStringLiteral("shared")), direct);
    QCOMPARE(index.findRef(QStringLiteral("own-1")), (ObjectRef{Collection::Zones, QStringLiteral("own-1")}));
    QCOMPARE(findRef(m, QStringLiteral("own-1")), (ObjectRef{Collection::Zones, QStringLiteral("own-1")}));
    QCOMPARE(index.findRef(QStringLiteral("nothing")), std::nullopt);
    QCOMPARE(findRef(m, QStringLiteral("nothing")), std::nullopt);
}

void TestRules::indexAnswersFromManyThreads()
{
    // Each part of the index is built on first use; questions asked at the
    // same time from several threads must all see it built once and whole.
    Model m;
    for (int i = 0; i < 2000; ++i) {
        Element e;
        e.id = QStringLiteral("e%1").arg(i);
        m.elements.push_back(e);
        Flow f;
        f.id = QStringLiteral("f%1").arg(i);
        f.from = e.id;
        f.to = QStringLiteral("e%1").arg((i + 1) % 2000);
        m.flows.push_back(f);
    }
    const ModelIndex index(m);
    std::vector<int> found(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < found.size(); ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 2000; ++i) {
                const int flow = index.flowIndex(QStringLiteral("f%1").arg(i));
                if (flow == i && index.fromOf(flow) == i && index.toOf(flow) == (i + 1) % 2000
                    && index.element(QStringLiteral("e%1").arg(i)) == &m.elements[std::size_t(i)])
                    ++found[t];
            }
        });
    for (std::thread &t : threads)
        t.join();
    for (int n : found)
        QCOMPARE(n, 2000);
}
