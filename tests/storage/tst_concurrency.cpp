// Several programs saving one .lintel document at once, and documents left
// with a hot rollback journal by a program that stopped in the middle of a
// save. The kill test (tst_kills.cpp) covers crashes at random moments;
// these are the exact reproducers of issue 12.
#include "tests/storage/cliprocesses.h"

#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <unistd.h>

using namespace lintel;
using namespace storagetest;

namespace {

Model exampleYamlModel(const QString &name)
{
    YamlLoadResult loaded = readYamlFile(exampleModel(name));
    return loaded.model ? std::move(*loaded.model) : Model{};
}

// Copies the document and its journal as they are this instant: what a
// disk would hold if the saving program were killed now.
bool snapshotWithJournal(const QString &from, const QString &to)
{
    return QFile::copy(from, to) && QFile::copy(from + "-journal", to + "-journal");
}

// Leaves `copy` as a crash would: revision models overwritten in the
// database file, the old pages only in the hot journal beside it.
bool makeHotJournalCopy(const QString &original, const QString &copy)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(original).constData(), &db) == SQLITE_OK
        // A tiny page cache makes SQLite write changed pages into the
        // database file before COMMIT, as a large save does.
        && sqlite3_exec(db, "PRAGMA cache_size = 2; BEGIN IMMEDIATE;"
                            "UPDATE revisions SET model = randomblob(300000), message = 'half';",
                        nullptr, nullptr, nullptr)
            == SQLITE_OK
        && snapshotWithJournal(original, copy);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return ok;
}

// What a plain read-only SQLite connection says about `path`: the proof that
// a copy really has a hot journal (SQLITE_READONLY_ROLLBACK).
int plainReadOnlyError(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_extended_result_codes(db, 1);
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM revisions", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

}  // namespace

class ConcurrencyTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void parallelFirstSavesKeepEveryRevision();
    void parallelAppendsWaitAndStayDense();
    void hotJournalIsRolledBackOnReadOnlyOpen();
    void hotJournalDoesNotBreakTheCli();
    void hotJournalThatCannotBeUndoneIsExplained();

private:
    QString makeTwoRevisionDocument(const QString &name);
    QTemporaryDir m_dir;
};

void ConcurrencyTest::parallelFirstSavesKeepEveryRevision()
{
    const QString folder = m_dir.filePath(QStringLiteral("first-saves"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/doc.lintel");
    constexpr int kProcesses = 20;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int n = 1; n <= kProcesses; ++n)
        processes.push_back(startConvert(exampleModel(QStringLiteral("small.yaml")), path,
                                         QStringLiteral("save %1").arg(n)));
    std::vector<Outcome> outcomes;  // all finished before any check can return
    for (auto &process : processes)
        outcomes.push_back(finish(*process));
    for (const Outcome &outcome : outcomes)
        QVERIFY2(outcome.succeeded(), outcome.describe().constData());

    Diagnostic error;
    const auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const auto revisions = file->revisions(&error);
    QVERIFY2(revisions, qPrintable(error.toString()));
    QCOMPARE(int(revisions->size()), kProcesses);
    QSet<QString> messages;
    for (int i = 0; i < kProcesses; ++i) {
        QCOMPARE(revisions->at(std::size_t(i)).number, i + 1);
        messages.insert(revisions->at(std::size_t(i)).message);
    }
    for (int n = 1; n <= kProcesses; ++n)
        QVERIFY2(messages.contains(QStringLiteral("save %1").arg(n)), qPrintable(QString::number(n)));
    QCOMPARE(strayFiles(folder, {QStringLiteral("doc.lintel")}), QStringList());
}

void ConcurrencyTest::parallelAppendsWaitAndStayDense()
{
    const QString folder = m_dir.filePath(QStringLiteral("appends"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/doc.lintel");
    Diagnostic error;
    QVERIFY2(saveRevision(path, exampleYamlModel(QStringLiteral("shop.yaml")), QStringLiteral("a"),
                          QStringLiteral("first"), &error)
                 == 1,
             qPrintable(error.toString()));
    constexpr int kProcesses = 12;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int n = 1; n <= kProcesses; ++n)
        processes.push_back(startConvert(exampleModel(n % 2 ? QStringLiteral("shop.yaml")
                                                            : QStringLiteral("small.yaml")),
                                         path, QStringLiteral("append %1").arg(n)));
    std::vector<Outcome> outcomes;  // all finished before any check can return
    for (auto &process : processes)
        outcomes.push_back(finish(*process));
    for (const Outcome &outcome : outcomes)
        QVERIFY2(outcome.succeeded(), outcome.describe().constData());
    const auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const auto revisions = file->revisions(&error);
    QVERIFY2(revisions, qPrintable(error.toString()));
    QCOMPARE(int(revisions->size()), kProcesses + 1);
    for (std::size_t i = 0; i < revisions->size(); ++i) {
        QCOMPARE(revisions->at(i).number, int(i) + 1);
        if (i > 0)
            QVERIFY(revisions->at(i - 1).createdAt <= revisions->at(i).createdAt);
    }
}

QString ConcurrencyTest::makeTwoRevisionDocument(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Diagnostic error;
    if (saveRevision(path, exampleYamlModel(QStringLiteral("small.yaml")), QStringLiteral("a"),
                     QStringLiteral("one"), &error)
            != 1
        || saveRevision(path, exampleYamlModel(QStringLiteral("shop.yaml")), QStringLiteral("b"),
                        QStringLiteral("two"), &error)
            != 2)
        qWarning("%s", qPrintable(error.toString()));
    return path;
}

void ConcurrencyTest::hotJournalIsRolledBackOnReadOnlyOpen()
{
    const QString original = makeTwoRevisionDocument(QStringLiteral("journal-original.lintel"));
    const QString crashed = m_dir.filePath(QStringLiteral("journal-crashed.lintel"));
    QVERIFY(makeHotJournalCopy(original, crashed));
    QCOMPARE(plainReadOnlyError(crashed), SQLITE_READONLY_ROLLBACK);

    Diagnostic error;
    const auto file = LintelFile::open(crashed, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const auto revisions = file->revisions(&error);
    QVERIFY2(revisions, qPrintable(error.toString()));
    QCOMPARE(int(revisions->size()), 2);
    QCOMPARE(revisions->at(0).message, QStringLiteral("one"));
    QCOMPARE(revisions->at(1).message, QStringLiteral("two"));
    const auto first = file->loadRevision(1, &error);
    QVERIFY2(first, qPrintable(error.toString()));
    QCOMPARE(writeYaml(*first), writeYaml(exampleYamlModel(QStringLiteral("small.yaml"))));
    const auto second = file->loadRevision(2, &error);
    QVERIFY2(second, qPrintable(error.toString()));
    QCOMPARE(writeYaml(*second), writeYaml(exampleYamlModel(QStringLiteral("shop.yaml"))));
    QVERIFY(!QFile::exists(crashed + "-journal"));
}

// The reported symptom: `revisions`, `show` and `validate` said "attempt to
// write a readonly database" until something opened the file for writing.
void ConcurrencyTest::hotJournalDoesNotBreakTheCli()
{
    const QString original = makeTwoRevisionDocument(QStringLiteral("cli-original.lintel"));
    for (const QString &command : {QStringLiteral("revisions"), QStringLiteral("show")}) {
        const QString crashed = m_dir.filePath(QStringLiteral("cli-%1.lintel").arg(command));
        QVERIFY(makeHotJournalCopy(original, crashed));
        QProcess cli;
        cli.start(QStringLiteral(LINTEL_CLI_PATH), {command, crashed});
        QVERIFY(cli.waitForFinished(120'000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("readonly"), err.constData());
        if (command == QLatin1String("revisions"))
            QVERIFY2(out.contains("one") && out.contains("two") && !out.contains("half"), out.constData());
    }
}

// On a file this user may not write, the half-finished save cannot be
// undone: say so in words, not "attempt to write a readonly database".
void ConcurrencyTest::hotJournalThatCannotBeUndoneIsExplained()
{
    if (::geteuid() == 0)
        QSKIP("runs only as an ordinary user: root may write read-only files and folders");
    const QString original = makeTwoRevisionDocument(QStringLiteral("locked-original.lintel"));
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString crashed = folder + QStringLiteral("/doc.lintel");
    QVERIFY(makeHotJournalCopy(original, crashed));
    const auto readOnly = QFile::ReadOwner | QFile::ReadUser | QFile::ExeOwner | QFile::ExeUser;
    QVERIFY(QFile::setPermissions(crashed, QFile::ReadOwner | QFile::ReadUser));
    QVERIFY(QFile::setPermissions(folder, readOnly));
    Diagnostic error;
    const bool opened = LintelFile::open(crashed, LintelFile::Access::ReadOnly, &error) != nullptr;
    QFile::setPermissions(folder, readOnly | QFile::WriteOwner | QFile::WriteUser);
    QVERIFY(!opened);
    QCOMPARE(error.file, crashed);
    QVERIFY2(error.message.contains(QLatin1String("half-saved by a program that stopped")),
             qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("attempt to write")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(ConcurrencyTest)
#include "tst_concurrency.moc"
