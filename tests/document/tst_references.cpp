// What the field flags in model/describe.h promise: every field flagged as a
// reference follows its target through a rename and is reported by
// dangling-reference when it names nothing; and change notifications name
// the field by a key the compiler checks. The reference fields are found by
// visiting the description and filled through this file's own visitors, so a
// flag the cascade or the rule cannot follow (a new field type, a new
// collection) fails here.
#include "model/document/commands.h"
#include "model/document/document.h"
#include "model/document/fieldkey.h"
#include "model/rules/validator.h"

#include <QSignalSpy>
#include <algorithm>
#include <QTest>

using namespace lintel;

namespace {

const Collection kAllCollections[] = {Collection::Teams,     Collection::Zones,     Collection::Data,
                                      Collection::Elements,  Collection::Flows,     Collection::Apis,
                                      Collection::Decisions, Collection::Questions, Collection::Views,
                                      Collection::AcceptedRisks};

struct ReferenceField {
    Collection holder;
    QString name;
    std::optional<Collection> target;  // nullopt: any collection
};

template <class M> struct IsMap : std::false_type {};
template <class X> struct IsMap<OrderedMap<X>> : std::true_type {};

// Every top-level field of every collection whose flags make it a reference.
std::vector<ReferenceField> referenceFields()
{
    std::vector<ReferenceField> out;
    for (Collection c : kAllCollections)
        withCollectionType(c, [&](auto tag) {
            using T = typename decltype(tag)::type;
            auto visit = [&](const char *name, const auto &, unsigned flags = NoFlags) {
                const FieldReference ref = fieldReference(flags);
                if (ref.isReference)
                    out.push_back({c, QString::fromLatin1(name), ref.collection});
            };
            describe(visit, static_cast<const T &>(T{}));
        });
    return out;
}

// Puts `id` in the field `name` of `object`; false if its type holds no ids.
template <class T> bool putId(T &object, const QString &name, const QString &id)
{
    bool done = false;
    auto visit = [&](const char *field, auto &member, unsigned = NoFlags) {
        using M = std::decay_t<decltype(member)>;
        if (name != QLatin1String(field))
            return;
        if constexpr (std::is_same_v<M, QString>) {
            member = id;
            done = true;
        } else if constexpr (std::is_same_v<M, QStringList>) {
            member = {id};
            done = true;
        } else if constexpr (IsMap<M>::value) {
            member = {{id, typename M::value_type::second_type{}}};
            done = true;
        }
    };
    describe(visit, object);
    return done;
}

// The ids the field `name` of `object` holds.
template <class T> QStringList idsIn(const T &object, const QString &name)
{
    QStringList ids;
    auto visit = [&](const char *field, const auto &member, unsigned = NoFlags) {
        using M = std::decay_t<decltype(member)>;
        if (name != QLatin1String(field))
            return;
        if constexpr (std::is_same_v<M, QString>) {
            ids << member;
        } else if constexpr (std::is_same_v<M, QStringList>) {
            ids << member;
        } else if constexpr (IsMap<M>::value) {
            for (const auto &entry : member)
                ids << entry.first;
        }
    };
    describe(visit, object);
    return ids;
}

// A model holding one object of the field's collection, "holder", whose
// field names `id`, plus an object "old-id" of the collection it refers to.
Model modelWith(const ReferenceField &field, const QString &id, bool *filled)
{
    Model model;
    withCollectionType(field.target.value_or(Collection::Elements), [&](auto tag) {
        using T = typename decltype(tag)::type;
        if constexpr (!std::is_same_v<T, AcceptedRisk>) {
            T target;
            target.id = QStringLiteral("old-id");
            CollectionTraits<T>::in(model).push_back(target);
        }
    });
    withCollectionType(field.holder, [&](auto tag) {
        using T = typename decltype(tag)::type;
        T holder;
        if constexpr (std::is_same_v<T, AcceptedRisk>)
            holder.rule = QStringLiteral("shared-datastore");
        else
            holder.id = QStringLiteral("holder");
        *filled = putId(holder, field.name, id);
        CollectionTraits<T>::in(model).push_back(holder);
    });
    return model;
}

QStringList heldIds(const Model &model, const ReferenceField &field)
{
    return withCollectionType(field.holder, [&](auto tag) {
        using T = typename decltype(tag)::type;
        return idsIn(CollectionTraits<T>::in(model).back(), field.name);
    });
}

}  // namespace

class TestReferences : public QObject {
    Q_OBJECT
private slots:
    void theDescriptionFlagsReferences();
    void renameFollowsEveryReferenceField();
    void renameFollowsNestedAndTransitionReferences();
    void danglingReferenceChecksEveryReferenceField();
    void offeredIdsAreNotReferences();
    void fieldKeysNameOneFieldOfOneType();
    void changeNotificationsCarryTheFieldKey();
};

void TestReferences::theDescriptionFlagsReferences()
{
    const std::vector<ReferenceField> fields = referenceFields();
    QVERIFY(fields.size() >= 17);  // 17 today: finding none would test nothing
    auto has = [&](Collection holder, const char *name, std::optional<Collection> target) {
        return std::any_of(fields.begin(), fields.end(), [&](const ReferenceField &f) {
            return f.holder == holder && f.name == QLatin1String(name) && f.target == target;
        });
    };
    QVERIFY(has(Collection::Elements, "zone", Collection::Zones));
    QVERIFY(has(Collection::Flows, "api", Collection::Apis));
    QVERIFY(has(Collection::Views, "positions", Collection::Elements));
    QVERIFY(has(Collection::Decisions, "affects", std::nullopt));
    QVERIFY(has(Collection::AcceptedRisks, "target", std::nullopt));
}

void TestReferences::renameFollowsEveryReferenceField()
{
    for (const ReferenceField &field : referenceFields()) {
        const QString what = collectionName(field.holder) + u'.' + field.name;
        bool filled = false;
        Document doc(modelWith(field, QStringLiteral("old-id"), &filled));
        QVERIFY2(filled, qPrintable(what + QStringLiteral(" is flagged as a reference but cannot hold an id")));
        const Model before = doc.model();
        doc.execute(new RenameIdCommand(&doc, {field.target.value_or(Collection::Elements), QStringLiteral("old-id")},
                                        QStringLiteral("new-id")));
        QVERIFY2(heldIds(doc.model(), field) == QStringList{QStringLiteral("new-id")},
                 qPrintable(what + QStringLiteral(" was not renamed")));
        doc.undoStack()->undo();
        QVERIFY2(doc.model() == before, qPrintable(what));
    }
}

// References below the top level: in a list of sub-objects (a team's exit
// items), in a nested object (an element's handover), and in the transition
// section, which is one object rather than a collection.
void TestReferences::renameFollowsNestedAndTransitionReferences()
{
    Model model;
    Team vendor;
    vendor.id = QStringLiteral("vendor");
    ExitItem credential;
    credential.what = QStringLiteral("db password");
    credential.element = QStringLiteral("db");
    vendor.exit.credentials = {credential};
    model.teams = {vendor};
    Element db;
    db.id = QStringLiteral("db");
    db.kind = ElementKind::Datastore;
    db.handover.knowledge.questions = {QStringLiteral("q1")};
    model.elements = {db};
    Question q;
    q.id = QStringLiteral("q1");
    model.questions = {q};
    model.transition.outgoing = QStringLiteral("vendor");
    model.transition.incoming = QStringLiteral("vendor");
    const Findings clean = validate(model);
    QVERIFY(std::none_of(clean.begin(), clean.end(), [](const Finding &f) { return f.rule == u"dangling-reference"; }));

    Document doc(model);
    const Model before = doc.model();
    doc.execute(new RenameIdCommand(&doc, {Collection::Elements, QStringLiteral("db")}, QStringLiteral("ledger-db")));
    doc.execute(new RenameIdCommand(&doc, {Collection::Questions, QStringLiteral("q1")}, QStringLiteral("q-backup")));
    doc.execute(new RenameIdCommand(&doc, {Collection::Teams, QStringLiteral("vendor")}, QStringLiteral("acme")));
    QCOMPARE(doc.model().teams[0].exit.credentials[0].element, QStringLiteral("ledger-db"));
    QCOMPARE(doc.model().elements[0].handover.knowledge.questions, QStringList{QStringLiteral("q-backup")});
    QCOMPARE(doc.model().transition.outgoing, QStringLiteral("acme"));
    QCOMPARE(doc.model().transition.incoming, QStringLiteral("acme"));
    for (int i = 0; i < 3; ++i)
        doc.undoStack()->undo();
    QVERIFY(doc.model() == before);

    // Each of them naming nothing is reported.
    Model broken = model;
    broken.teams[0].exit.credentials[0].element = QStringLiteral("ghost-element");
    broken.elements[0].handover.knowledge.questions = {QStringLiteral("ghost-question")};
    broken.transition.incoming = QStringLiteral("ghost-team");
    QStringList reported;
    for (const Finding &f : validate(broken))
        if (f.rule == u"dangling-reference")
            reported << f.targets.value(1);
    reported.sort();
    QCOMPARE(reported, (QStringList{QStringLiteral("ghost-element"), QStringLiteral("ghost-question"),
                                    QStringLiteral("ghost-team")}));
}

void TestReferences::danglingReferenceChecksEveryReferenceField()
{
    for (const ReferenceField &field : referenceFields()) {
        const QString what = collectionName(field.holder) + u'.' + field.name;
        bool filled = false;
        const Model model = modelWith(field, QStringLiteral("ghost"), &filled);
        QVERIFY(filled);
        bool reported = false;
        for (const Finding &f : validate(model))
            reported |= f.rule == u"dangling-reference" && f.targets.contains(QStringLiteral("ghost"))
                && f.message.contains(field.name);
        QVERIFY2(reported, qPrintable(what + QStringLiteral(" naming nothing is not reported")));
    }
}

void TestReferences::offeredIdsAreNotReferences()
{
    // A question's owner offers the teams but may be a person's name.
    Model model;
    Question q;
    q.id = QStringLiteral("q1");
    q.owner = QStringLiteral("someone");
    model.questions.push_back(q);
    model.teams.push_back(Team{});
    model.teams.back().id = QStringLiteral("someone");
    Document doc(model);
    doc.execute(new RenameIdCommand(&doc, {Collection::Teams, QStringLiteral("someone")}, QStringLiteral("platform")));
    QCOMPARE(doc.model().questions[0].owner, QStringLiteral("someone"));
    model.teams.clear();
    for (const Finding &f : validate(model))
        QVERIFY2(f.rule != u"dangling-reference", qPrintable(f.message));
}

void TestReferences::fieldKeysNameOneFieldOfOneType()
{
    QVERIFY(fieldKey(&Element::zone).isValid());
    QCOMPARE(fieldKey(&Element::zone), fieldKey(&Element::zone));
    QVERIFY(fieldKey(&Element::zone) != fieldKey(&Element::team));
    QVERIFY(fieldKey(&Element::name) != fieldKey(&Zone::name));
    QVERIFY(!FieldKey().isValid());
    QCOMPARE(fieldKeyOfPath(Collection::Elements, QStringLiteral("zone")), fieldKey(&Element::zone));
    QCOMPARE(fieldKeyOfPath(Collection::Elements, QStringLiteral("security.audit_log")), fieldKey(&Element::security));
    QCOMPARE(fieldKeyOfPath(Collection::Decisions, QStringLiteral("superseded_by")), fieldKey(&Decision::supersededBy));
    QVERIFY(!fieldKeyOfPath(Collection::Elements, QStringLiteral("no_such_field")).isValid());
    QVERIFY(!fieldKeyOfPath(Collection::Elements, QString()).isValid());
}

void TestReferences::changeNotificationsCarryTheFieldKey()
{
    Model model;
    Element e;
    e.id = QStringLiteral("api");
    model.elements.push_back(e);
    Document doc(model);
    QSignalSpy changed(&doc, &Document::objectChanged);
    doc.execute(new SetFieldCommand(&doc, {Collection::Elements, QStringLiteral("api")}, QStringLiteral("zone"),
                                    QStringLiteral("edge")));
    doc.execute(new SetFieldCommand(&doc, {Collection::Elements, QStringLiteral("api")},
                                    QStringLiteral("security.audit_log"), true));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(2).toString(), QStringLiteral("zone"));
    QCOMPARE(changed.at(0).at(3).value<FieldKey>(), fieldKey(&Element::zone));
    QCOMPARE(changed.at(1).at(2).toString(), QStringLiteral("security.audit_log"));
    QCOMPARE(changed.at(1).at(3).value<FieldKey>(), fieldKey(&Element::security));
}

QTEST_GUILESS_MAIN(TestReferences)
#include "tst_references.moc"
