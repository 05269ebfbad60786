// lintel-cli import openapi: real OpenAPI documents to golden models,
// re-imports that update rather than duplicate, --prune, --provider, and
// malformed documents that leave every file as it was.
#include "clitest.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QString document(const QString &name)
{
    return sourcePath(QStringLiteral("tests/data/import/openapi/") + name);
}

QStringList importArgs(const QString &source, const QStringList &rest)
{
    return QStringList{QStringLiteral("import"), QStringLiteral("openapi"), source} + rest;
}

}  // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh model imported from petstore-3.0.yaml, by the real program.
    QString importedPetstore(const QString &name, const QStringList &extra = {})
    {
        const QString model = path(name);
        QFile::remove(model);
        const CliRun run = runCli(importArgs(document(QStringLiteral("petstore-3.0.yaml")), QStringList{QStringLiteral("-o"), model} + extra));
        return run.exitCode == 0 ? model : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsToTheGoldenModel_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("OpenAPI 3.0 YAML") << QStringLiteral("petstore-3.0.yaml");
        QTest::newRow("OpenAPI 3.0 JSON, allOf") << QStringLiteral("petstore-expanded-3.0.json");
        QTest::newRow("Swagger 2.0") << QStringLiteral("petstore-swagger-2.0.yaml");
        QTest::newRow("OpenAPI 3.1 webhooks") << QStringLiteral("webhook-example-3.1.yaml");
    }
    void importsToTheGoldenModel()
    {
        QFETCH(QString, source);
        const QString out = path(QFileInfo(source).completeBaseName() + QStringLiteral(".yaml"));
        QFile::remove(out);
        const CliRun run = runCli(importArgs(document(source), {QStringLiteral("-o"), out}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const QString golden = document(QStringLiteral("golden/") + QFileInfo(source).completeBaseName() + QStringLiteral(".lintel.yaml"));
        const QByteArray expected = readBytes(golden);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(readBytes(out), expected);
        // What was imported is a model Lintel loads without errors.
        const CliRun validate = runCli({QStringLiteral("validate"), out, QStringLiteral("--fail-on"), QStringLiteral("error")});
        QVERIFY2(validate.exitCode == 0, validate.describe() + validate.out);
    }

    void importingTwiceChangesNothing()
    {
        const QString model = importedPetstore(QStringLiteral("twice.yaml"), {QStringLiteral("--provider"), QStringLiteral("petstore")});
        QVERIFY(!model.isEmpty());
        const QByteArray first = readBytes(model);
        const CliRun run = runCli(importArgs(document(QStringLiteral("petstore-3.0.yaml")), {QStringLiteral("--into"), model}));
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(readBytes(model), first);
        QVERIFY2(run.out.contains("0 added, 0 changed, 0 removed, 5 unchanged"), run.out);
        QVERIFY2(!run.out.contains("gone from the source"), run.out);
    }

    void newerVersionChangesOnlyWhatChanged()
    {
        const QString model = importedPetstore(QStringLiteral("newer.yaml"));
        QVERIFY(!model.isEmpty());
        // What the user adds to imported objects and beside them survives.
        QByteArray yaml = readBytes(model);
        yaml.replace("    style: rest\n", "    style: rest\n    visibility: partner\n");
        yaml.replace("apis:\n", "elements:\n  - id: checkout\n    kind: service\napis:\n");
        QVERIFY(writeBytes(model, yaml));

        const CliRun run = runCli(importArgs(document(QStringLiteral("petstore-3.0-newer.yaml")), {QStringLiteral("--into"), model}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(run.out.contains("added operation swagger-petstore/delete-pet\n"), run.out);
        QVERIFY2(run.out.contains("changed operation swagger-petstore/show-pet-by-id\n"), run.out);
        QVERIFY2(run.out.contains("changed API swagger-petstore\n"), run.out);  // version and Pet's new field
        QVERIFY2(lines.last().endsWith("1 added, 2 changed, 0 removed, 2 unchanged"), run.out);

        const QByteArray after = readBytes(model);
        QVERIFY(after.contains("version: \"1.1.0\""));
        QVERIFY(after.contains("        birthday: date\n"));
        QVERIFY(after.contains("visibility: partner"));
        QVERIFY(after.contains("- id: checkout"));
        QCOMPARE(after.count("- id: swagger-petstore"), 1);
    }

    void pruneRemovesOnlyWhatTheSourceDropped()
    {
        const QString model = importedPetstore(QStringLiteral("prune.yaml"));
        QVERIFY(!model.isEmpty());
        QByteArray yaml = readBytes(model);
        // An operation the user added to the imported contract: never pruned.
        yaml.replace("    schemas:\n", "      - id: adopt-pet\n        method: POST\n        path: /adoptions\n    schemas:\n");
        QVERIFY(writeBytes(model, yaml));
        const QString without = document(QStringLiteral("petstore-3.0-without-create.yaml"));

        CliRun run = runCli(importArgs(without, {QStringLiteral("--into"), model}));
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains("gone from the source (kept; --prune removes it) operation swagger-petstore/create-pets"), run.out);
        QVERIFY(readBytes(model).contains("- id: create-pets"));

        run = runCli(importArgs(without, {QStringLiteral("--into"), model, QStringLiteral("--prune")}));
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains("removed operation swagger-petstore/create-pets\n"), run.out);
        QVERIFY2(run.out.trimmed().endsWith("0 added, 0 changed, 1 removed, 3 unchanged"), run.out);
        const QByteArray after = readBytes(model);
        QVERIFY(!after.contains("- id: create-pets"));
        QVERIFY(after.contains("- id: adopt-pet"));
        QVERIFY(after.contains("- id: list-pets"));
    }

    void providerIsCreatedOnceAndUsersElementIsKept()
    {
        const QString model = importedPetstore(QStringLiteral("provider.yaml"), {QStringLiteral("--provider"), QStringLiteral("pet-service")});
        QVERIFY(!model.isEmpty());
        const QByteArray yaml = readBytes(model);
        QVERIFY(yaml.contains("  - id: pet-service\n    name: pet-service\n    kind: service\n"));
        QVERIFY(yaml.contains("    provider: pet-service\n"));

        // Into a model where the user drew the provider: referred to, not taken over.
        const QString drawn = path(QStringLiteral("drawn.yaml"));
        QVERIFY(writeBytes(drawn, "lintel: 1\nelements:\n  - id: pets\n    name: Pets backend\n    kind: worker\n"));
        const CliRun run = runCli(importArgs(document(QStringLiteral("petstore-3.0.yaml")),
                                             {QStringLiteral("--into"), drawn, QStringLiteral("--provider"), QStringLiteral("pets")}));
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray after = readBytes(drawn);
        QVERIFY(after.contains("    name: Pets backend\n    kind: worker\n"));
        QCOMPARE(after.count("- id: pets\n"), 1);
        QVERIFY(after.contains("    provider: pets\n"));
    }

    void intoLintelAddsARevision()
    {
        const QString document_ = path(QStringLiteral("pets.lintel"));
        QFile::remove(document_);
        CliRun run = runCli(importArgs(document(QStringLiteral("petstore-3.0.yaml")), {QStringLiteral("-o"), document_}));
        QVERIFY2(run.exitCode == 0, run.describe());
        run = runCli(importArgs(document(QStringLiteral("petstore-3.0-newer.yaml")), {QStringLiteral("--into"), document_}));
        QVERIFY2(run.exitCode == 0, run.describe());
        run = runCli({QStringLiteral("revisions"), document_});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out.trimmed().split('\n').size(), 2);
        run = runCli({QStringLiteral("show"), document_});
        QVERIFY(run.out.contains("version: \"1.1.0\""));
    }

    void malformedDocumentsWriteNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("where");  // FILE:LINE:COL the error must name
        QTest::addColumn<QString>("words");
        QTest::newRow("external $ref") << QStringLiteral("petstore-3.0-external-ref.yaml") << QStringLiteral(":53:21:") << QStringLiteral("points outside this document");
        QTest::newRow("broken $ref") << QStringLiteral("petstore-3.0-broken-ref.yaml") << QStringLiteral(":83:23:") << QStringLiteral("names nothing");
        QTest::newRow("$ref cycle") << QStringLiteral("petstore-3.0-ref-cycle.yaml") << QStringLiteral(":111:13:") << QStringLiteral("cycle");
        QTest::newRow("wrong version") << QStringLiteral("petstore-3.0-wrong-version.yaml") << QStringLiteral(":2:10:") << QStringLiteral("not supported");
        QTest::newRow("YAML syntax") << QStringLiteral("petstore-3.0-syntax-error.yaml") << QStringLiteral(":16:17:") << QStringLiteral("syntax error");
        QTest::newRow("not OpenAPI") << QStringLiteral("not-openapi.yaml") << QStringLiteral(":2:1:") << QStringLiteral("not an OpenAPI document");
    }
    void malformedDocumentsWriteNothing()
    {
        QFETCH(QString, source);
        QFETCH(QString, where);
        QFETCH(QString, words);
        const QString fresh = path(QStringLiteral("never.yaml"));
        CliRun run = runCli(importArgs(document(source), {QStringLiteral("-o"), fresh}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((document(source) + where).toUtf8()), run.err);
        QVERIFY2(run.err.contains(words.toUtf8()), run.err);
        QVERIFY(!QFileInfo::exists(fresh));

        const QString model = importedPetstore(QStringLiteral("untouched.yaml"));
        QVERIFY(!model.isEmpty());
        const QByteArray before = readBytes(model);
        run = runCli(importArgs(document(source), {QStringLiteral("--into"), model}));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(readBytes(model), before);
    }

    void aResultThatWouldNotLoadIsNotWritten()
    {
        const QString model = importedPetstore(QStringLiteral("loaderror.yaml"));
        QVERIFY(!model.isEmpty());
        const QByteArray before = readBytes(model);
        // "Pet Service" is no id: the model would not load again.
        const CliRun run = runCli(importArgs(document(QStringLiteral("petstore-3.0.yaml")),
                                             {QStringLiteral("--into"), model, QStringLiteral("--provider"), QStringLiteral("Pet Service")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("nothing was written"), run.err);
        QVERIFY2(run.err.contains("is not kebab-case"), run.err);
        QCOMPARE(readBytes(model), before);
    }

    void usageErrors()
    {
        const QString existing = importedPetstore(QStringLiteral("exists.yaml"));
        QVERIFY(!existing.isEmpty());
        CliRun run = runCli(importArgs(document(QStringLiteral("petstore-3.0.yaml")), {QStringLiteral("-o"), existing}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("already exists"), run.err);
        run = runCli(importArgs(document(QStringLiteral("petstore-3.0.yaml")), {}));
        QCOMPARE(run.exitCode, 2);
        run = runCli(importArgs(document(QStringLiteral("no-such-file.yaml")), {QStringLiteral("-o"), path(QStringLiteral("x.yaml"))}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.yaml"))));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
