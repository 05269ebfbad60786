// The OpenAPI exporter: goldens, the structure of what it builds from a
// loosely written contract, redocly + swagger-cli on every document, and
// js-yaml reading back exactly what was built.
#include "tests/exporters/tst_documents.h"

#include "exporters/openapi/jsonasyaml.h"
#include "exporters/openapi/openapidocument.h"
#include "model/index/modelindex.h"
#include "tests/yaml/hostilestrings.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QTest>

#include <algorithm>

using namespace lintel;

void TestDocuments::openApiGolden_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("golden");
    QTest::newRow("shop") << "resources/examples/shop.yaml" << "openapi/shop";
    QTest::newRow("small") << "resources/examples/small.yaml" << "openapi/small";
}

void TestDocuments::openApiGolden()
{
    QFETCH(QString, model);
    QFETCH(QString, golden);
    const docs::LoadedModel *loaded = docs::loadModel(model);
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("openapi"), *loaded);
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(!run.files.files().empty());
    for (const auto &[name, bytes] : run.files.files())
        QVERIFY2(docs::matchesGolden(golden + name.mid(7), bytes), qPrintable(name));
    QVERIFY(docs::goldenFolderHoldsExactly(golden, run.files, QStringLiteral("openapi")));
}

static Model looseContractModel()
{
    Model model;
    Team team;
    team.id = QStringLiteral("vendor-a");
    team.name = QStringLiteral("Vendor A");
    team.kind = TeamKind::Vendor;
    team.contact = QStringLiteral("ops@vendor-a.example");
    model.teams = {team};
    Element provider;
    provider.id = QStringLiteral("orders");
    provider.name = QStringLiteral("Orders");
    provider.team = QStringLiteral("vendor-a");
    provider.zone = QStringLiteral("internal");
    model.elements = {provider};

    Api api;
    api.id = QStringLiteral("orders-api");
    api.name = QStringLiteral("Orders API");
    api.provider = QStringLiteral("orders");
    api.status = ApiStatus::Deprecated;
    api.sunset = QStringLiteral("2027-01-31");
    api.authentication = QStringLiteral("PSP secret API key and mTLS");
    ApiOperation get;
    get.id = QStringLiteral("get-order");
    get.method = QStringLiteral("get");
    get.path = QStringLiteral("orders/{order-id}/");
    get.responses = {{QStringLiteral("200"), QStringLiteral("Order")}, {QStringLiteral("404"), QStringLiteral("Problem")}};
    ApiOperation again = get;  // same id, same shape of path: renamed and merged
    again.method = QStringLiteral("DELETE");
    again.path = QStringLiteral("/orders/{id}");
    again.responses = {};
    ApiOperation bad;
    bad.id = QStringLiteral("bad");
    bad.method = QStringLiteral("FETCH");
    bad.path = QStringLiteral("/x");
    api.operations = {get, again, bad};
    api.schemas = {{QStringLiteral("Order"), {{QStringLiteral("id"), QStringLiteral("string")},
                                              {QStringLiteral("lines"), QStringLiteral("Line[]")},
                                              {QStringLiteral("when"), QStringLiteral("datetime")},
                                              {QStringLiteral("odd"), QStringLiteral("wibble")}}},
                   {QStringLiteral("Line"), {{QStringLiteral("qty"), QStringLiteral("integer")}}}};
    Api events;
    events.id = QStringLiteral("order-events");
    events.style = ApiStyle::Events;
    model.apis = {api, events};
    return model;
}

void TestDocuments::openApiStructure()
{
    docs::LoadedModel loaded;
    loaded.model = looseContractModel();
    const docs::ExportRun run = docs::runExport(QStringLiteral("openapi"), loaded);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.files.files().size(), std::size_t(1));
    const QByteArray bytes = run.files.files().at(QStringLiteral("openapi/orders-api.openapi.yaml"));
    const YAML::Node doc = YAML::Load(bytes.toStdString());

    QCOMPARE(doc["openapi"].as<std::string>(), std::string("3.1.0"));
    QCOMPARE(doc["info"]["version"].as<std::string>(), std::string("0.0.0"));
    QCOMPARE(doc["info"]["contact"]["email"].as<std::string>(), std::string("ops@vendor-a.example"));
    QCOMPARE(doc["x-lintel-owner-team"].as<std::string>(), std::string("vendor-a"));
    QCOMPARE(doc["x-lintel-zone"].as<std::string>(), std::string("internal"));
    QCOMPARE(doc["x-lintel-provider"].as<std::string>(), std::string("orders"));

    const YAML::Node path = doc["paths"]["/orders/{order-id}"];
    QVERIFY(path.IsMap());
    QCOMPARE(path.size(), std::size_t(2));  // get and the merged delete
    QCOMPARE(path["get"]["operationId"].as<std::string>(), std::string("get-order"));
    QCOMPARE(path["delete"]["operationId"].as<std::string>(), std::string("get-order-2"));
    QCOMPARE(path["get"]["parameters"][0]["name"].as<std::string>(), std::string("order-id"));
    QVERIFY(path["get"]["parameters"][0]["required"].as<bool>());
    QVERIFY(path["get"]["deprecated"].as<bool>());
    QCOMPARE(path["get"]["x-sunset"].as<std::string>(), std::string("2027-01-31"));
    QCOMPARE(path["get"]["responses"]["200"]["description"].as<std::string>(), std::string("OK"));
    QCOMPARE(path["get"]["responses"]["404"]["content"]["application/json"]["schema"]["$ref"].as<std::string>(),
             std::string("#/components/schemas/Problem"));
    QCOMPARE(path["delete"]["responses"]["200"]["description"].as<std::string>(), std::string("OK"));

    const YAML::Node schemas = doc["components"]["schemas"];
    QCOMPARE(schemas["Order"]["properties"]["lines"]["items"]["$ref"].as<std::string>(),
             std::string("#/components/schemas/Line"));
    QCOMPARE(schemas["Order"]["properties"]["when"]["format"].as<std::string>(), std::string("date-time"));
    QVERIFY(schemas["Problem"].IsMap());  // placeholder for the undefined name
    QVERIFY(doc["components"]["securitySchemes"]["apiKey"].IsMap());
    QCOMPARE(doc["components"]["securitySchemes"]["mutualTls"]["type"].as<std::string>(), std::string("mutualTLS"));
    QVERIFY(doc["security"][0]["apiKey"].IsSequence());
    QVERIFY(doc["security"][0]["mutualTls"].IsSequence());

    const QString notes = run.messages.join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("\"FETCH\" is not an HTTP method")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("\"Problem\" is used by an operation but not defined")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("\"wibble\"")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("no version recorded")), qPrintable(notes));
}

void TestDocuments::openApiSkipsOtherStyles()
{
    docs::LoadedModel loaded;
    loaded.model = looseContractModel();
    const docs::ExportRun run = docs::runExport(QStringLiteral("openapi"), loaded);
    QVERIFY(run.ok);
    QVERIFY(!run.files.files().count(QStringLiteral("openapi/order-events.openapi.yaml")));
    QVERIFY2(run.messages.contains(QStringLiteral("openapi: skipped contract order-events: its style is events, not REST")),
             qPrintable(run.messages.join(u'\n')));
}

namespace {

// `yaml` as js-yaml reads it, the YAML library of the JavaScript OpenAPI
// tools. Its default schema turns 2024-05-01 into a date, as YAML 1.1 does;
// JSON shows that as "2024-05-01T00:00:00.000Z". Discarded, with `error`
// set, if it fails.
nlohmann::json readWithJsYaml(const QString &jsYaml, const QByteArray &yaml, QString *error)
{
    const docs::ToolResult read = docs::runOnFile(jsYaml, {QStringLiteral("{}")}, QStringLiteral("doc.yaml"), yaml);
    nlohmann::json json = nlohmann::json::parse(read.output.toStdString(), nullptr, false);
    if (read.exitCode != 0 || json.is_discarded())
        *error = read.output.left(2000);
    return json;
}

// Compared unordered: JavaScript objects put keys such as "200" first.
bool sameJson(const nlohmann::ordered_json &built, const nlohmann::json &readBack, QString *difference)
{
    const nlohmann::json expected = nlohmann::json::parse(built.dump());
    if (expected == readBack)
        return true;
    *difference = QString::fromStdString(nlohmann::json::diff(expected, readBack).dump(1)).left(4000);
    return false;
}

}  // namespace

void TestDocuments::openApiValidators_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("shop") << "resources/examples/shop.yaml";
    QTest::newRow("small") << "resources/examples/small.yaml";
    QTest::newRow("torture") << "tests/data/torture.yaml";
}

void TestDocuments::openApiValidators()
{
    QFETCH(QString, model);
    DOCS_REQUIRE_TOOL(redocly, QStringLiteral("node_modules/.bin/redocly"));
    DOCS_REQUIRE_TOOL(swagger, QStringLiteral("node_modules/.bin/swagger-cli"));
    DOCS_REQUIRE_TOOL(jsYaml, QStringLiteral("node_modules/.bin/js-yaml"));
    const docs::LoadedModel *loaded = docs::loadModel(model);
    QVERIFY(loaded);
    const docs::ExportRun run = docs::runExport(QStringLiteral("openapi"), *loaded);
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(!run.files.files().empty());
    QTemporaryDir dir;
    docs::writeToDisk(run.files, dir);
    QByteArray stream;
    nlohmann::ordered_json built = nlohmann::ordered_json::array();
    for (const auto &[name, bytes] : run.files.files()) {
        const QString file = QDir(dir.path()).filePath(name);
        const docs::ToolResult lint = docs::runTool(redocly, {QStringLiteral("lint"), file}, dir.path());
        QVERIFY2(lint.exitCode == 0, qPrintable(name + u'\n' + lint.output));
        const docs::ToolResult validate = docs::runTool(swagger, {QStringLiteral("validate"), file}, dir.path());
        QVERIFY2(validate.exitCode == 0, qPrintable(name + u'\n' + validate.output));
        QVERIFY2(validate.output.contains(QStringLiteral("is valid")), qPrintable(validate.output));

        const Api *api = nullptr;
        for (const Api &candidate : loaded->model.apis)
            if (openapi::documentPath(candidate) == name)
                api = &candidate;
        QVERIFY(api);
        stream += "---\n" + bytes;
        built.push_back(openapi::buildDocument(ModelIndex(loaded->model), *api).document);
    }
    // Read by another YAML library, each is the document the builder made:
    // no string came back as a number, a date or a boolean. One stream, one
    // run: node starts slowly on a busy machine.
    QString problem;
    const nlohmann::json readBack = readWithJsYaml(jsYaml, stream, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(sameJson(built.size() == 1 ? built[0] : built, readBack, &problem), qPrintable(problem));
}

// Strings that YAML can misread, as keys, values and list items, in one
// document: js-yaml reads each back unchanged.
void TestDocuments::openApiYamlKeepsHostileStrings()
{
    DOCS_REQUIRE_TOOL(jsYaml, QStringLiteral("node_modules/.bin/js-yaml"));
    nlohmann::ordered_json document = nlohmann::ordered_json::object();
    int n = 0;
    for (const QString &hostile : test::hostileStrings()) {
        const std::string text = test::storable(hostile).toStdString();
        nlohmann::ordered_json entry;
        entry["value"] = text;
        entry["items"] = nlohmann::ordered_json::array({text, 1, 2.5, true});
        entry["keyed"][text] = text;
        nlohmann::ordered_json mapping;
        mapping[text] = text;
        entry["list of mappings"].push_back(mapping);
        document["entry " + std::to_string(++n)] = entry;
    }
    const QByteArray yaml = openapi::jsonAsYaml(document);
    QString problem;
    const nlohmann::json readBack = readWithJsYaml(jsYaml, yaml, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(sameJson(document, readBack, &problem), qPrintable(problem));
    // A multi-line description is a literal block, not an escaped one-liner.
    QVERIFY(openapi::jsonAsYaml({{"description", "First line.\nSecond: line #2"}})
            == "description: |-\n  First line.\n  Second: line #2\n");
}
