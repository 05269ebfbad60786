// lintel-cli drift: a modelled contract against hand-made variations of the
// real Petstore document, one variation per kind of drift. The model is
// the golden import of the unchanged document, so any drift reported comes
// from the variation alone.
#include "clitest.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QString importData(const QString &name) { return sourcePath(QStringLiteral("tests/data/import/openapi/") + name); }
QString petstoreModel() { return importData(QStringLiteral("golden/petstore-3.0.lintel.yaml")); }
QString petstoreDocument() { return importData(QStringLiteral("petstore-3.0.yaml")); }

// The `[kind]`s a text report names.
QSet<QString> kindsIn(const QByteArray &report)
{
    QSet<QString> kinds;
    for (const QByteArray &line : report.split('\n')) {
        const auto open = line.indexOf(" drift [");
        if (open < 0)
            continue;
        const auto close = line.indexOf(']', open);
        kinds.insert(QString::fromUtf8(line.mid(open + 8, close - open - 8)));
    }
    return kinds;
}

using Edits = QList<std::pair<QByteArray, QByteArray>>;

}  // namespace

class TestCliDrift : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // petstore-3.0.yaml with each edit made: every `from` replaced by its
    // `to` (the `from`s must be there).
    QString variation(const QString &name, const QList<std::pair<QByteArray, QByteArray>> &edits)
    {
        QByteArray text = readBytes(petstoreDocument());
        for (const auto &[from, to] : edits) {
            if (!text.contains(from))
                return {};
            text.replace(from, to);
        }
        const QString file = m_dir.filePath(name + QStringLiteral(".yaml"));
        return writeBytes(file, text) ? file : QString();
    }

    CliRun drift(const QString &spec, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("drift"), petstoreModel(), QStringLiteral("--api"),
                                  QStringLiteral("swagger-petstore"), spec} + extra);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theSameDocumentHasNoDrift()
    {
        const CliRun run = drift(petstoreDocument());
        QVERIFY2(run.exitCode == 0, run.describe() + run.out);
        QCOMPARE(run.out, QByteArray("0 drift(s) in 1 contract(s) compared\n"));
    }

    void eachKindOfDrift_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QByteArray>("words");
        const auto row = [](const char *name, const char *from, const char *to, QStringList kinds, const char *words) {
            QTest::newRow(name) << Edits{{from, to}} << kinds << QByteArray(words);
        };
        row("version", "  version: 1.0.0", "  version: 2.0.0", {"version"}, "version is 1.0.0 in the model, 2.0.0 in the document");
        row("authentication", "components:\n", "components:\n  securitySchemes:\n    key:\n      type: apiKey\n      in: header\n      name: X-Key\n",
            {"authentication"}, "authentication is none in the model, API key in the document");
        row("operation only in the document", "components:\n",
            "  /owners:\n    get:\n      operationId: listOwners\n      responses:\n        '200':\n          description: owners\ncomponents:\n",
            {"operation-only-in-spec"}, "operation list-owners (GET /owners) is in the document but not in the model");
        // An x- key of a path item is no method: the operation is gone.
        row("operation only in the model", "    post:\n      summary: Create a pet", "    x-was-post:\n      summary: Create a pet",
            {"operation-only-in-model"}, "operation create-pets (POST /pets) is in the model but not in the document");
        row("method", "    post:\n      summary: Create a pet", "    put:\n      summary: Create a pet",
            {"operation-method", "operation-idempotency"}, "operation create-pets: method is POST in the model, PUT in the document");
        row("path", "  /pets/{petId}:", "  /animals/{petId}:", {"operation-path"},
            "operation show-pet-by-id: path is /pets/{petId} in the model, /animals/{petId} in the document");
        row("request body", "              $ref: '#/components/schemas/Pet'", "              $ref: '#/components/schemas/Error'",
            {"operation-request"}, "operation create-pets: request body is Pet in the model, Error in the document");
        row("response only in the document", "        '201':\n", "        '409':\n          description: Taken\n        '201':\n",
            {"response-only-in-spec"}, "operation create-pets: response 409 is in the document but not in the model");
        row("response only in the model", "        '201':\n          description: Null response\n", "",
            {"response-only-in-model"}, "operation create-pets: response 201 is in the model but not in the document");
        row("response schema", "                $ref: \"#/components/schemas/Pet\"", "                $ref: \"#/components/schemas/Error\"",
            {"response-schema"}, "operation show-pet-by-id: response 200 body is Pet in the model, Error in the document");
        row("idempotency", "      operationId: createPets\n", "      operationId: createPets\n      x-lintel-idempotent: true\n",
            {"operation-idempotency"}, "operation create-pets is not idempotent in the model, idempotent in the document");
        row("deprecated", "      operationId: listPets\n", "      operationId: listPets\n      deprecated: true\n",
            {"operation-deprecated"}, "operation list-pets is deprecated only in the document");
        row("schema only in the document", "    Error:\n", "    Owner:\n      type: object\n    Error:\n",
            {"schema-only-in-spec"}, "schema Owner is in the document but not in the model");
        QTest::newRow("schema only in the model")  // renamed, with the reference to it
            << Edits{{"    Pets:\n", "    PetList:\n"}, {"/schemas/Pets\"", "/schemas/PetList\""}}
            << QStringList{"schema-only-in-model", "schema-only-in-spec", "response-schema"}
            << QByteArray("schema Pets is in the model but not in the document");
        row("field only in the document", "        tag:\n          type: string\n    Pets:",
            "        tag:\n          type: string\n        born:\n          type: string\n          format: date\n    Pets:",
            {"field-only-in-spec"}, "schema Pet: field born (date) is in the document but not in the model");
        row("field only in the model", "        tag:\n          type: string\n    Pets:", "    Pets:",
            {"field-only-in-model"}, "schema Pet: field tag is in the model but not in the document");
        row("field retyped", "          format: int64", "          format: int32", {"field-retyped"},
            "schema Pet: field id is long in the model, integer in the document");
    }
    void eachKindOfDrift()
    {
        QFETCH(Edits, edits);
        QFETCH(QStringList, kinds);
        QFETCH(QByteArray, words);
        const QString spec = variation(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), edits);
        QVERIFY2(!spec.isEmpty(), "the variation's text is not in petstore-3.0.yaml");
        const CliRun run = drift(spec);
        QVERIFY2(run.exitCode == 1, run.describe() + run.out);
        QCOMPARE(kindsIn(run.out), QSet<QString>(kinds.begin(), kinds.end()));
        QVERIFY2(run.out.contains(words), run.out);
    }

    void driftOfAnOperationIsAtItsLineInTheModel()
    {
        const QString spec = variation(QStringLiteral("path-line"), {{"  /pets/{petId}:", "  /animals/{petId}:"}});
        const CliRun run = drift(spec, {QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonArray drifts = report[u"contracts"][0][u"drifts"].toArray();
        QCOMPARE(drifts.size(), 1);
        QCOMPARE(drifts[0][u"kind"].toString(), QStringLiteral("operation-path"));
        const auto where = idPosition(readBytes(petstoreModel()), QStringLiteral("show-pet-by-id"));
        QVERIFY(where.has_value());
        QCOMPARE(drifts[0][u"line"].toInt(), where->line);
        QCOMPARE(drifts[0][u"column"].toInt(), where->column);
    }

    void sarifPassesTheSarifValidator()
    {
        const QString validator = sourcePath(QStringLiteral("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"));
        QVERIFY2(QFileInfo(validator).isExecutable(), qPrintable(validator + QStringLiteral(" is missing: run scripts/setup.sh")));
        const QString spec = importData(QStringLiteral("petstore-3.0-newer.yaml"));
        const CliRun run = drift(spec, {QStringLiteral("--format"), QStringLiteral("sarif")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject sarif = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(sarif[u"runs"][0][u"results"].toArray().size(), 3);
        const QJsonObject region = sarif[u"runs"][0][u"results"][0][u"locations"][0][u"physicalLocation"][u"region"].toObject();
        QVERIFY(region[u"startLine"].toInt() > 0);

        const QString sarifPath = m_dir.filePath(QStringLiteral("drift.sarif"));
        const QString logPath = m_dir.filePath(QStringLiteral("drift.log.sarif"));
        QVERIFY(writeBytes(sarifPath, run.out));
        QProcess tool;
        tool.start(validator, {QStringLiteral("validate"), sarifPath, QStringLiteral("-o"), logPath});
        QVERIFY(tool.waitForFinished(300'000));
        QCOMPARE(tool.exitCode(), 0);
        const QJsonObject log = QJsonDocument::fromJson(readBytes(logPath)).object();
        QVERIFY(log[u"runs"][0][u"invocations"][0][u"executionSuccessful"].toBool());
        QStringList complaints;
        for (const QJsonValue &result : log[u"runs"][0][u"results"].toArray()) {
            const QString level = result[u"level"].toString(QStringLiteral("warning"));
            if (level == u"error" || level == u"warning")
                complaints << result[u"ruleId"].toString();
        }
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints.join(u'\n')));
    }

    void allMatchesDocumentsByTheirSource()
    {
        const QString folder = m_dir.filePath(QStringLiteral("specs"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeBytes(folder + QStringLiteral("/petstore.yaml"), readBytes(importData(QStringLiteral("petstore-3.0-newer.yaml")))));
        QVERIFY(writeBytes(folder + QStringLiteral("/other.yaml"), readBytes(importData(QStringLiteral("webhook-example-3.1.yaml")))));
        const CliRun run = runCli({QStringLiteral("drift"), petstoreModel(), QStringLiteral("--all"), folder});
        QVERIFY2(run.exitCode == 1, run.describe());
        QCOMPARE(kindsIn(run.out), (QSet<QString>{QStringLiteral("version"), QStringLiteral("operation-only-in-spec"), QStringLiteral("field-only-in-spec")}));
        QVERIFY2(run.err.contains("no contract of the model matches \"Webhook Example\""), run.err);
    }

    // export handover --drift DIR: each contract's drift (or that no
    // document matched it) in the API catalogue of the Markdown and HTML.
    void handoverListsTheDriftOfEachContract()
    {
        const QString folder = m_dir.filePath(QStringLiteral("handover-specs"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeBytes(folder + QStringLiteral("/petstore.yaml"), readBytes(importData(QStringLiteral("petstore-3.0-newer.yaml")))));
        QByteArray model = readBytes(petstoreModel());
        QVERIFY(model.contains("\napis:\n"));
        model.replace("\napis:\n", "\napis:\n  - id: billing\n    name: Billing\n    style: rest\n");
        const QString modelFile = m_dir.filePath(QStringLiteral("two-contracts.yaml"));
        QVERIFY(writeBytes(modelFile, model));

        const QString out = m_dir.filePath(QStringLiteral("handover-out"));
        const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("handover"), modelFile, QStringLiteral("-o"), out,
                                   QStringLiteral("--no-diagrams"), QStringLiteral("--drift"), folder});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray md = readBytes(out + QStringLiteral("/handover/handover.md"));
        QVERIFY2(md.contains("### Drift from the providers' OpenAPI documents"), md);
        QVERIFY2(md.contains("- Swagger Petstore (`swagger-petstore`): **drifted** from `petstore.yaml`: 3 differences."), md);
        QVERIFY2(md.contains("  - `operation-only-in-spec`"), md);
        QVERIFY2(md.contains("  - `version`: "), md);
        QVERIFY2(md.contains("- Billing (`billing`): no OpenAPI document in the folder matches this contract, so it was not checked."), md);
        const QByteArray html = readBytes(out + QStringLiteral("/handover/handover.html"));
        QVERIFY2(html.contains("Drift from the providers"), html.left(2000));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/handover/handover.pdf")));

        // Without --drift the section is not there; with an unreadable document nothing is written.
        const QString plain = m_dir.filePath(QStringLiteral("handover-plain"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("handover"), modelFile, QStringLiteral("-o"), plain,
                         QStringLiteral("--no-diagrams")}).exitCode, 0);
        QVERIFY(!readBytes(plain + QStringLiteral("/handover/handover.md")).contains("Drift from"));
        QVERIFY(writeBytes(folder + QStringLiteral("/broken.yaml"), readBytes(importData(QStringLiteral("petstore-3.0-broken-ref.yaml")))));
        const QString never = m_dir.filePath(QStringLiteral("handover-never"));
        const CliRun broken = runCli({QStringLiteral("export"), QStringLiteral("handover"), modelFile, QStringLiteral("-o"), never,
                                      QStringLiteral("--no-diagrams"), QStringLiteral("--drift"), folder});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains("broken.yaml:83:23:"), broken.err);
        QVERIFY(!QFileInfo::exists(never + QStringLiteral("/handover/handover.md")));
    }

    void errorsExitTwo()
    {
        CliRun run = drift(importData(QStringLiteral("petstore-3.0-broken-ref.yaml")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(":83:23:"), run.err);
        run = runCli({QStringLiteral("drift"), petstoreModel(), QStringLiteral("--api"), QStringLiteral("no-such-api"), petstoreDocument()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("has no API contract \"no-such-api\""), run.err);
        run = runCli({QStringLiteral("drift"), petstoreModel()});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDrift)
#include "tst_cli_drift.moc"
