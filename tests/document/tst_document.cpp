// The document and its undo commands: every command must restore the exact
// model on undo, reapply it on redo, and announce precisely what changed.
#include "model/document/commands.h"
#include "model/document/document.h"
#include "model/document/fieldaccess.h"

#include <QSignalSpy>
#include <QTest>

using namespace lintel;

namespace {

Model sampleModel()
{
    Model m;
    m.system.name = QStringLiteral("Shop");
    Zone dmz;
    dmz.id = QStringLiteral("dmz");
    dmz.trust = Trust::Dmz;
    Zone inner;
    inner.id = QStringLiteral("inner");
    inner.trust = Trust::Internal;
    inner.parent = QStringLiteral("dmz");
    m.zones = {dmz, inner};
    auto element = [](const char *id, ElementKind kind, const char *zone) {
        Element e;
        e.id = QString::fromLatin1(id);
        e.name = e.id.toUpper();
        e.kind = kind;
        e.zone = QString::fromLatin1(zone);
        return e;
    };
    m.elements = {element("web", ElementKind::Client, "dmz"), element("orders", ElementKind::Service, "inner"),
                  element("orders-db", ElementKind::Datastore, "inner")};
    Flow f1;
    f1.id = QStringLiteral("web-orders");
    f1.from = QStringLiteral("web");
    f1.to = QStringLiteral("orders");
    Flow f2;
    f2.id = QStringLiteral("orders-db-write");
    f2.from = QStringLiteral("orders");
    f2.to = QStringLiteral("orders-db");
    m.flows = {f1, f2};
    View v;
    v.id = QStringLiteral("overview");
    v.elements = {QStringLiteral("web"), QStringLiteral("orders"), QStringLiteral("orders-db")};
    v.positions = {{QStringLiteral("web"), {0, 0}}, {QStringLiteral("orders"), {200, 0}}};
    m.views = {v};
    Decision d;
    d.id = QStringLiteral("use-postgres");
    d.affects = {QStringLiteral("orders-db")};
    m.decisions = {d};
    AcceptedRisk r;
    r.rule = QStringLiteral("isolated-element");
    r.target = QStringLiteral("orders-db");
    m.acceptedRisks = {r};
    return m;
}

}  // namespace

class TestDocument : public QObject {
    Q_OBJECT
private slots:
    void fieldAccessReadsAndWritesEveryKind_data();
    void fieldAccessReadsAndWritesEveryKind();
    void fieldAccessRejectsWrongValues();
    void listFieldsCoversNestedObjects();
    void setFieldUndoRedo();
    void typingMerges();
    void invalidSetFieldDoesNothing();
    void addAndRemoveRestoreExactly();
    void moveElementsUndoRemovesNewPosition();
    void renameUpdatesEveryReferenceAndUndoes();
    void renameRejectsTakenOrBadIds();
    void deleteElementCascadesAndUndoes();
    void deleteZoneReparentsAndUndoes();
    void modifiedFollowsUndoStack();
    void readOnlyRefusesCommands();
    void readOnlyLeavesNoEmptyMacro();
};

void TestDocument::fieldAccessReadsAndWritesEveryKind_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text") << "name" << QVariant(QStringLiteral("Orders API"));
    QTest::newRow("enum") << "kind" << QVariant(QStringLiteral("worker"));
    QTest::newRow("optional enum") << "exposure" << QVariant(QStringLiteral("public"));
    QTest::newRow("optional bool") << "stateful" << QVariant(true);
    QTest::newRow("optional int") << "replicas" << QVariant(3);
    QTest::newRow("list") << "tags" << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    QTest::newRow("nested bool") << "security.rate_limited" << QVariant(false);
    QTest::newRow("nested enum") << "security.secrets" << QVariant(QStringLiteral("vault"));
    QTest::newRow("nested text") << "operations.runbook" << QVariant(QStringLiteral("https://wiki/run"));
}

void TestDocument::fieldAccessReadsAndWritesEveryKind()
{
    QFETCH(QString, path);
    QFETCH(QVariant, value);
    Element e;
    QVERIFY(setField(e, path, value));
    bool exists = false;
    QCOMPARE(getField(e, path, &exists), value);
    QVERIFY(exists);
}

void TestDocument::fieldAccessRejectsWrongValues()
{
    Element e;
    e.kind = ElementKind::Queue;
    QVERIFY(!setField(e, QStringLiteral("kind"), QStringLiteral("spaceship")));
    QCOMPARE(e.kind, ElementKind::Queue);
    QVERIFY(!setField(e, QStringLiteral("no-such-field"), QStringLiteral("x")));
    QVERIFY(!setField(e, QStringLiteral("security.nope"), true));
    // Unsetting an optional enum and an optional bool.
    e.exposure = Exposure::Public;
    QVERIFY(setField(e, QStringLiteral("exposure"), QString()));
    QVERIFY(!e.exposure.has_value());
    e.stateful = true;
    QVERIFY(setField(e, QStringLiteral("stateful"), QVariant()));
    QVERIFY(!e.stateful.has_value());
}

void TestDocument::listFieldsCoversNestedObjects()
{
    const auto fields = listFields<Element>();
    QStringList paths;
    for (const auto &f : fields)
        paths << f.path;
    QVERIFY(paths.contains(QStringLiteral("security")));
    QVERIFY(paths.contains(QStringLiteral("security.rate_limited")));
    QVERIFY(paths.contains(QStringLiteral("operations.health_check")));
    QCOMPARE(paths.first(), QStringLiteral("id"));
    const auto kind = std::find_if(fields.begin(), fields.end(), [](const auto &f) { return f.path == u"kind"; });
    QVERIFY(kind != fields.end());
    QCOMPARE(kind->type, FieldType::Enum);
    QVERIFY(kind->enumValues.contains(QStringLiteral("datastore")));
    QVERIFY(!kind->optionalEnum);
}

void TestDocument::setFieldUndoRedo()
{
    Document doc(sampleModel());
    const Model before = doc.model();
    QSignalSpy changed(&doc, &Document::objectChanged);
    doc.execute(new SetFieldCommand(&doc, {Collection::Flows, QStringLiteral("web-orders")},
                                    QStringLiteral("protocol"), QStringLiteral("https")));
    QCOMPARE(doc.model().flows[0].protocol, QStringLiteral("https"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("web-orders"));
    QCOMPARE(changed.at(0).at(2).toString(), QStringLiteral("protocol"));
    const Model after = doc.model();
    doc.undoStack()->undo();
    QVERIFY(doc.model() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.model() == after);
}

void TestDocument::typingMerges()
{
    Document doc(sampleModel());
    const ObjectRef ref{Collection::Elements, QStringLiteral("orders")};
    for (const char *text : {"O", "Or", "Ord"})
        doc.execute(new SetFieldCommand(&doc, ref, QStringLiteral("name"), QString::fromLatin1(text)));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change name of orders"));
    doc.undoStack()->undo();
    QCOMPARE(doc.model().elements[1].name, QStringLiteral("ORDERS"));
}

void TestDocument::invalidSetFieldDoesNothing()
{
    Document doc(sampleModel());
    const Model before = doc.model();
    auto *command = new SetFieldCommand(&doc, {Collection::Elements, QStringLiteral("ghost")},
                                        QStringLiteral("name"), QStringLiteral("x"));
    QVERIFY(!command->isValid());
    doc.execute(command);
    QVERIFY(doc.model() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::addAndRemoveRestoreExactly()
{
    Document doc(sampleModel());
    const Model before = doc.model();
    Element e;
    e.id = QStringLiteral("cache");
    e.kind = ElementKind::Cache;
    QSignalSpy added(&doc, &Document::objectAdded);
    doc.execute(new AddObjectCommand<Element>(&doc, e, 1));
    QCOMPARE(doc.model().elements[1].id, QStringLiteral("cache"));
    QCOMPARE(added.count(), 1);
    doc.execute(new RemoveObjectCommand<Element>(&doc, QStringLiteral("web")));
    QCOMPARE(doc.model().elements.size(), std::size_t(3));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.model() == before);
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(doc.model().elements[0].id, QStringLiteral("cache"));
}

void TestDocument::moveElementsUndoRemovesNewPosition()
{
    Document doc(sampleModel());
    const Model before = doc.model();
    QSignalSpy moved(&doc, &Document::positionsChanged);
    doc.execute(new MoveElementsCommand(&doc, QStringLiteral("overview"),
                                        {{QStringLiteral("web"), Position{0, 0}, Position{10, 20}},
                                         {QStringLiteral("orders-db"), std::nullopt, Position{400, 0}}}));
    const View &view = doc.model().views[0];
    QCOMPARE(view.positions.size(), std::size_t(3));
    QCOMPARE(findIn(view.positions, QStringLiteral("web"))->y, 20.0);
    QCOMPARE(moved.count(), 1);
    // A second nudge of the same elements merges into the first step.
    doc.execute(new MoveElementsCommand(&doc, QStringLiteral("overview"),
                                        {{QStringLiteral("web"), Position{10, 20}, Position{10, 30}},
                                         {QStringLiteral("orders-db"), Position{400, 0}, Position{400, 10}}}));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.model() == before);
}

void TestDocument::renameUpdatesEveryReferenceAndUndoes()
{
    Model m = sampleModel();
    // A dangling reference that already names the new id must survive undo.
    m.decisions[0].affects << QStringLiteral("order-store");
    Document doc(m);
    const Model before = doc.model();
    QSignalSpy renamed(&doc, &Document::objectRenamed);
    doc.execute(new RenameIdCommand(&doc, {Collection::Elements, QStringLiteral("orders-db")},
                                    QStringLiteral("order-store")));
    const Model &after = doc.model();
    QCOMPARE(after.elements[2].id, QStringLiteral("order-store"));
    QCOMPARE(after.flows[1].to, QStringLiteral("order-store"));
    QVERIFY(after.views[0].elements.contains(QStringLiteral("order-store")));
    QCOMPARE(after.decisions[0].affects.first(), QStringLiteral("order-store"));
    QCOMPARE(after.acceptedRisks[0].target, QStringLiteral("order-store"));
    QCOMPARE(renamed.count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.model() == before);
}

void TestDocument::renameRejectsTakenOrBadIds()
{
    const Model m = sampleModel();
    QVERIFY(!checkNewId(m, QStringLiteral("orders")).isEmpty());
    QVERIFY(!checkNewId(m, QStringLiteral("Not Kebab")).isEmpty());
    QVERIFY(!checkNewId(m, QStringLiteral("double--dash")).isEmpty());
    QVERIFY(checkNewId(m, QStringLiteral("fresh-id")).isEmpty());
}

void TestDocument::deleteElementCascadesAndUndoes()
{
    Document doc(sampleModel());
    const Model before = doc.model();
    doc.execute(makeDeleteCommand(&doc, {{Collection::Elements, QStringLiteral("orders")},
                                         {Collection::Flows, QStringLiteral("web-orders")}}));
    const Model &after = doc.model();
    QCOMPARE(after.elements.size(), std::size_t(2));
    QVERIFY(after.flows.empty());
    QVERIFY(!after.views[0].elements.contains(QStringLiteral("orders")));
    QVERIFY(!findIn(after.views[0].positions, QStringLiteral("orders")));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.model() == before);
    doc.undoStack()->redo();
    QCOMPARE(doc.model().elements.size(), std::size_t(2));
}

void TestDocument::deleteZoneReparentsAndUndoes()
{
    Document doc(sampleModel());
    const Model before = doc.model();
    doc.execute(makeDeleteCommand(&doc, {{Collection::Zones, QStringLiteral("inner")}}));
    QCOMPARE(doc.model().zones.size(), std::size_t(1));
    QCOMPARE(doc.model().elements[1].zone, QStringLiteral("dmz"));
    doc.undoStack()->undo();
    QVERIFY(doc.model() == before);
}

void TestDocument::modifiedFollowsUndoStack()
{
    Document doc(sampleModel());
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    QVERIFY(!doc.isModified());
    doc.execute(new SetSystemFieldCommand(&doc, QStringLiteral("name"), QStringLiteral("Shop 2")));
    QVERIFY(doc.isModified());
    doc.markSaved();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    QCOMPARE(doc.model().system.name, QStringLiteral("Shop"));
    QCOMPARE(modified.count(), 3);
}

void TestDocument::readOnlyRefusesCommands()
{
    Document doc(sampleModel());
    const Model before = doc.model();
    QSignalSpy readOnly(&doc, &Document::readOnlyChanged);
    QSignalSpy refused(&doc, &Document::editRefused);
    QSignalSpy content(&doc, &Document::contentChanged);
    doc.setReadOnly(true);
    QVERIFY(doc.isReadOnly());
    QCOMPARE(readOnly.count(), 1);

    auto *rename = new SetSystemFieldCommand(&doc, QStringLiteral("name"), QStringLiteral("Shop 2"));
    rename->setText(QStringLiteral("Rename the system"));
    QVERIFY(!doc.execute(rename));
    QVERIFY(!doc.execute(makeDeleteCommand(&doc, {{Collection::Elements, QStringLiteral("orders")}})));
    QVERIFY(doc.model() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(content.count(), 0);
    QCOMPARE(refused.count(), 2);
    QCOMPARE(refused.first().at(0).toString(), QStringLiteral("Rename the system"));

    doc.setReadOnly(false);
    QCOMPARE(readOnly.count(), 2);
    QVERIFY(doc.execute(new SetSystemFieldCommand(&doc, QStringLiteral("name"), QStringLiteral("Shop 2"))));
    QCOMPARE(doc.model().system.name, QStringLiteral("Shop 2"));
    QCOMPARE(refused.count(), 2);
}

void TestDocument::readOnlyLeavesNoEmptyMacro()
{
    Document doc(sampleModel());
    const Model before = doc.model();
    doc.setReadOnly(true);
    QSignalSpy positions(&doc, &Document::positionsChanged);
    QSignalSpy changed(&doc, &Document::objectChanged);
    // A view wraps a drag in a macro; the move inside it is refused.
    doc.undoStack()->beginMacro(QStringLiteral("Move web"));
    QVERIFY(!doc.execute(new MoveElementsCommand(&doc, QStringLiteral("overview"),
                                                 {{QStringLiteral("web"), Position{0, 0}, Position{80, 40}}})));
    doc.undoStack()->endMacro();
    QVERIFY(doc.model() == before);
    // Once settled: no empty step left, and the views are told to show the
    // model again (positions of every view, every object).
    QTRY_COMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(positions.count(), 1);
    QCOMPARE(positions.first().at(0).toString(), QStringLiteral("overview"));
    QCOMPARE(positions.first().at(1).toStringList(), before.views[0].elements);
    const auto announced = [&](Collection c, const QString &id) {
        return std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &args) {
            return args.at(0).value<Collection>() == c && args.at(1).toString() == id;
        });
    };
    QVERIFY(announced(Collection::Elements, QStringLiteral("web")));
    QVERIFY(announced(Collection::Flows, QStringLiteral("orders-db-write")));
    QVERIFY(announced(Collection::AcceptedRisks, QStringLiteral("isolated-element@orders-db")));
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
