// The OTM exporter: every document it writes for the example and test
// models is valid against the published OTM 0.2.0 JSON schema (checked by
// ajv, pinned in package.json), a document the schema refuses is refused
// (so the check can fail), and threats kept by an OTM import come back out.
#include "exporters/otm/otmdocument.h"
#include "tests/support/exampledata.h"
#include "tests/support/exportrun.h"
#include "tests/support/externaltool.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

const QStringList &modelsToValidate()
{
    static const QStringList models = {
        QStringLiteral("resources/examples/shop.yaml"),  // the realistic example
        QStringLiteral("resources/examples/small.yaml"),
        QStringLiteral("tests/data/torture.yaml"),       // hostile strings everywhere
        QStringLiteral("tests/data/import/otm/golden/otm-example.lintel.yaml"),  // kept threats
        QStringLiteral("tests/data/import/threagile/golden/threagile-example.lintel.yaml"),
    };
    return models;
}

QString schema() { return sourcePath(QStringLiteral("tests/data/otm-schema/otm-0.2.0.schema.json")); }

QByteArray exportedDocument(const QString &model, QStringList *messages = nullptr)
{
    const LoadedModel *loaded = loadModel(model);
    if (!loaded)
        return {};
    const ExportRun run = runExporter(QStringLiteral("otm"), loaded->model, loaded->findings, {}, loaded->path, {});
    if (!run.ok || run.files.files().size() != 1)
        return {};
    if (messages)
        *messages = run.messages;
    return run.files.files().begin()->second;
}

// A missing validator is a failure, never a skip: `scripts/setup.sh` installs it.
#define REQUIRE_AJV(var)                                                                     \
    const QString var = findTool(QStringLiteral("node_modules/.bin/ajv"));                   \
    if (var.isEmpty())                                                                       \
        QFAIL("validator node_modules/.bin/ajv is not installed; run the setup command");

ToolResult validate(const QString &ajv, const QStringList &files, const QString &workDir)
{
    QStringList arguments{QStringLiteral("validate"), QStringLiteral("--spec=draft7"), QStringLiteral("-s"), schema()};
    for (const QString &file : files)
        arguments << QStringLiteral("-d") << file;
    return runTool(ajv, arguments, workDir);
}

}  // namespace

class TestOtmExport : public QObject {
    Q_OBJECT
private slots:
    // All models in one ajv run: node starts slowly on a busy machine.
    void documentsAreValidAgainstTheSchema()
    {
        REQUIRE_AJV(ajv);
        QTemporaryDir dir;
        QStringList files;
        for (const QString &model : modelsToValidate()) {
            const QByteArray json = exportedDocument(model);
            QVERIFY2(!json.isEmpty(), qPrintable(model));
            const QString file = dir.filePath(QFileInfo(model).completeBaseName() + QStringLiteral(".otm.json"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(json) == json.size());
            files << file;
        }
        const ToolResult result = validate(ajv, files, dir.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        for (const QString &file : files)
            QVERIFY2(result.output.contains(file + QStringLiteral(" valid")), qPrintable(result.output));
    }

    // The check can fail: the shop's document without a trust zone's
    // required rating is refused.
    void theSchemaRefusesABrokenDocument()
    {
        REQUIRE_AJV(ajv);
        nlohmann::ordered_json document = nlohmann::ordered_json::parse(exportedDocument(modelsToValidate().front()).toStdString());
        QVERIFY(!document["trustZones"].empty());
        document["trustZones"][0].erase("risk");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.otm.json"));
        QFile out(file);
        const std::string text = document.dump(2);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text.data(), qint64(text.size())) == qint64(text.size()));
        out.close();
        const ToolResult result = validate(ajv, {file}, dir.path());
        QVERIFY2(result.exitCode != 0, qPrintable(result.output));
        QVERIFY2(result.output.contains(QStringLiteral("trustRating")) || result.output.contains(QStringLiteral("risk")),
                 qPrintable(result.output));
    }

    void documentHasEveryObjectOfTheModel()
    {
        const LoadedModel *shop = loadModel(modelsToValidate().front());
        QVERIFY(shop);
        QStringList messages;
        const auto document = nlohmann::json::parse(exportedDocument(modelsToValidate().front(), &messages).toStdString());
        QVERIFY(document["otmVersion"] == "0.2.0");
        QVERIFY(document["project"]["name"] == shop->model.system.name.toStdString());
        std::size_t unzoned = 0;
        for (const Element &e : shop->model.elements)
            unzoned += e.zone.isEmpty() ? 1 : 0;
        QCOMPARE(document["trustZones"].size(), shop->model.zones.size() + (unzoned > 0 ? 1 : 0));
        QCOMPARE(document["components"].size(), shop->model.elements.size());
        QCOMPARE(document["dataflows"].size(), shop->model.flows.size());
        QCOMPARE(document["assets"].size(), shop->model.data.size());
        // Trust and classification read back as the same levels.
        for (const auto &zone : document["trustZones"])
            for (const Zone &z : shop->model.zones)
                if (zone["id"] == z.id.toStdString() && z.trust)
                    QCOMPARE(zone["risk"]["trustRating"].get<int>(), otm::trustRatingFor(*z.trust));
        QVERIFY(!messages.isEmpty());  // integrity and availability are not in the model: said
    }

    // Threats an OTM import kept on a component and a dataflow come back as
    // one top-level threat and mitigation, referred to from both.
    void keptThreatsComeBack()
    {
        const auto document = nlohmann::json::parse(
            exportedDocument(QStringLiteral("tests/data/import/otm/golden/otm-example.lintel.yaml")).toStdString());
        QCOMPARE(document["threats"].size(), std::size_t(1));
        QVERIFY(document["threats"][0]["id"] == "22724267-be7e-44c0-8b1f-d7d33e9a34ec");
        QVERIFY(document["threats"][0]["risk"]["impact"] == 100);
        QCOMPARE(document["mitigations"].size(), std::size_t(1));
        QVERIFY(document["mitigations"][0]["riskReduction"] == 50);
        int instances = 0;
        for (const char *list : {"components", "dataflows"})
            for (const auto &object : document[list])
                if (object.contains("threats"))
                    for (const auto &instance : object["threats"]) {
                        ++instances;
                        QVERIFY(instance["threat"] == "22724267-be7e-44c0-8b1f-d7d33e9a34ec");
                        QVERIFY(instance["mitigations"][0]["mitigation"] == "fd6136f4-e2ff-11eb-ba80-0242ac130004");
                    }
        QCOMPARE(instances, 2);
        // The trust ratings the import kept are written as they were.
        for (const auto &zone : document["trustZones"])
            if (zone["name"] == "Internet")
                QVERIFY(zone["risk"]["trustRating"] == 20);
    }
};

QTEST_GUILESS_MAIN(TestOtmExport)
#include "tst_otm_export.moc"
