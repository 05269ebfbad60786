// lintel-cli import otm and export otm: OTM's own example to a golden
// model (YAML and JSON alike), re-import, malformed documents (FILE:LINE:COL,
// exit 2, nothing written), and the realistic example exported to OTM and
// imported back with the same zones, elements, flows and data classes.
#include "clitest.h"

#include "model/yaml/yamlio.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliImportOtm : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString example(const char *extension)
    {
        return sourcePath(QStringLiteral("tests/data/import/otm/otm-example.") + QLatin1String(extension));
    }
    static QString golden() { return sourcePath(QStringLiteral("tests/data/import/otm/golden/otm-example.lintel.yaml")); }
    static QStringList importArgs(const QString &source, const QStringList &rest)
    {
        return QStringList{QStringLiteral("import"), QStringLiteral("otm"), source} + rest;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exampleImportsToTheGoldenModel()
    {
        const QString out = path(QStringLiteral("otm.yaml"));
        const CliRun run = runCli(importArgs(example("yaml"), {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray expected = readBytes(golden());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(readBytes(out), expected);
        // Nothing is guessed silently: the component whose kind is unclear,
        // and what is not imported, are said with their lines.
        const QByteArray file = example("yaml").toUtf8();
        QVERIFY2(run.err.contains(file + ":115: note: component \"class-customerdatabase\" of type \"code-class\""), run.err);
        QVERIFY2(run.err.contains(file + ":228: note: mitigation \"3b837730-e300-11eb-ba80-0242ac130004\""), run.err);
        QVERIFY2(run.err.contains(file + ":12: note: \"representations\""), run.err);

        // Importing the same document again changes nothing.
        const CliRun again = runCli(importArgs(example("yaml"), {QStringLiteral("--into"), out}));
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY2(again.out.trimmed().endsWith("0 added, 0 changed, 0 removed, 10 unchanged"), again.out);
        QCOMPARE(readBytes(out), expected);
    }

    // The JSON form of the same example gives the same model; only the
    // file it names differs.
    void jsonGivesTheSameModel()
    {
        const QString out = path(QStringLiteral("otm-json.yaml"));
        const CliRun run = runCli(importArgs(example("json"), {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        QByteArray fromJson = readBytes(out);
        QVERIFY(fromJson.contains("file: \"otm-example.json\""));
        fromJson.replace("otm-example.json", "otm-example.yaml");
        QCOMPARE(fromJson, readBytes(golden()));
    }

    // OTM 0.1.0 is read too; a type that names no kind leaves it to the
    // tags, and a type naming two kinds is not guessed.
    void olderVersionAndKindsFromTags()
    {
        const QString source = path(QStringLiteral("old.otm.yaml"));
        QVERIFY(writeBytes(source, "otmVersion: 0.1.0\nproject: {name: Old, id: old}\n"
                                   "trustZones:\n  - {id: dmz, name: DMZ, risk: {trustRating: 30}}\n"
                                   "components:\n"
                                   "  - {id: sessions, name: Sessions, type: empty-component, tags: [redis], parent: {trustZone: dmz}}\n"
                                   "  - {id: odd, name: Odd, type: kafka-database, parent: {trustZone: dmz}}\n"));
        const QString out = path(QStringLiteral("old.yaml"));
        const CliRun run = runCli(importArgs(source, {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const auto model = lintel::readYamlFile(out).model;
        QVERIFY(model);
        QCOMPARE(model->zones.front().trust, std::optional<lintel::Trust>(lintel::Trust::Dmz));
        QCOMPARE(model->elements.size(), std::size_t(2));
        QVERIFY(model->elements[0].kind == lintel::ElementKind::Cache);
        QVERIFY(model->elements[1].kind == lintel::ElementKind::Service);
        QVERIFY2(run.err.contains(":7: note: component \"odd\" of type \"kafka-database\""), run.err);
        QVERIFY2(!run.err.contains("\"sessions\""), run.err);
    }

    void badDocumentsWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("otm");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("words");
        const QByteArray head = "otmVersion: 0.2.0\nproject:\n  name: P\n  id: p\n";
        const QByteArray zone = "trustZones:\n  - id: z\n    name: Z\n    risk:\n      trustRating: 50\n";
        const QByteArray component = "components:\n  - id: a\n    name: A\n    type: web-service\n    parent:\n      trustZone: z\n";
        QTest::newRow("not OTM") << QByteArray("openapi: 3.0.0\n") << QStringLiteral(":1:1:")
                                 << QStringLiteral("not an Open Threat Model document");
        QTest::newRow("wrong version") << QByteArray("otmVersion: 0.9.0\nproject: {name: P, id: p}\n")
                                       << QStringLiteral(":1:13:") << QStringLiteral("OTM version \"0.9.0\" is not supported");
        QTest::newRow("no project name") << QByteArray("otmVersion: 0.1.0\nproject:\n  id: p\n")
                                         << QStringLiteral(":3:3:") << QStringLiteral("no \"project.name\"");
        QTest::newRow("unknown trust zone")
            << head + zone + "components:\n  - id: a\n    name: A\n    type: web-service\n    parent:\n      trustZone: nowhere\n"
            << QStringLiteral(":15:18:") << QStringLiteral("\"nowhere\" names no trust zone");
        QTest::newRow("unknown dataflow end")
            << head + zone + component + "dataflows:\n  - id: f\n    name: F\n    source: a\n    destination: b\n"
            << QStringLiteral(":20:18:") << QStringLiteral("\"b\" names no component or trust zone");
        QTest::newRow("duplicate component id")
            << head + zone + component + "  - id: a\n    name: B\n    type: database\n    parent:\n      trustZone: z\n"
            << QStringLiteral(":16:9:") << QStringLiteral("duplicate component id \"a\" (first used on line 11)");
        QTest::newRow("unknown asset")
            << head + zone + component + "    assets:\n      stored: [secrets]\n"
            << QStringLiteral(":17:16:") << QStringLiteral("\"secrets\" names no asset");
        QTest::newRow("unknown threat")
            << head + zone + component + "    threats:\n      - threat: t1\n        state: exposed\n"
            << QStringLiteral(":17:17:") << QStringLiteral("\"t1\" names no threat");
        QTest::newRow("zone inside itself")
            << head + "trustZones:\n  - id: z\n    name: Z\n    risk: {trustRating: 5}\n    parent: {trustZone: z}\n"
            << QStringLiteral(":9:25:") << QStringLiteral("the trust zone \"z\" is inside itself: z -> z");
        QTest::newRow("JSON syntax error") << QByteArray("{\"otmVersion\": \"0.2.0\",\n \"project\": {\"name\": \"P\"\n")
                                           << QStringLiteral(":3:1:") << QStringLiteral("syntax error");
    }
    void badDocumentsWriteNothing()
    {
        QFETCH(QByteArray, otm);
        QFETCH(QString, where);
        QFETCH(QString, words);
        const QString source = path(QStringLiteral("bad.otm.yaml"));
        QVERIFY(writeBytes(source, otm));
        const QString out = path(QStringLiteral("never.yaml"));
        const CliRun run = runCli(importArgs(source, {QStringLiteral("-o"), out}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((source + where).toUtf8()), run.err);
        QVERIFY2(run.err.contains(words.toUtf8()), run.err);
        QVERIFY(!QFileInfo::exists(out));
    }

    // The realistic example to OTM and back: the same zones (with their
    // trust and nesting), elements (kind and zone), flows (ends and data)
    // and data classes (classification).
    void exportThenImportGivesTheModelBack()
    {
        const QString exported = path(QStringLiteral("exported"));
        const CliRun exportRun = runCli({QStringLiteral("export"), QStringLiteral("otm"), shopModel(), QStringLiteral("-o"), exported});
        QVERIFY2(exportRun.exitCode == 0, exportRun.describe());
        const QString document = QDir(exported).filePath(QStringLiteral("otm/northwind-shop.otm.json"));
        QVERIFY2(QFileInfo::exists(document), exportRun.out);
        const QString back = path(QStringLiteral("back.yaml"));
        const CliRun importRun = runCli(importArgs(document, {QStringLiteral("-o"), back}));
        QVERIFY2(importRun.exitCode == 0, importRun.describe());

        const auto original = lintel::readYamlFile(shopModel()).model;
        const auto imported = lintel::readYamlFile(back).model;
        QVERIFY(original && imported);
        QCOMPARE(imported->zones.size(), original->zones.size());
        for (std::size_t i = 0; i < original->zones.size(); ++i) {
            const lintel::Zone &a = original->zones[i], &b = imported->zones[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.trust, a.trust);
            QCOMPARE(b.parent, a.parent);
        }
        QCOMPARE(imported->elements.size(), original->elements.size());
        for (std::size_t i = 0; i < original->elements.size(); ++i) {
            const lintel::Element &a = original->elements[i], &b = imported->elements[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QVERIFY2(b.kind == a.kind, qPrintable(a.id));
            QCOMPARE(b.zone, a.zone);
            QCOMPARE(b.tags, a.tags);
            if (lintel::isStore(a.kind))
                QCOMPARE(b.data, a.data);
        }
        QCOMPARE(imported->flows.size(), original->flows.size());
        for (std::size_t i = 0; i < original->flows.size(); ++i) {
            const lintel::Flow &a = original->flows[i], &b = imported->flows[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.from, a.from);
            QCOMPARE(b.to, a.to);
            QCOMPARE(b.data, a.data);
        }
        QCOMPARE(imported->data.size(), original->data.size());
        for (std::size_t i = 0; i < original->data.size(); ++i) {
            const lintel::DataClass &a = original->data[i], &b = imported->data[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.classification, a.classification);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliImportOtm)
#include "tst_cli_import_otm.moc"
