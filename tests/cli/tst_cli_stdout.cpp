// lintel-cli when its standard output cannot be written: a full disk
// (/dev/full) or a reader that went away (a closed pipe). Every command that
// prints must notice, say so on stderr and exit 2, never exit 0 having
// written nothing, and never be killed silently by SIGPIPE.
#include "clitest.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <utility>
#include <vector>

using namespace clitest;

namespace {

const char kFullDisk[] = "cannot write to standard output: the disk is full";
const char kBrokenPipe[] = "cannot write to standard output: broken pipe";

}  // namespace

class TestCliStdout : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_document;  // shop.yaml as a .lintel, for show and revisions

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Every command line that prints something on stdout when it succeeds.
    std::vector<std::pair<const char *, QStringList>> printingCommands() const
    {
        const QString shop = shopModel();
        const QString asOf = QString::fromLatin1(kShopAsOf);
        const auto validate = [&](const char *format) {
            return QStringList{QStringLiteral("validate"), shop, QStringLiteral("--format"),
                               QString::fromLatin1(format), QStringLiteral("--as-of"), asOf};
        };
        return {
            {"validate text", validate("text")},
            {"validate json", validate("json")},
            {"validate sarif", validate("sarif")},
            {"validate json, no findings",
             {QStringLiteral("validate"), smallModel(), QStringLiteral("--format"), QStringLiteral("json")}},
            {"show", {QStringLiteral("show"), m_document}},
            {"show --revision", {QStringLiteral("show"), m_document, QStringLiteral("--revision"), QStringLiteral("1")}},
            {"revisions", {QStringLiteral("revisions"), m_document}},
            {"rules", {QStringLiteral("rules")}},
            {"export (list of files)",
             {QStringLiteral("export"), QStringLiteral("mermaid"), shop, QStringLiteral("-o"),
              path(QStringLiteral("export"))}},
            {"--help", {QStringLiteral("--help")}},
            {"validate --help", {QStringLiteral("validate"), QStringLiteral("--help")}},
            {"--version", {QStringLiteral("--version")}},
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_document = path(QStringLiteral("shop.lintel"));
        const CliRun run = runCli({QStringLiteral("convert"), shopModel(), m_document});
        QVERIFY2(run.exitCode == 0, run.describe());
    }

    // The same command lines do print when stdout works: otherwise the
    // failures below would prove nothing.
    void commandsPrintWhenStdoutWorks_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const auto &[name, arguments] : printingCommands())
            QTest::newRow(name) << arguments;
    }
    void commandsPrintWhenStdoutWorks()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.describe());
        QVERIFY(!run.out.isEmpty());
        QVERIFY2(!run.err.contains("cannot write to standard output"), run.describe());
    }

    void failedStdoutExitsTwoAndSaysWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("brokenPipe");
        for (const auto &[name, arguments] : printingCommands()) {
            QTest::addRow("%s to /dev/full", name) << arguments << false;
            QTest::addRow("%s to a closed pipe", name) << arguments << true;
        }
    }
    void failedStdoutExitsTwoAndSaysWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, brokenPipe);
        const CliRun run = runCli(arguments, {}, brokenPipe ? Stdout::BrokenPipe : Stdout::FullDisk);
        // Exit -1 with "crashed" on stderr: SIGPIPE ended the program.
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.contains(brokenPipe ? kBrokenPipe : kFullDisk), run.describe());
        // Said once, however many writes failed.
        QVERIFY2(run.err.count("cannot write to standard output") == 1, run.describe());
    }

    // Export's files are complete and in place even when the list of them
    // could not be printed; only the exit status tells of the lost list.
    void exportStillWritesItsFilesWhenStdoutIsFull()
    {
        const QDir full(path(QStringLiteral("export-full")));
        const QDir reference(path(QStringLiteral("export-reference")));
        const auto exportTo = [](const QDir &folder, Stdout stdoutTo) {
            return runCli({QStringLiteral("export"), QStringLiteral("mermaid"), shopModel(), QStringLiteral("-o"),
                           folder.path()},
                          {}, stdoutTo);
        };
        const CliRun run = exportTo(full, Stdout::FullDisk);
        QVERIFY2(run.exitCode == 2, run.describe());
        const CliRun listed = exportTo(reference, Stdout::Captured);
        QVERIFY2(listed.exitCode == 0, listed.describe());
        const QStringList written = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!written.isEmpty());
        for (const QString &file : written) {
            const QString relative = reference.relativeFilePath(file);
            const QByteArray expected = readBytes(reference.filePath(relative));
            QVERIFY2(!expected.isEmpty(), qPrintable(file));
            QCOMPARE(readBytes(full.filePath(relative)), expected);
        }
    }

    // A command that prints nothing on stdout must not fail because stdout
    // would have been full.
    void convertPrintsNothingAndSucceedsOnAFullStdout()
    {
        const CliRun run = runCli({QStringLiteral("convert"), shopModel(), path(QStringLiteral("quiet.yaml"))},
                                  {}, Stdout::FullDisk);
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(readBytes(path(QStringLiteral("quiet.yaml"))), readBytes(shopModel()));
    }
};

QTEST_GUILESS_MAIN(TestCliStdout)
#include "tst_cli_stdout.moc"
