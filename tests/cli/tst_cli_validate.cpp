// lintel-cli validate: the compiler-style text output, the deliberate
// findings of the realistic example at their YAML lines, and exit statuses.
#include "clitest.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

// FILE:LINE:COLUMN: severity: message [rule]
const QRegularExpression kFindingLine(
    QStringLiteral("^(.+):(\\d+):(\\d+): (error|warning|info): (.+) \\[([a-z0-9-]+)\\]$"));

// A model whose only findings are warnings and infos (an isolated worker
// with no team and no observability).
const QByteArray kWarningsOnlyModel =
    "lintel: 1\nelements:\n  - id: lonely-worker\n    name: Lonely worker\n    kind: worker\n";
// Only an info finding (a person with no flows).
const QByteArray kInfoOnlyModel =
    "lintel: 1\nelements:\n  - id: lonely-person\n    name: Lonely person\n    kind: person\n";

}  // namespace

class TestCliValidate : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString writeModel(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return clitest::writeBytes(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shopListsItsDeliberateFindingsAtTheirIdLines()
    {
        const auto expected = expectedShopFindings();
        QVERIFY2(expected.size() >= 5, "shop.expected-findings.txt lists too few findings");
        const QByteArray yaml = readBytes(shopModel());

        // rule|line|column, from the expectations and the YAML text.
        QSet<QString> wanted;
        for (const auto &[rule, target] : expected) {
            const auto at = idPosition(yaml, target);
            QVERIFY2(at, qPrintable(QStringLiteral("no single `id: %1` in shop.yaml").arg(target)));
            wanted << QStringLiteral("%1|%2|%3").arg(rule).arg(at->line).arg(at->column);
        }

        const CliRun run = runCli({QStringLiteral("validate"), shopModel(), QStringLiteral("--as-of"),
                                   QString::fromLatin1(kShopAsOf)});
        QVERIFY2(run.exitCode == 1, run.describe());  // the example has errors
        QSet<QString> got;
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        for (const QByteArray &line : lines) {
            const auto match = kFindingLine.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            QCOMPARE(match.captured(1), shopModel());
            got << QStringLiteral("%1|%2|%3").arg(match.captured(6), match.captured(2), match.captured(3));
        }
        QCOMPARE(lines.size(), qsizetype(expected.size()));
        QCOMPARE(got, wanted);
    }

    void textLinesHaveCompilerFormatAndSummary()
    {
        const QString model = writeModel(QStringLiteral("warnings.yaml"), kWarningsOnlyModel);
        const CliRun run = runCli({QStringLiteral("validate"), model});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        QSet<QString> rules;
        for (const QByteArray &line : lines) {
            const auto match = kFindingLine.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            QCOMPARE(match.captured(1), model);
            QCOMPARE(match.captured(2), QStringLiteral("3"));  // `  - id: lonely-worker`
            QCOMPARE(match.captured(3), QStringLiteral("5"));
            QVERIFY(match.captured(5).contains(QStringLiteral("lonely-worker")));
            rules << match.captured(6);
        }
        QVERIFY(rules.contains(QStringLiteral("unowned-element")));
        QVERIFY2(run.err.startsWith(model.toUtf8() + ": 0 errors"), run.err.constData());
    }

    void exitStatusFollowsFailOn_data()
    {
        QTest::addColumn<QByteArray>("model");  // empty: the shop example
        QTest::addColumn<QString>("failOn");    // empty: the default (error)
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean model") << QByteArray() << QString() << 0;
        QTest::newRow("errors, default") << QByteArray("shop") << QString() << 1;
        QTest::newRow("errors, never") << QByteArray("shop") << QStringLiteral("never") << 0;
        QTest::newRow("warnings, default") << kWarningsOnlyModel << QString() << 0;
        QTest::newRow("warnings, fail on warning") << kWarningsOnlyModel << QStringLiteral("warning") << 1;
        QTest::newRow("info, fail on warning") << kInfoOnlyModel << QStringLiteral("warning") << 0;
        QTest::newRow("info, fail on info") << kInfoOnlyModel << QStringLiteral("info") << 1;
    }
    void exitStatusFollowsFailOn()
    {
        QFETCH(QByteArray, model);
        QFETCH(QString, failOn);
        QFETCH(int, exitCode);
        QString path = smallModel();  // has no findings
        if (model == "shop")
            path = shopModel();
        else if (!model.isEmpty())
            path = writeModel(QStringLiteral("failon.yaml"), model);
        QStringList arguments{QStringLiteral("validate"), path, QStringLiteral("--as-of"),
                              QString::fromLatin1(kShopAsOf)};
        if (!failOn.isEmpty())
            arguments << QStringLiteral("--fail-on") << failOn;
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == exitCode, run.describe());
    }

    void unloadableModelExitsTwoNamingThePlace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedPlace");  // after the path on stderr
        QTest::newRow("syntax error") << QStringLiteral("syntax.yaml")
                                      << QByteArray("lintel: 1\nelements: [\n  - id: a\n")
                                      << QStringLiteral(":3:3: ");
        QTest::newRow("unknown key") << QStringLiteral("unknown.yaml")
                                     << QByteArray("lintel: 1\nelemnts: []\n") << QStringLiteral(":2:1: ");
        QTest::newRow("empty file") << QStringLiteral("empty.yaml") << QByteArray() << QStringLiteral(": ");
        QTest::newRow("binary file") << QStringLiteral("binary.yaml")
                                     << QByteArray("lintel: 1\n\0\xff\xfe", 13) << QStringLiteral(":2:1: ");
        QTest::newRow("missing file") << QStringLiteral("missing.yaml") << QByteArray("-")
                                      << QStringLiteral(": ");
    }
    void unloadableModelExitsTwoNamingThePlace()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedPlace);
        const QString path = m_dir.filePath(name);
        if (content != "-")
            QVERIFY(clitest::writeBytes(path, content));
        const CliRun run = runCli({QStringLiteral("validate"), path});
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith((path + expectedPlace).toUtf8()), run.err.constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), shopModel(),
                                                       QStringLiteral("--no-such-option")};
        QTest::newRow("bad format") << QStringList{QStringLiteral("validate"), shopModel(),
                                                   QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("bad fail-on") << QStringList{QStringLiteral("validate"), shopModel(),
                                                    QStringLiteral("--fail-on"), QStringLiteral("fatal")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("validate"), shopModel(),
                                                 QStringLiteral("--as-of"), QStringLiteral("2026-02-30")};
        QTest::newRow("no model") << QStringList{QStringLiteral("validate")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
