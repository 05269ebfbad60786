// Every save path against every failure point of the file layer: the n-th
// create, write, chmod, fsync, close, rename or folder sync fails, and the
// user must get a message in words, the old file byte for byte, no
// temporary file and, for a new file, no file at all.
#include "model/io/atomicsave.h"
#include "model/storage/lintelfile.h"
#include "tests/io/faultyoperations.h"
#include "tests/io/savescenarios.h"
#include "tests/support/fullmodel.h"

#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <sys/stat.h>

using namespace savetest;

class SaveFaultsTest : public QObject {
    Q_OBJECT

private slots:
    void everySaveSurvivesEveryFailure_data();
    void everySaveSurvivesEveryFailure();
    void shortWritesAreCompleted_data();
    void shortWritesAreCompleted();
    void replacingKeepsPermissions();
    void createNeverReplacesAFileMadeMeanwhile();
    void createTellsAFileMadeMeanwhileApart();
    void missingFolderIsNamed();
    void fullDiskNamesTheMountPoint();
};

namespace {

QStringList hiddenFiles(const QMap<QString, QByteArray> &files)
{
    QStringList hidden;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (QFileInfo(it.key()).fileName().startsWith(u'.'))
            hidden << it.key();
    return hidden;
}

bool writeOther(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// How often each scenario calls each operation when nothing fails.
FaultyOperations countCalls(const SaveScenario &scenario)
{
    QTemporaryDir dir;
    scenario.prepare(QDir(dir.path()));
    FaultyOperations counting;
    lintel::ScopedFileOperations installed(counting);
    QString error;
    if (!scenario.save(QDir(dir.path()), &error))
        qFatal("%s fails without faults: %s", qPrintable(scenario.name), qPrintable(error));
    return counting;
}

}  // namespace

void SaveFaultsTest::everySaveSurvivesEveryFailure_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("nth");
    for (const SaveScenario &scenario : saveScenarios()) {
        const FaultyOperations counted = countCalls(scenario);
        for (Call call : kEveryCall)
            for (int n = 1; n <= counted.count(call); ++n)
                QTest::addRow("%s, %s #%d", qPrintable(scenario.name), qPrintable(callName(call)), n)
                    << scenario.name << int(call) << n;
    }
}

void SaveFaultsTest::everySaveSurvivesEveryFailure()
{
    QFETCH(QString, scenario);
    QFETCH(int, call);
    QFETCH(int, nth);
    const SaveScenario *s = findScenario(scenario);
    QVERIFY(s);
    QTemporaryDir temp;
    const QDir dir(temp.path());
    s->prepare(dir);
    const QMap<QString, QByteArray> before = snapshot(dir);

    const int error = typicalError(Call(call));
    FaultyOperations faulty;
    faulty.failAt(Call(call), nth, error);
    QString message;
    bool saved = false;
    {
        lintel::ScopedFileOperations installed(faulty);
        saved = s->save(dir, &message);
    }
    const QMap<QString, QByteArray> after = snapshot(dir);

    QVERIFY2(!saved, "the save claimed success although a file operation failed");
    QVERIFY2(message.contains(dir.path()), qPrintable(message));
    QVERIFY2(message.contains(wordsFor(error)), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Unknown error")), qPrintable(message));
    QVERIFY2(hiddenFiles(after).isEmpty(), qPrintable(hiddenFiles(after).join(u' ')));

    // Each file is either as it was or wholly new; nothing half-written,
    // nothing that was not there before or written in full.
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const bool untouched = before.contains(it.key()) && before.value(it.key()) == it.value();
        QVERIFY2(untouched || s->holdsNewContent(dir, it.key()), qPrintable(it.key()));
    }
    // The file the message is about was not changed (or not made), except
    // after a failed folder sync, when the new content is already in place.
    const QString failedFile = message.section(QStringLiteral(": "), 0, 0);
    const QString relative = dir.relativeFilePath(failedFile);
    if (Call(call) == Call::SyncFolder) {
        QVERIFY2(message.contains(QLatin1String("could not be synced")), qPrintable(message));
        QVERIFY2(s->holdsNewContent(dir, relative), qPrintable(relative));
    } else {
        QCOMPARE(after.contains(relative), before.contains(relative));
        QCOMPARE(after.value(relative), before.value(relative));
        QVERIFY2(message.contains(QLatin1String("was not changed"))
                     || message.contains(QLatin1String("was not created")),
                 qPrintable(message));
    }
}

void SaveFaultsTest::shortWritesAreCompleted_data()
{
    QTest::addColumn<QString>("scenario");
    for (const SaveScenario &scenario : saveScenarios())
        QTest::newRow(qPrintable(scenario.name)) << scenario.name;
}

void SaveFaultsTest::shortWritesAreCompleted()
{
    QFETCH(QString, scenario);
    const SaveScenario *s = findScenario(scenario);
    QTemporaryDir temp;
    const QDir dir(temp.path());
    s->prepare(dir);
    FaultyOperations shortWrites;
    shortWrites.makeWritesShort();
    QString error;
    {
        lintel::ScopedFileOperations installed(shortWrites);
        QVERIFY2(s->save(dir, &error), qPrintable(error));
    }
    QVERIFY(shortWrites.count(Call::Write) > 1);
    const QMap<QString, QByteArray> after = snapshot(dir);
    QVERIFY(hiddenFiles(after).isEmpty());
    int complete = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        complete += s->holdsNewContent(dir, it.key());
    QVERIFY(complete >= 1);
    QCOMPARE(complete, int(after.size()));
}

void SaveFaultsTest::replacingKeepsPermissions()
{
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("private.yaml"));
    QString error;
    QVERIFY(lintel::saveFileAtomically(path, QByteArray("old\n"), lintel::ExistingFile::Replace, &error));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    QVERIFY2(lintel::saveFileAtomically(path, QByteArray("new\n"), lintel::ExistingFile::Replace, &error),
             qPrintable(error));
    struct stat st {};
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
}

void SaveFaultsTest::createNeverReplacesAFileMadeMeanwhile()
{
    // Another program creates the file between our check and the rename.
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("model.lintel"));
    FaultyOperations racing;
    racing.beforeRename([&] {
        QFile other(path);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("someone else's\n");
    });
    lintel::Diagnostic error;
    bool created = false;
    {
        lintel::ScopedFileOperations installed(racing);
        created = lintel::LintelFile::create(path, lintel::test::fullModel(), QStringLiteral("ana"),
                                             QStringLiteral("first"), &error);
    }
    QVERIFY(!created);
    QVERIFY2(error.toString().contains(QLatin1String("already exists")), qPrintable(error.toString()));
    QCOMPARE(snapshot(QDir(temp.path())),
             (QMap<QString, QByteArray>{{QStringLiteral("model.lintel"), "someone else's\n"}}));
}

void SaveFaultsTest::createTellsAFileMadeMeanwhileApart()
{
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("model.lintel"));
    QString reason;
    FaultyOperations racing;
    racing.beforeRename([&] { QVERIFY(writeOther(path, "theirs")); });
    {
        lintel::ScopedFileOperations installed(racing);
        QCOMPARE(lintel::createFileAtomically(path, "ours", &reason), lintel::NewFileOutcome::AlreadyExists);
    }
    QCOMPARE(snapshot(QDir(temp.path())), (QMap<QString, QByteArray>{{QStringLiteral("model.lintel"), "theirs"}}));

    const QString other = temp.filePath(QStringLiteral("other.lintel"));
    FaultyOperations full;
    full.failAt(Call::Write, 1, ENOSPC);
    {
        lintel::ScopedFileOperations installed(full);
        QCOMPARE(lintel::createFileAtomically(other, "ours", &reason), lintel::NewFileOutcome::Failed);
    }
    QVERIFY2(reason.contains(QLatin1String("disk is full")), qPrintable(reason));
    QCOMPARE(lintel::createFileAtomically(other, "ours", &reason), lintel::NewFileOutcome::Created);
    QCOMPARE(snapshot(QDir(temp.path())).value(QStringLiteral("other.lintel")), QByteArray("ours"));
}

void SaveFaultsTest::missingFolderIsNamed()
{
    QTemporaryDir temp;
    const QString folder = temp.filePath(QStringLiteral("gone"));
    QString error;
    QVERIFY(!lintel::saveFileAtomically(folder + QStringLiteral("/model.yaml"), QByteArray("x"),
                                        lintel::ExistingFile::Replace, &error));
    QCOMPARE(error, QStringLiteral("the folder %1 does not exist; model.yaml was not created").arg(folder));
}

void SaveFaultsTest::fullDiskNamesTheMountPoint()
{
    QTemporaryDir temp;
    FaultyOperations full;
    full.failAt(Call::Write, 1, ENOSPC);
    lintel::ScopedFileOperations installed(full);
    QString error;
    QVERIFY(!lintel::saveFileAtomically(temp.filePath(QStringLiteral("model.yaml")), QByteArray("x"),
                                        lintel::ExistingFile::Replace, &error));
    QVERIFY2(error.startsWith(QLatin1String("the disk is full (")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(" free on /")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1String("); model.yaml was not created")), qPrintable(error));
}

QTEST_GUILESS_MAIN(SaveFaultsTest)
#include "tst_savefaults.moc"
