// The semantic diff: flattening through describe() loses nothing, every
// field of every section is reported when it changes, order is no change,
// renames and moved elements are recognised, and the risk delta matches
// findings by fingerprint.
#include "model/compare/conflicts.h"
#include "model/compare/modeldiff.h"
#include "model/compare/riskdelta.h"
#include "model/compare/sections.h"
#include "model/rules/validator.h"
#include "tests/support/exampledata.h"
#include "tests/support/fullmodel.h"

#include <QtTest>
#include <algorithm>

using namespace lintel;

namespace {

const Model &shop()
{
    const test::LoadedModel *loaded = test::loadModel(QStringLiteral("resources/examples/shop.yaml"));
    Q_ASSERT(loaded);
    return loaded->model;
}

const ObjectChange *changeOf(const ModelDiff &diff, const QString &section, const QString &id)
{
    for (const ObjectChange &c : diff.changes)
        if (c.section == section && c.id == id)
            return &c;
    return nullptr;
}

}  // namespace

class TestDiff : public QObject {
    Q_OBJECT
private slots:
    void flattenThenRebuildGivesTheSameObject_data();
    void flattenThenRebuildGivesTheSameObject();
    void sameModelHasNoChanges();
    void everyFieldOfEverySectionIsReported_data();
    void everyFieldOfEverySectionIsReported();
    void reorderingIsNoChange();
    void listsOfIdsAreComparedAsSets();
    void addedAndRemovedObjects();
    void renameIsOneChange();
    void movedElementsAreLayout();
    void extensionKeysAreCompared();
    void riskDeltaByFingerprint();
    void acceptedRisksAddedRemovedExpired();
    void setFieldRefusesWhatDoesNotFit();
};

void TestDiff::flattenThenRebuildGivesTheSameObject_data()
{
    QTest::addColumn<Model>("model");
    QTest::newRow("every field set") << test::fullModel();
    QTest::newRow("shop") << shop();
}

void TestDiff::flattenThenRebuildGivesTheSameObject()
{
    QFETCH(Model, model);
    int objects = 0;
    for (const auto &section : modelSections()) {
        Model rebuilt;
        section->clear(rebuilt);
        for (int i = 0; i < section->count(model); ++i)
            QVERIFY2(section->appendFlat(rebuilt, section->flatten(model, i)), qPrintable(section->key()));
        QCOMPARE(section->count(rebuilt), section->count(model));
        for (int i = 0; i < section->count(model); ++i, ++objects)
            QVERIFY2(section->sameObject(rebuilt, i, model, i),
                     qPrintable(section->key() + u' ' + section->idAt(model, i)));
    }
    QVERIFY(objects > int(modelSections().size()));
}

void TestDiff::sameModelHasNoChanges()
{
    QVERIFY(diffModels(shop(), shop()).isEmpty());
    QVERIFY(diffModels(test::fullModel(), test::fullModel()).isEmpty());
    QVERIFY(!diffModels(Model{}, test::fullModel()).isEmpty());
}

// Unsetting each field of the first object of each section, one at a time,
// is reported as exactly that field of exactly that object.
void TestDiff::everyFieldOfEverySectionIsReported_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("field");
    const Model full = test::fullModel();
    for (const auto &section : modelSections()) {
        if (section->count(full) == 0)
            continue;
        for (const FlatField &f : section->flatten(full, 0)) {
            // A marker, or the key an API operation or decision option is
            // known by: unsetting it makes another sub-object.
            if (f.isMarker() || (f.path.size() > 2 && f.value.scalar == f.path[f.path.size() - 2]))
                continue;
            const QString row = section->key() + u' ' + f.pathText();
            QTest::newRow(qPrintable(row)) << section->key() << f.pathText();
        }
    }
}

void TestDiff::everyFieldOfEverySectionIsReported()
{
    QFETCH(QString, section);
    QFETCH(QString, field);
    const Model before = test::fullModel();
    const SectionAccess *access = findSection(section);
    QVERIFY(access);
    const QString id = access->idAt(before, 0);
    Model after = before;
    if (!setObjectField(after, section, id, field, YamlValue{}))
        QSKIP("a required field cannot be unset; changed values are covered by the merge tests");
    if (access->idAt(after, 0) != id)
        QSKIP("the field is what identifies the object (an id, an accepted risk's rule or target)");
    const ModelDiff diff = diffModels(before, after);
    QCOMPARE(int(diff.changes.size()), 1);
    const ObjectChange &c = diff.changes.front();
    QCOMPARE(c.section, section);
    QCOMPARE(c.id, id);
    QCOMPARE(c.status, ChangeStatus::Changed);
    QCOMPARE(int(c.fields.size()), 1);
    QCOMPARE(c.fields.front().pathText(), field);
    QVERIFY(c.fields.front().before.type != YamlValue::Type::Null);
    QCOMPARE(c.fields.front().after.type, YamlValue::Type::Null);
}

void TestDiff::reorderingIsNoChange()
{
    Model after = shop();
    std::reverse(after.elements.begin(), after.elements.end());
    std::reverse(after.flows.begin(), after.flows.end());
    QVERIFY(after.elements != shop().elements);
    QVERIFY(diffModels(shop(), after).isEmpty());
}

void TestDiff::listsOfIdsAreComparedAsSets()
{
    Model before = shop();
    Decision &d = before.decisions.front();
    d.affects = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    Model after = before;
    after.decisions.front().affects = {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")};
    QVERIFY(diffModels(before, after).isEmpty());
    after.decisions.front().affects = {QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("a")};
    const ModelDiff diff = diffModels(before, after);
    QCOMPARE(int(diff.changes.size()), 1);
    const FieldChange &f = diff.changes.front().fields.front();
    QCOMPARE(f.pathText(), QStringLiteral("affects"));
    QVERIFY(f.isSet);
    QCOMPARE(f.added, QStringList{QStringLiteral("d")});
    QCOMPARE(f.removed, QStringList{QStringLiteral("b")});
}

void TestDiff::addedAndRemovedObjects()
{
    Model after = shop();
    const Flow removed = after.flows.back();
    after.flows.pop_back();
    Team added;
    added.id = QStringLiteral("new-vendor");
    added.name = QStringLiteral("New Vendor");
    after.teams.push_back(added);
    const ModelDiff diff = diffModels(shop(), after);
    const ObjectChange *gone = changeOf(diff, QStringLiteral("flows"), removed.id);
    const ObjectChange *come = changeOf(diff, QStringLiteral("teams"), added.id);
    QVERIFY(gone && come);
    QCOMPARE(gone->status, ChangeStatus::Removed);
    QCOMPARE(come->status, ChangeStatus::Added);
    QCOMPARE(come->collection, std::optional<Collection>(Collection::Teams));
    QCOMPARE(int(come->fields.size()), 2);  // id and name
    QCOMPARE(int(diff.changes.size()), 2);
    const std::vector<SectionCounts> counts = diff.counts();
    const auto flows = std::find_if(counts.begin(), counts.end(), [](const SectionCounts &r) { return r.section == "flows"; });
    QVERIFY(flows != counts.end());
    QCOMPARE(flows->removed, 1);
    QCOMPARE(flows->total(), 1);
}

void TestDiff::renameIsOneChange()
{
    Model after = shop();
    const QString oldId = after.teams.front().id;
    after.teams.front().id = QStringLiteral("renamed-team");
    const ModelDiff diff = diffModels(shop(), after);
    QCOMPARE(int(diff.changes.size()), 1);
    QCOMPARE(diff.changes.front().status, ChangeStatus::Renamed);
    QCOMPARE(diff.changes.front().oldId, oldId);
    QCOMPARE(diff.changes.front().id, QStringLiteral("renamed-team"));
    // Renamed and changed is no rename: the content differs.
    after.teams.front().name += QStringLiteral(" (new)");
    const ModelDiff both = diffModels(shop(), after);
    QCOMPARE(int(both.changes.size()), 2);
}

void TestDiff::movedElementsAreLayout()
{
    Model after = shop();
    QVERIFY(!after.views.empty());
    View &view = after.views.front();
    QVERIFY(view.positions.size() >= 2);
    view.positions[0].second.x += 40;
    view.positions[1].second.y -= 10;
    view.name += QStringLiteral(" v2");
    view.positions.emplace_back(QStringLiteral("newcomer"), Position{5, 5});
    const ModelDiff diff = diffModels(shop(), after);
    QCOMPARE(int(diff.changes.size()), 1);
    const ObjectChange &c = diff.changes.front();
    QCOMPARE(c.movedElements(), 2);
    QCOMPARE(c.placedElements(), 1);
    QCOMPARE(c.contentChanges(), 1);
    for (const FieldChange &f : c.fields)
        QCOMPARE(f.isLayout, f.path.front() == QLatin1String("positions"));
}

void TestDiff::extensionKeysAreCompared()
{
    Model after = shop();
    YamlValue cost = scalarValue(QStringLiteral("12k"));
    after.elements.front().extras.emplace_back(QStringLiteral("x-cost"), cost);
    after.extras.emplace_back(QStringLiteral("x-owner"), scalarValue(QStringLiteral("arch team")));
    const ModelDiff diff = diffModels(shop(), after);
    QCOMPARE(int(diff.changes.size()), 2);
    QCOMPARE(diff.changes[0].fields.front().pathText(), QStringLiteral("x-cost"));
    QCOMPARE(diff.changes[1].section, QString::fromLatin1(kDocumentExtrasSection));
    QCOMPARE(diff.changes[1].fields.front().afterText(), QStringLiteral("arch team"));
}

void TestDiff::riskDeltaByFingerprint()
{
    ValidationOptions options;
    options.asOf = test::frozenDate();
    const Model &before = shop();
    Model after = before;
    // Unencrypt every flow: boundary crossings become errors.
    for (Flow &f : after.flows)
        f.encrypted = false;
    const Findings was = validate(before, options), now = validate(after, options);
    const RiskDelta delta = riskDelta(before, was, after, now, options.asOf);
    QVERIFY(!delta.introduced.empty());
    QCOMPARE(delta.introduced.front().severity, Severity::Error);
    QVERIFY(std::is_sorted(delta.introduced.begin(), delta.introduced.end(),
                           [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); }));
    const QSet<QString> old = countedFingerprints(was);
    for (const Finding &f : delta.introduced)
        QVERIFY(!old.contains(f.fingerprint));
    QCOMPARE(delta.unchanged + int(delta.introduced.size()), int(countedFingerprints(now).size()));
    const RiskDelta back = riskDelta(after, now, before, was, options.asOf);
    QCOMPARE(back.resolved.size(), delta.introduced.size());
    QCOMPARE(riskDelta(before, was, before, was, options.asOf).introduced.size(), std::size_t(0));
}

void TestDiff::acceptedRisksAddedRemovedExpired()
{
    Model before = shop();
    AcceptedRisk kept, gone;
    kept.rule = QStringLiteral("isolated-element");
    kept.target = QStringLiteral("x");
    kept.expires = QStringLiteral("2099-01-01");
    gone.rule = QStringLiteral("isolated-element");
    gone.target = QStringLiteral("y");
    before.acceptedRisks = {kept, gone};
    Model after = before;
    after.acceptedRisks.pop_back();
    after.acceptedRisks.front().expires = QStringLiteral("2000-01-01");
    AcceptedRisk added = gone;
    added.target = QStringLiteral("z");
    after.acceptedRisks.push_back(added);
    const RiskDelta delta = riskDelta(before, {}, after, {}, QDate(2026, 1, 1));
    QCOMPARE(int(delta.risksAdded.size()), 1);
    QCOMPARE(delta.risksAdded.front().target, QStringLiteral("z"));
    QCOMPARE(int(delta.risksRemoved.size()), 1);
    QCOMPARE(delta.risksRemoved.front().target, QStringLiteral("y"));
    QCOMPARE(int(delta.risksExpired.size()), 1);
    QCOMPARE(delta.risksExpired.front().target, QStringLiteral("x"));
}

void TestDiff::setFieldRefusesWhatDoesNotFit()
{
    Model model = shop();
    const QString id = model.elements.front().id;
    QVERIFY(!setObjectField(model, QStringLiteral("elements"), id, QStringLiteral("kind"), scalarValue(QStringLiteral("spaceship"))));
    QVERIFY(!setObjectField(model, QStringLiteral("elements"), id, QStringLiteral("no-such-field"), scalarValue(QStringLiteral("1"))));
    QVERIFY(!setObjectField(model, QStringLiteral("elements"), QStringLiteral("no-such-id"), QStringLiteral("name"), scalarValue(QStringLiteral("n"))));
    QCOMPARE(model, shop());
    QVERIFY(setObjectField(model, QStringLiteral("elements"), id, QStringLiteral("security.audit_log"), scalarValue(QStringLiteral("true"))));
    QCOMPARE(model.elements.front().security.auditLog, std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
