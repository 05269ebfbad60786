// lintel-cli diff and validate --baseline: the three forms of a side, exit
// statuses with and without --fail-on, each format (Markdown through
// markdownlint, SARIF through the pinned multitool), unreadable sides.
#include "clitest.h"
#include "tests/support/externaltool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace clitest;

namespace {

// shop.yaml with one flow left unencrypted (a new error) and one element's
// technology changed.
QByteArray editedShop()
{
    QByteArray yaml = readBytes(shopModel());
    const qsizetype at = yaml.indexOf("encrypted: true");
    yaml.replace(at, qsizetype(strlen("encrypted: true")), "encrypted: false");
    return yaml;
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QString sarifValidator()
{
    return sourcePath(QStringLiteral("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"));
}

// The multitool's complaints (errors and warnings) about `path`.
QStringList sarifComplaints(const QString &path, const QString &logPath)
{
    QProcess validator;
    validator.start(sarifValidator(), {QStringLiteral("validate"), path, QStringLiteral("-o"), logPath});
    if (!validator.waitForFinished(300'000) || validator.exitCode() != 0)
        return {QStringLiteral("Sarif.Multitool did not run: ") + validator.errorString()
                + QString::fromUtf8(validator.readAllStandardOutput() + validator.readAllStandardError())};
    QStringList found;
    const QJsonObject log = json(readBytes(logPath));
    if (log.isEmpty())
        return {QStringLiteral("no log")};
    for (const QJsonValue &r : log[u"runs"][0][u"results"].toArray()) {
        const QString level = r[u"level"].toString(QStringLiteral("warning"));
        if (level == u"error" || level == u"warning")
            found << r[u"ruleId"].toString();
    }
    return found;
}

}  // namespace

class TestCliDiff : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameModelExitsZero();
    void differentModelsExitOne();
    void failOnLooksOnlyAtIntroducedFindings();
    void textNamesTheChangeAndTheFinding();
    void jsonHasTheDocumentedShape();
    void markdownPassesMarkdownlint();
    void sarifCarriesBaselineStates();
    void lintelRevisionsAsSides();
    void gitRevisionsAsSides();
    void unreadableSidesExitTwo_data();
    void unreadableSidesExitTwo();
    void validateWithBaseline();

private:
    QTemporaryDir m_dir;
    QString m_old, m_new;
};

void TestCliDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_old = m_dir.filePath(QStringLiteral("old.yaml"));
    m_new = m_dir.filePath(QStringLiteral("new.yaml"));
    QVERIFY(writeBytes(m_old, readBytes(shopModel())));
    QVERIFY(writeBytes(m_new, editedShop()));
}

void TestCliDiff::sameModelExitsZero()
{
    const CliRun run = runCli({QStringLiteral("diff"), m_old, shopModel()});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(run.out.contains("the same model"));
}

void TestCliDiff::differentModelsExitOne()
{
    const CliRun run = runCli({QStringLiteral("diff"), m_old, m_new});
    QVERIFY2(run.exitCode == 1, run.describe());
}

void TestCliDiff::failOnLooksOnlyAtIntroducedFindings()
{
    QCOMPARE(runCli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--fail-on"), QStringLiteral("error")}).exitCode, 1);
    QCOMPARE(runCli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--fail-on"), QStringLiteral("never")}).exitCode, 0);
    // The other way the change resolves the error and introduces nothing,
    // though the models differ.
    QCOMPARE(runCli({QStringLiteral("diff"), m_new, m_old, QStringLiteral("--fail-on"), QStringLiteral("info")}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("diff"), m_new, m_old}).exitCode, 1);
}

void TestCliDiff::textNamesTheChangeAndTheFinding()
{
    const CliRun run = runCli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--as-of"), QString::fromLatin1(kShopAsOf)});
    QVERIFY(run.out.contains("encrypted: true -> false"));
    QVERIFY(run.out.contains("1 introduced, 0 resolved"));
    QVERIFY(run.out.contains("[unencrypted-boundary-crossing]"));
}

void TestCliDiff::jsonHasTheDocumentedShape()
{
    const CliRun run = runCli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject doc = json(run.out);
    QCOMPARE(doc[u"same"].toBool(true), false);
    QCOMPARE(doc[u"old"].toString(), m_old);
    const QJsonArray changes = doc[u"changes"].toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject change = changes[0].toObject();
    QCOMPARE(change[u"section"].toString(), QStringLiteral("flows"));
    QCOMPARE(change[u"kind"].toString(), QStringLiteral("flow"));
    QCOMPARE(change[u"status"].toString(), QStringLiteral("changed"));
    const QJsonObject field = change[u"fields"].toArray()[0].toObject();
    QCOMPARE(field[u"path"].toString(), QStringLiteral("encrypted"));
    QCOMPARE(field[u"before"].toString(), QStringLiteral("true"));
    QCOMPARE(field[u"after"].toString(), QStringLiteral("false"));
    const QJsonArray introduced = doc[u"findings"][u"introduced"].toArray();
    QCOMPARE(introduced.size(), 1);
    QCOMPARE(introduced[0][u"rule"].toString(), QStringLiteral("unencrypted-boundary-crossing"));
    QVERIFY(doc[u"findings"][u"unchanged"].toInt() > 0);
    QVERIFY(doc[u"acceptedRisks"][u"added"].isArray());
    int flows = -1;
    for (const QJsonValue &row : doc[u"counts"].toArray())
        if (row[u"section"].toString() == u"flows")
            flows = row[u"changed"].toInt();
    QCOMPARE(flows, 1);
}

void TestCliDiff::markdownPassesMarkdownlint()
{
    const QString tool = lintel::test::findTool(QStringLiteral("node_modules/.bin/markdownlint-cli2"));
    if (tool.isEmpty())
        QFAIL("markdownlint-cli2 is not installed; run the setup command");
    // A change with every kind of entry: added, removed, renamed, moved,
    // and text with Markdown's special characters.
    QByteArray yaml = editedShop();
    yaml.replace("  - id: inventory-vendor\n", "  - id: stock-vendor\n");  // its content unchanged: a rename
    yaml.replace("      customer: [0, 100]\n", "      customer: [10, 140]\n");
    yaml.replace("teams:\n", "teams:\n  - id: new-vendor\n    name: \"A *new* | vendor_x <b>\"\n");
    yaml.replace("    name: Web & Mobile\n", "    name: \"Web `&` Mobile\"\n");
    const QString changed = m_dir.filePath(QStringLiteral("many.yaml"));
    QVERIFY(writeBytes(changed, yaml));
    const CliRun run = runCli({QStringLiteral("diff"), m_old, changed, QStringLiteral("--format"),
                               QStringLiteral("markdown"), QStringLiteral("--layout")});
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY(run.out.startsWith("# "));
    QVERIFY2(QRegularExpression(QStringLiteral("introduces \\d+ findings \\(\\d+ errors\\)"))
                 .match(QString::fromUtf8(run.out)).hasMatch(),
             run.out.left(300).constData());
    QVERIFY(run.out.contains("| `flows` |"));
    QVERIFY(run.out.contains("### team `stock-vendor` renamed"));
    QVERIFY(run.out.contains("- 1 element moved"));
    QVERIFY(run.out.contains("`unencrypted-boundary-crossing`"));
    QTemporaryDir lint;
    QVERIFY(writeBytes(lint.filePath(QStringLiteral("comment.md")), run.out));
    QVERIFY(writeBytes(lint.filePath(QStringLiteral(".markdownlint-cli2.jsonc")),
                       R"({ "config": { "default": true, "MD013": false } })"));
    const lintel::test::ToolResult result = lintel::test::runTool(tool, {QStringLiteral("comment.md")}, lint.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.output + QString::fromUtf8(run.out)));
}

void TestCliDiff::sarifCarriesBaselineStates()
{
    const CliRun run = runCli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--format"), QStringLiteral("sarif")},
                              m_dir.path());
    QCOMPARE(run.exitCode, 1);
    const QJsonArray results = json(run.out)[u"runs"][0][u"results"].toArray();
    QMap<QString, int> states;
    for (const QJsonValue &r : results)
        states[r[u"baselineState"].toString()]++;
    QCOMPARE(states.value(QStringLiteral("new")), 1);
    QVERIFY(states.value(QStringLiteral("unchanged")) > 0);
    QCOMPARE(states.keys().size() - int(states.contains(QStringLiteral("absent"))), 2);
    // Reversed, the finding is absent.
    const CliRun back = runCli({QStringLiteral("diff"), m_new, m_old, QStringLiteral("--format"), QStringLiteral("sarif")},
                               m_dir.path());
    int absent = 0;
    for (const QJsonValue &r : json(back.out)[u"runs"][0][u"results"].toArray())
        absent += r[u"baselineState"].toString() == u"absent";
    QCOMPARE(absent, 1);
    if (!QFileInfo(sarifValidator()).isExecutable())
        QFAIL("Sarif.Multitool is not installed; run the setup command");
    int n = 0;
    for (const CliRun *r : {&run, &back}) {
        const QString path = m_dir.filePath(QStringLiteral("diff%1.sarif").arg(++n));
        QVERIFY(writeBytes(path, r->out));
        const QStringList complaints = sarifComplaints(path, m_dir.filePath(QStringLiteral("log%1.sarif").arg(n)));
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints.join(u'\n')));
    }
}

void TestCliDiff::lintelRevisionsAsSides()
{
    const QString doc = m_dir.filePath(QStringLiteral("doc.lintel"));
    QCOMPARE(runCli({QStringLiteral("convert"), m_old, doc, QStringLiteral("-m"), QStringLiteral("one")}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("convert"), m_new, doc, QStringLiteral("-m"), QStringLiteral("two")}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("diff"), doc + QStringLiteral("@1"), m_old}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("diff"), doc + QStringLiteral("@2"), m_new}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("diff"), doc, m_new}).exitCode, 0);  // the latest
    QCOMPARE(runCli({QStringLiteral("diff"), doc + QStringLiteral("@1"), doc + QStringLiteral("@2")}).exitCode, 1);
    const CliRun missing = runCli({QStringLiteral("diff"), doc + QStringLiteral("@9"), m_new});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("doc.lintel@9: "), missing.describe());
}

void TestCliDiff::gitRevisionsAsSides()
{
    QTemporaryDir repo;
    auto git = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(repo.path());
        p.start(QStringLiteral("git"), args);
        return p.waitForFinished(60'000) && p.exitCode() == 0;
    };
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@example.org")}));
    QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("T")}));
    QVERIFY(writeBytes(repo.filePath(QStringLiteral("model.yaml")), readBytes(m_old)));
    QVERIFY(git({QStringLiteral("add"), QStringLiteral(".")}) && git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")}));
    QVERIFY(writeBytes(repo.filePath(QStringLiteral("model.yaml")), readBytes(m_new)));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("two")}));
    QCOMPARE(runCli({QStringLiteral("diff"), QStringLiteral("HEAD~1:model.yaml"), QStringLiteral("model.yaml")}, repo.path()).exitCode, 1);
    QCOMPARE(runCli({QStringLiteral("diff"), QStringLiteral("HEAD:model.yaml"), QStringLiteral("model.yaml")}, repo.path()).exitCode, 0);
    const CliRun run = runCli({QStringLiteral("diff"), QStringLiteral("HEAD~1:model.yaml"), QStringLiteral("HEAD:model.yaml")}, repo.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.startsWith("HEAD~1:model.yaml -> HEAD:model.yaml"));
    const CliRun missing = runCli({QStringLiteral("diff"), QStringLiteral("HEAD~5:model.yaml"), QStringLiteral("model.yaml")}, repo.path());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.startsWith("HEAD~5:model.yaml: "), missing.describe());
    // A broken model in git: FILE:LINE:COL names the revision and path.
    QVERIFY(writeBytes(repo.filePath(QStringLiteral("model.yaml")), "lintel: 1\nsystem:\n  name: [x\n"));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("broken")}));
    const CliRun broken = runCli({QStringLiteral("diff"), QStringLiteral("HEAD:model.yaml"), m_old}, repo.path());
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^HEAD:model.yaml:\\d+:\\d+: ")).match(QString::fromUtf8(broken.err)).hasMatch(),
             broken.describe());
}

void TestCliDiff::unreadableSidesExitTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");  // a regular expression on stderr
    QTest::newRow("syntax") << QByteArray("lintel: 1\nsystem:\n  name: [x\n") << QStringLiteral("bad.yaml:\\d+:\\d+: ");
    QTest::newRow("unknown key") << QByteArray("lintel: 1\nsystem:\n  nmae: x\n") << QStringLiteral("bad.yaml:3:3: ");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("bad.yaml: ");
}

void TestCliDiff::unreadableSidesExitTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    if (!content.isEmpty())
        QVERIFY(writeBytes(bad, content));
    for (const QStringList &args : {QStringList{QStringLiteral("diff"), bad, m_old}, QStringList{QStringLiteral("diff"), m_old, bad},
                                    QStringList{QStringLiteral("merge"), m_old, bad, m_old, QStringLiteral("-o"), dir.filePath(QStringLiteral("out.yaml"))},
                                    QStringList{QStringLiteral("validate"), m_old, QStringLiteral("--baseline"), bad}}) {
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(QRegularExpression(expected).match(QString::fromUtf8(run.err)).hasMatch(), run.describe());
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.yaml"))));
}

void TestCliDiff::validateWithBaseline()
{
    const QStringList base{QStringLiteral("validate"), m_new, QStringLiteral("--as-of"), QString::fromLatin1(kShopAsOf)};
    QCOMPARE(runCli(base).exitCode, 1);  // the shop has errors of its own
    // Against the old version only the new error counts.
    QCOMPARE(runCli(base + QStringList{QStringLiteral("--baseline"), m_old}).exitCode, 1);
    QCOMPARE(runCli(QStringList{QStringLiteral("validate"), m_old, QStringLiteral("--baseline"), m_new}).exitCode, 0);
    QCOMPARE(runCli(QStringList{QStringLiteral("validate"), m_old, QStringLiteral("--baseline"), m_old}).exitCode, 0);
    const CliRun text = runCli(base + QStringList{QStringLiteral("--baseline"), m_old});
    int unchanged = 0, fresh = 0;
    for (const QByteArray &line : text.out.split('\n')) {
        if (line.isEmpty())
            continue;
        line.endsWith("(unchanged)") ? ++unchanged : ++fresh;
    }
    QCOMPARE(fresh, 1);
    QVERIFY(unchanged > 0);
    const CliRun j = runCli(base + QStringList{QStringLiteral("--baseline"), m_old, QStringLiteral("--format"), QStringLiteral("json")});
    int newInJson = 0;
    for (const QJsonValue &f : json(j.out)[u"findings"].toArray())
        newInJson += f[u"baselineState"].toString() == u"new";
    QCOMPARE(newInJson, 1);
    const CliRun s = runCli(base + QStringList{QStringLiteral("--baseline"), m_old, QStringLiteral("--format"), QStringLiteral("sarif")},
                            m_dir.path());
    for (const QJsonValue &r : json(s.out)[u"runs"][0][u"results"].toArray())
        QVERIFY(r[u"baselineState"].isString());
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
