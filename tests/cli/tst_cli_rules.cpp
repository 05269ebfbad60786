// lintel-cli rules: one line per catalogue rule, as the engine defines it.
#include "clitest.h"
#include "model/rules/validator.h"

#include <QRegularExpression>
#include <QTest>

using namespace clitest;

class TestCliRules : public QObject {
    Q_OBJECT
private slots:
    void listsEveryCatalogueRuleInOrder()
    {
        const CliRun run = runCli({QStringLiteral("rules")});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        const auto &catalogue = lintel::ruleCatalogue();
        QCOMPARE(lines.size(), qsizetype(catalogue.size()));

        // ID  SEVERITY  TITLE, separated by runs of spaces.
        const QRegularExpression columns(QStringLiteral("^(\\S+)\\s+(\\S+)\\s+(.+)$"));
        for (std::size_t i = 0; i < catalogue.size(); ++i) {
            const auto match = columns.match(QString::fromUtf8(lines[qsizetype(i)]));
            QVERIFY2(match.hasMatch(), lines[qsizetype(i)].constData());
            QCOMPARE(match.captured(1), catalogue[i].id);
            QCOMPARE(match.captured(2), lintel::enumName(catalogue[i].defaultSeverity));
            QCOMPARE(match.captured(3), catalogue[i].title);
        }
    }

    void rejectsArguments()
    {
        const CliRun run = runCli({QStringLiteral("rules"), QStringLiteral("extra")});
        QVERIFY2(run.exitCode == 2, run.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
