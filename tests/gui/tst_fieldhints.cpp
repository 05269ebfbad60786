// The inspector's hints read from the description's flags (ADR 20) give
// every field of every form exactly the editor it had when the hints were
// hand-written tables: the tables are kept here as the expectation.
#include "model/document/fieldaccess.h"
#include "views/panels/fieldhints.h"

#include <QSet>
#include <QTest>

using namespace lintel;

namespace {

const FormSubject kSubjects[] = {std::nullopt,          Collection::Teams,         Collection::Zones,
                                 Collection::Data,      Collection::Elements,      Collection::Flows,
                                 Collection::Apis,      Collection::Decisions,     Collection::Questions,
                                 Collection::Views,     Collection::AcceptedRisks};

std::vector<FieldInfo> fieldsOf(FormSubject subject)
{
    if (!subject)
        return listFields<System>();
    return withCollectionType(*subject, [](auto tag) { return listFields<typename decltype(tag)::type>(); });
}

QString key(FormSubject subject, const QString &path)
{
    return (subject ? collectionName(*subject) : QStringLiteral("system")) + u':' + path;
}

}  // namespace

class TestFieldHints : public QObject {
    Q_OBJECT
private slots:
    void multiLineFieldsAreTheProse();
    void referenceFieldsOfferTheirCollection();
};

void TestFieldHints::multiLineFieldsAreTheProse()
{
    const QSet<QString> expected = {
        key(std::nullopt, QStringLiteral("description")),
        key(Collection::Zones, QStringLiteral("description")),
        key(Collection::Data, QStringLiteral("description")),
        key(Collection::Elements, QStringLiteral("description")),
        key(Collection::Flows, QStringLiteral("description")),
        key(Collection::Apis, QStringLiteral("description")),
        key(Collection::Decisions, QStringLiteral("context")),
        key(Collection::Decisions, QStringLiteral("outcome")),
        key(Collection::Decisions, QStringLiteral("consequences")),
        key(Collection::Questions, QStringLiteral("text")),
        key(Collection::Questions, QStringLiteral("answer")),
        key(Collection::AcceptedRisks, QStringLiteral("reason")),
        // Why a stage changed, and the notes of the definition of done.
        key(Collection::Elements, QStringLiteral("handover.note")),
        key(Collection::Elements, QStringLiteral("handover.done.tests.note")),
        key(Collection::Elements, QStringLiteral("handover.done.api_docs.note")),
        key(Collection::Elements, QStringLiteral("handover.done.observability.note")),
        key(Collection::Elements, QStringLiteral("handover.done.rollback_notes.note")),
        key(Collection::Elements, QStringLiteral("handover.done.operational_notes.note")),
    };
    QSet<QString> found;
    for (FormSubject subject : kSubjects)
        for (const FieldInfo &field : fieldsOf(subject))
            if (isMultiLineField(subject, field.path))
                found.insert(key(subject, field.path));
    QCOMPARE(found, expected);
}

void TestFieldHints::referenceFieldsOfferTheirCollection()
{
    const QString any = QStringLiteral("any");
    auto one = [](Collection c) { return collectionName(c); };
    const QHash<QString, QString> expected = {
        {key(Collection::Elements, QStringLiteral("zone")), one(Collection::Zones)},
        {key(Collection::Elements, QStringLiteral("team")), one(Collection::Teams)},
        {key(Collection::Elements, QStringLiteral("owner")), one(Collection::Elements)},
        {key(Collection::Elements, QStringLiteral("data")), one(Collection::Data)},
        {key(Collection::Elements, QStringLiteral("handover.knowledge.questions")), one(Collection::Questions)},
        {key(Collection::Flows, QStringLiteral("from")), one(Collection::Elements)},
        {key(Collection::Flows, QStringLiteral("to")), one(Collection::Elements)},
        {key(Collection::Flows, QStringLiteral("api")), one(Collection::Apis)},
        {key(Collection::Flows, QStringLiteral("data")), one(Collection::Data)},
        {key(Collection::Zones, QStringLiteral("parent")), one(Collection::Zones)},
        {key(Collection::Apis, QStringLiteral("provider")), one(Collection::Elements)},
        {key(Collection::Decisions, QStringLiteral("affects")), any},
        {key(Collection::Decisions, QStringLiteral("supersedes")), one(Collection::Decisions)},
        {key(Collection::Decisions, QStringLiteral("superseded_by")), one(Collection::Decisions)},
        {key(Collection::Questions, QStringLiteral("about")), any},
        {key(Collection::Questions, QStringLiteral("owner")), one(Collection::Teams)},
        {key(Collection::Views, QStringLiteral("elements")), one(Collection::Elements)},
        {key(Collection::AcceptedRisks, QStringLiteral("target")), any},
    };
    QHash<QString, QString> found;
    for (FormSubject subject : kSubjects)
        for (const FieldInfo &field : fieldsOf(subject)) {
            const ReferenceHint hint = referenceHint(subject, field.path);
            if (!hint.isReference)
                continue;
            QStringList names;
            for (Collection c : hint.collections)
                names << collectionName(c);
            found.insert(key(subject, field.path), names.isEmpty() ? any : names.join(u'/'));
        }
    QCOMPARE(found, expected);
    QVERIFY(toolTipFor(Collection::Flows, QStringLiteral("api")).contains(QStringLiteral("API")));
    QCOMPARE(toolTipFor(Collection::Views, QStringLiteral("positions")), QStringLiteral("YAML key: positions"));
}

QTEST_GUILESS_MAIN(TestFieldHints)
#include "tst_fieldhints.moc"
