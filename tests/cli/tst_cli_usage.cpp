// The command line as a whole: --help on every command and sub-command,
// --version, and usage errors with exit status 2.
#include "clitest.h"
#include "exporters/exporter.h"

#include <QTest>

using namespace clitest;

namespace {

// The names listed under "Subcommands:" in a --help text.
QStringList subcommandsIn(const QByteArray &help)
{
    QStringList names;
    bool inList = false;
    for (const QByteArray &line : help.split('\n')) {
        if (line.startsWith("Subcommands:")) {
            inList = true;
        } else if (inList) {
            if (!line.startsWith("  "))
                break;
            names << QString::fromUtf8(line.trimmed().split(' ').front());
        }
    }
    return names;
}

}  // namespace

class TestCliUsage : public QObject {
    Q_OBJECT
private slots:
    void helpEverywhereExitsZero()
    {
        const CliRun top = runCli({QStringLiteral("--help")});
        QVERIFY2(top.exitCode == 0, top.describe());
        const QStringList commands = subcommandsIn(top.out);
        for (const char *name : {"validate", "convert", "revisions", "show", "rules", "export"})
            QVERIFY2(commands.contains(QLatin1String(name)), name);

        QList<QStringList> helps;
        for (const QString &command : commands)
            helps << QStringList{command, QStringLiteral("--help")};
        // Every exporter is an `export` sub-command, plus `all`.
        QStringList kinds{QStringLiteral("all")};
        for (const auto &exporter : lintel::exporters())
            kinds << exporter->id();
        for (const QString &kind : kinds)
            helps << QStringList{QStringLiteral("export"), kind, QStringLiteral("--help")};

        for (const QStringList &arguments : helps) {
            const CliRun run = runCli(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(u' ') + QString::fromUtf8(run.describe())));
            QVERIFY2(run.out.contains("Usage: lintel-cli " + arguments.front().toUtf8()),
                     qPrintable(arguments.join(u' ')));
        }
    }

    void exportHelpShowsEachExportersOptions()
    {
        const CliRun overview = runCli({QStringLiteral("export"), QStringLiteral("--help")});
        QVERIFY2(overview.exitCode == 0, overview.describe());
        for (const auto &exporter : lintel::exporters()) {
            QVERIFY(overview.out.contains(exporter->id().toUtf8()));
            const CliRun one = runCli({QStringLiteral("export"), exporter->id(), QStringLiteral("--help")});
            for (const lintel::ExportOption &option : exporter->options()) {
                const QByteArray flag = "--" + option.name.toUtf8();
                QVERIFY2(overview.out.contains(flag), flag.constData());
                QVERIFY2(one.out.contains(flag), qPrintable(exporter->id() + u' ' + option.name));
            }
        }
    }

    void versionExitsZero()
    {
        const CliRun run = runCli({QStringLiteral("--version")});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY(run.out.startsWith("lintel-cli "));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown top-level option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("rules"), QStringLiteral("--frobnicate")};
        QTest::newRow("missing argument") << QStringList{QStringLiteral("convert"), shopModel()};
        QTest::newRow("show revision not a number")
            << QStringList{QStringLiteral("show"), QStringLiteral("x.lintel"), QStringLiteral("--revision"),
                           QStringLiteral("latest")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
