// export structurizr, then import structurizr: the same zones, elements,
// flows and views come back. Run on the realistic example and on the
// Big Bank plc workspace (imported, exported, imported again). What the
// DSL has no place for (teams, contracts, decisions, layout) is left out of
// the comparison; the import's own x-source tags are too, since the
// exported file is a new source.
#include "exporters/exporter.h"
#include "importers/importer.h"
#include "model/compare/modeldiff.h"
#include "tests/support/exampledata.h"
#include "tests/support/exportrun.h"

#include <QFile>
#include <QTest>

using namespace lintel;

namespace {

void stripSourceTags(Extras &extras)
{
    std::erase_if(extras, [](const auto &x) { return x.first == u"x-source"; });
}

// The sections a Structurizr workspace carries, without import bookkeeping.
Model comparable(const Model &model)
{
    Model out;
    out.zones = model.zones;
    out.elements = model.elements;
    out.flows = model.flows;
    out.views = model.views;
    for (Zone &z : out.zones)
        stripSourceTags(z.extras), z.loc = {};
    for (Element &e : out.elements)
        stripSourceTags(e.extras), e.loc = {};
    for (Flow &f : out.flows)
        stripSourceTags(f.extras), f.loc = {};
    for (View &v : out.views)
        stripSourceTags(v.extras), v.positions.clear(), v.loc = {};
    return out;
}

QString describeDiff(const Model &before, const Model &after)
{
    QString out;
    for (const ObjectChange &c : diffModels(before, after).changes) {
        out += QStringLiteral("\n  %1 %2 %3").arg(c.section, c.id, changeStatusName(c.status));
        for (const FieldChange &f : c.fields)
            out += QStringLiteral("\n    %1: %2 -> %3").arg(f.pathText(), f.beforeText(), f.afterText());
    }
    return out;
}

std::optional<Model> importDsl(const QByteArray &dsl, const QString &name, QString *why)
{
    const ImportResult imported = findImporter(QStringLiteral("structurizr"))->read({dsl, name});
    if (!imported.ok()) {
        for (const Diagnostic &d : imported.errors)
            *why += d.toString() + u'\n';
        return std::nullopt;
    }
    return imported.fragment;
}

// Exports `model`, imports the DSL, and compares.
void checkRoundTrip(const Model &model)
{
    const test::ExportRun run = test::runExporter(QStringLiteral("structurizr"), model, {}, {}, {}, {});
    QVERIFY2(run.ok, qPrintable(run.error));
    const QByteArray dsl = run.files.files().at(QStringLiteral("structurizr/workspace.dsl"));
    QString why;
    const std::optional<Model> back = importDsl(dsl, QStringLiteral("workspace.dsl"), &why);
    QVERIFY2(back, qPrintable(why + QString::fromUtf8(dsl)));
    const Model expected = comparable(model), actual = comparable(*back);
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("the model changed on its way through Structurizr:") +
                                            describeDiff(expected, actual)));
}

}  // namespace

class TestStructurizrRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void realisticExample()
    {
        const test::LoadedModel *shop = test::loadModel(QStringLiteral("resources/examples/shop.yaml"));
        QVERIFY(shop);
        checkRoundTrip(shop->model);
    }

    void bigBankImportedFromDslAndFromJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("dsl") << QStringLiteral("tests/data/import/structurizr/big-bank-plc.dsl");
        QTest::newRow("json") << QStringLiteral("tests/data/import/structurizr/big-bank-plc.json");
    }
    void bigBankImportedFromDslAndFromJson()
    {
        QFETCH(QString, file);
        QFile source(test::sourcePath(file));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString why;
        const std::optional<Model> imported = importDsl(source.readAll(), source.fileName(), &why);
        QVERIFY2(imported, qPrintable(why));
        checkRoundTrip(*imported);
    }

    // Fields with no slot in the DSL travel as lintel.* properties; odd
    // text (quotes, backslashes, commas in lists, several lines) survives.
    void fieldsWithoutASlotSurvive()
    {
        Model model;
        model.zones.push_back({});
        model.zones.back().id = QStringLiteral("outside");
        model.zones.back().name = QStringLiteral("The \"outside\"");
        model.zones.back().trust = Trust::Untrusted;
        model.zones.back().description = QStringLiteral("two\nlines");
        model.zones.push_back({});
        model.zones.back().id = QStringLiteral("cde");
        model.zones.back().name = QStringLiteral("CDE");
        model.zones.back().parent = QStringLiteral("outside");
        model.zones.back().trust = Trust::Restricted;
        Element db;
        db.id = QStringLiteral("db");
        db.name = QStringLiteral("Orders DB");
        db.kind = ElementKind::Datastore;
        db.zone = QStringLiteral("cde");
        db.context = QStringLiteral("Orders");
        db.technology = QStringLiteral("PostgreSQL 16");
        db.description = QStringLiteral("Back\\slash and \"quotes\"\nand a second line");
        db.tags = {QStringLiteral("a,b"), QStringLiteral("c")};
        db.data = {QStringLiteral("orders"), QStringLiteral("customers")};
        db.encryptionAtRest = true;
        db.security.authentication = QStringLiteral("mTLS");
        db.extras.emplace_back(QStringLiteral("x-ticket"), YamlValue{YamlValue::Type::Scalar, QStringLiteral("ARCH-1"), false, {}, {}});
        Element user;
        user.id = QStringLiteral("shopper");
        user.name = QStringLiteral("Shopper");
        user.kind = ElementKind::Person;
        user.zone = QStringLiteral("outside");
        model.elements = {user, db};
        Flow flow;
        flow.id = QStringLiteral("reads");
        flow.from = QStringLiteral("shopper");
        flow.to = QStringLiteral("db");
        flow.protocol = QStringLiteral("TLS");
        flow.encrypted = true;
        flow.resilience.retries = 3;
        model.flows = {flow};
        View view;
        view.id = QStringLiteral("overview");
        view.name = QStringLiteral("Overview");
        view.elements = {QStringLiteral("db"), QStringLiteral("shopper")};
        model.views = {view};
        checkRoundTrip(model);
    }

    void twoElementsWithOneNameAreRefused()
    {
        Model model;
        for (const char *id : {"a", "b"}) {
            Element e;
            e.id = QLatin1String(id);
            e.name = QStringLiteral("Same");
            model.elements.push_back(e);
        }
        const test::ExportRun run = test::runExporter(QStringLiteral("structurizr"), model, {}, {}, {}, {});
        QVERIFY(!run.ok);
        QVERIFY2(run.error.contains(QStringLiteral("both named \"Same\"")), qPrintable(run.error));
    }
};

QTEST_GUILESS_MAIN(TestStructurizrRoundTrip)
#include "tst_structurizr_roundtrip.moc"
