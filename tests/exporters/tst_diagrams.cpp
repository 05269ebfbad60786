// The diagram description shared by every diagram (model/style): styles,
// labels and which objects a diagram shows. The exporters' tests are in
// tst_diagrams_graphviz.cpp and tst_diagrams_text.cpp.
#include "tests/exporters/tst_diagrams.h"

#include "model/style/diagramscope.h"
#include "model/style/diagramstyle.h"
#include "model/style/labeltext.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <functional>

using namespace lintel;

namespace {

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList ids(const std::vector<const Element *> &elements)
{
    QStringList out;
    for (const Element *e : elements)
        out << e->id;
    return out;
}

QStringList ids(const std::vector<const Zone *> &zones)
{
    QStringList out;
    for (const Zone *z : zones)
        out << z->id;
    return out;
}

const Flow &flowById(const Model &model, const QString &id)
{
    for (const Flow &f : model.flows)
        if (f.id == id)
            return f;
    qFatal("no flow %s", qPrintable(id));
}

}  // namespace

void TestDiagrams::everyKindHasADistinctReadableStyle()
{
    QSet<QString> fills, labels;
    for (int k = 0; k <= int(ElementKind::External); ++k) {
        const ElementStyle style = elementStyle(ElementKind(k));
        QVERIFY2(contrast(style.text, style.fill) >= 7.0, qPrintable(style.kindLabel));
        fills.insert(style.fill.name());
        labels.insert(style.kindLabel);
    }
    QCOMPARE(fills.size(), 10);
    QCOMPARE(labels.size(), 10);
    QCOMPARE(elementStyle(ElementKind::Datastore).shape, NodeShape::Cylinder);
    QCOMPARE(elementStyle(ElementKind::Queue).shape, NodeShape::Queue);
    QCOMPARE(elementStyle(ElementKind::External).shape, NodeShape::DoubleBox);
}

void TestDiagrams::zoneLabelsAndStylesFollowTrust()
{
    const Model m = diagrams::realisticModel();
    QCOMPARE(zoneLabel(m, m.zones[0]), QStringLiteral("Internet (untrusted)"));
    QCOMPARE(zoneLabel(m, m.zones[3]), QStringLiteral("Card vault (restricted)"));
    Zone edge = m.zones[1];
    edge.name = QStringLiteral("Edge DMZ");
    QCOMPARE(zoneLabel(m, edge), QStringLiteral("Edge DMZ"));  // says it already

    Model inherit = m;
    inherit.zones[3].trust.reset();  // inherits "internal" from its parent
    QCOMPARE(zoneLabel(inherit, inherit.zones[3]), QStringLiteral("Card vault (internal)"));
    inherit.zones[2].trust.reset();
    QCOMPARE(zoneLabel(inherit, inherit.zones[3]), QStringLiteral("Card vault"));

    QVERIFY(zoneStyle(Trust::Untrusted).dashedBorder);
    QVERIFY(!zoneStyle(Trust::Internal).dashedBorder);
    QSet<QString> fills;
    for (int t = 0; t <= int(Trust::Restricted); ++t)
        fills.insert(zoneStyle(Trust(t)).fill.name());
    fills.insert(zoneStyle(std::nullopt).fill.name());
    QCOMPARE(fills.size(), 5);
}

void TestDiagrams::flowStyleMarksUnprotectedCrossings()
{
    const Model m = diagrams::realisticModel();
    const FlowStyle login = flowStyle(m, flowById(m, QStringLiteral("app-gw")));
    QVERIFY(login.crossesBoundary);
    QVERIFY(!login.unprotectedCrossing);
    QVERIFY(!login.dashed);

    const FlowStyle plain = flowStyle(m, flowById(m, QStringLiteral("gw-orders")));
    QVERIFY(plain.unprotectedCrossing);
    QCOMPARE(plain.warnings, QStringList({QStringLiteral("unencrypted"), QStringLiteral("no auth")}));
    QVERIFY(plain.width > login.width);
    QVERIFY(plain.color != login.color);

    // Same zone: plain SQL is no crossing, so no warning.
    const FlowStyle local = flowStyle(m, flowById(m, QStringLiteral("orders-db")));
    QVERIFY(!local.crossesBoundary);
    QVERIFY(local.warnings.isEmpty());

    QVERIFY(flowStyle(m, flowById(m, QStringLiteral("orders-events"))).dashed);
    // Into the nested vault zone: a crossing, but encrypted and authenticated.
    const FlowStyle vault = flowStyle(m, flowById(m, QStringLiteral("orders-vault")));
    QVERIFY(vault.crossesBoundary);
    QVERIFY(!vault.unprotectedCrossing);
}

void TestDiagrams::modelIndexFindsWhatASearchWould()
{
    Model m = diagrams::realisticModel();
    // A repeated id (a broken model) resolves to the first element, as the
    // validator and a linear search do; the copy sits in another zone, so a
    // wrong pick would change whether flows cross a boundary.
    Element copy = m.elements.front();
    copy.zone = copy.zone + QStringLiteral("-elsewhere");
    m.elements.push_back(copy);
    const ModelIndex index(m);
    QCOMPARE(index.element(copy.id), &m.elements.front());
    QCOMPARE(index.element(QStringLiteral("no-such-element")), nullptr);
    QCOMPARE(index.element(QString()), nullptr);

    int crossings = 0;
    for (const Flow &f : m.flows) {
        QCOMPARE(flowCrossesZones(index, f), flowCrossesZones(m, f));
        QCOMPARE(flowStyle(index, f).warnings, flowStyle(m, f).warnings);
        crossings += flowCrossesZones(index, f) ? 1 : 0;
    }
    QVERIFY(crossings > 0);
    QVERIFY(crossings < int(m.flows.size()));
}

void TestDiagrams::flowLabelShowsProtocolSyncAndApi()
{
    Model m = diagrams::realisticModel();
    Api api;
    api.id = QStringLiteral("orders-api");
    api.name = QStringLiteral("Orders API");
    m.apis = {api};
    Flow f = flowById(m, QStringLiteral("app-gw"));
    QCOMPARE(flowLabel(m, f), QStringLiteral("https · sync"));
    f.api = QStringLiteral("orders-api");
    QCOMPARE(flowLabel(m, f), QStringLiteral("https · sync\napi: Orders API"));
    QCOMPARE(flowLabel(ModelIndex(m), f), QStringLiteral("https · sync\napi: Orders API"));
    f.api = QStringLiteral("unknown-api");
    QCOMPARE(flowLabel(m, f), QStringLiteral("https · sync\napi: unknown-api"));
    QCOMPARE(flowLabel(ModelIndex(m), f), QStringLiteral("https · sync\napi: unknown-api"));
    QCOMPARE(flowLabel(m, flowById(m, QStringLiteral("orders-events"))), QStringLiteral("kafka · async"));
    Flow bare = f;
    bare.protocol = QStringLiteral("  ");
    bare.api.clear();
    bare.sync = false;
    QCOMPARE(flowLabel(m, bare), QStringLiteral("async"));
}

void TestDiagrams::storeShowsHighestClassification()
{
    const Model m = diagrams::realisticModel();
    QCOMPARE(highestClassification(m, m.elements[6]), std::optional(Classification::Confidential));
    QCOMPARE(highestClassification(m, m.elements[9]), std::optional(Classification::Restricted));
    QCOMPARE(highestClassification(m, m.elements[7]), std::nullopt);  // holds nothing
    QCOMPARE(classificationBadge(Classification::Restricted), QStringLiteral("RESTRICTED"));
    QVERIFY(classificationColor(Classification::Public) != classificationColor(Classification::Restricted));
}

void TestDiagrams::labelsWrapAndTruncate()
{
    QCOMPARE(wrapLines(QStringLiteral("Orders service")), QStringList{QStringLiteral("Orders service")});
    QCOMPARE(wrapLines(QStringLiteral("one two three four"), 9),
             QStringList({QStringLiteral("one two"), QStringLiteral("three"), QStringLiteral("four")}));
    QCOMPARE(wrapLines(QStringLiteral("abcdefghij"), 4),
             QStringList({QStringLiteral("abcd"), QStringLiteral("efgh"), QStringLiteral("ij")}));
    QCOMPARE(wrapLines(QStringLiteral("a\nb\t c")), QStringList{QStringLiteral("a b c")});
    QCOMPARE(wrapLines(QString()), QStringList{QString()});

    const QStringList longName = wrapLines(QString(300, QLatin1Char('x')));
    QCOMPARE(longName.join(QString()).size(), kLabelMaxChars);
    QVERIFY(longName.last().endsWith(QChar(0x2026)));
    for (const QString &line : longName)
        QVERIFY(line.size() <= kLabelLineWidth);

    // Never half a surrogate pair, however the cut falls.
    const QString rockets = QString(40, QLatin1Char('a')) + QStringLiteral("🚀🚀🚀🚀");
    for (int width = 5; width < 12; ++width)
        for (const QString &line : wrapLines(rockets, width, 43))
            QVERIFY(!line.back().isHighSurrogate() && !line.front().isLowSurrogate());

    Element e;
    e.kind = ElementKind::Service;
    e.technology = QStringLiteral("Go");
    QCOMPARE(elementKindLines(e), QStringList{QStringLiteral("«service» Go")});
    e.technology = QStringLiteral("Kotlin, Spring Boot, Kafka Streams, gRPC");
    QCOMPARE(elementKindLines(e).first(), QStringLiteral("«service»"));
    QVERIFY(elementKindLines(e).size() >= 3);
}

void TestDiagrams::scopeOfViewIncludesAncestorZones()
{
    const Model m = diagrams::realisticModel();
    const DiagramScope inner = diagramScope(m, &m.views[1]);
    QCOMPARE(inner.id, QStringLiteral("inner"));
    QCOMPARE(inner.title, QStringLiteral("Card vault only"));
    QCOMPARE(ids(inner.elements), QStringList{QStringLiteral("vaultdb")});
    QCOMPARE(ids(inner.zones), QStringList({QStringLiteral("core"), QStringLiteral("vault")}));
    QCOMPARE(ids(inner.childZones(QString())), QStringList{QStringLiteral("core")});
    QCOMPARE(ids(inner.childZones(QStringLiteral("core"))), QStringList{QStringLiteral("vault")});
    QVERIFY(inner.flows.empty());

    // Zone ids in a view stand for everything inside, sub-zones included.
    const DiagramScope all = diagramScope(m, &m.views[0]);
    QCOMPARE(all.elements.size(), m.elements.size());
    QCOMPARE(all.flows.size(), m.flows.size());
    QVERIFY(all.containsZone(QStringLiteral("dmz")));
    QCOMPARE(ids(all.elementsIn(QString())), QStringList{QStringLiteral("psp")});
    QCOMPARE(ids(all.elementsIn(QStringLiteral("vault"))), QStringList{QStringLiteral("vaultdb")});
}

void TestDiagrams::scopeWithoutViewsIsTheWholeModel()
{
    Model m = diagrams::realisticModel();
    m.views.clear();
    QString error;
    const std::vector<DiagramScope> scopes = diagramScopes(m, QString(), &error);
    QCOMPARE(scopes.size(), std::size_t(1));
    QCOMPARE(scopes[0].id, kWholeModelDiagramId);
    QCOMPARE(scopes[0].title, QStringLiteral("Test shop"));
    QCOMPARE(scopes[0].elements.size(), m.elements.size());
    QCOMPARE(scopes[0].zones.size(), m.zones.size());

    // With views, "model" still asks for the whole model.
    const Model withViews = diagrams::realisticModel();
    const std::vector<DiagramScope> whole = diagramScopes(withViews, QStringLiteral("model"), &error);
    QCOMPARE(whole.size(), std::size_t(1));
    QVERIFY(!whole[0].view);
    QCOMPARE(diagramScopes(withViews, QString(), &error).size(), std::size_t(2));
}

void TestDiagrams::scopeSurvivesZoneParentCycles()
{
    Model m = diagrams::realisticModel();
    m.zones[0].parent = QStringLiteral("dmz");
    m.zones[1].parent = QStringLiteral("internet");  // a loop of two
    m.zones[2].parent = QStringLiteral("core");      // its own parent
    m.views.clear();
    const DiagramScope scope = diagramScope(m, nullptr);
    // Every zone is reachable from the top, so every one is drawn once.
    QStringList reached;
    std::function<void(const QString &)> walk = [&](const QString &parent) {
        for (const Zone *z : scope.childZones(parent)) {
            QVERIFY(!reached.contains(z->id));
            reached << z->id;
            walk(z->id);
        }
    };
    walk(QString());
    reached.sort();
    QCOMPARE(reached, QStringList({QStringLiteral("core"), QStringLiteral("dmz"), QStringLiteral("internet"),
                                   QStringLiteral("vault")}));
}

void TestDiagrams::unknownViewIsAnError()
{
    const Model m = diagrams::realisticModel();
    QString error;
    QVERIFY(diagramScopes(m, QStringLiteral("nope"), &error).empty());
    QVERIFY2(error.contains(QStringLiteral("'nope'")) && error.contains(QStringLiteral("all, inner")),
             qPrintable(error));
    Model noViews = m;
    noViews.views.clear();
    QVERIFY(diagramScopes(noViews, QStringLiteral("nope"), &error).empty());
    QVERIFY2(error.contains(QStringLiteral("no views")), qPrintable(error));
}

QTEST_MAIN(TestDiagrams)
