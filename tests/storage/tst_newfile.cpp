// Giving a new document its name (model/storage/newfile.h): whole or not at
// all, never over another program's file, and no temporary left behind.
#include "tests/storage/storagetest.h"

#include "model/storage/lintelfile.h"
#include "model/storage/newfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <unistd.h>

using namespace lintel;
using namespace lintel::storage;

namespace {

QString freshFolder(const QString &path)
{
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

void StorageTest::newFileAppearsWhole_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("unnamed temporary") << int(TempFileKind::Unnamed);
    QTest::newRow("named temporary") << int(TempFileKind::Named);
    QTest::newRow("best") << int(TempFileKind::Best);
}

void StorageTest::newFileAppearsWhole()
{
    QFETCH(int, kind);
    const QString folder = freshFolder(tempPath(QStringLiteral("new-%1").arg(kind)));
    const QString path = folder + QStringLiteral("/doc.lintel");
    const QByteArray bytes = QByteArray(100'000, 'x') + "end";
    QString why;
    QCOMPARE(writeNewFile(path, bytes, &why, TempFileKind(kind)), NewFileResult::Created);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(folderEntries(folder), QStringList{QStringLiteral("doc.lintel")});
}

void StorageTest::newFileNeverReplacesAnother_data()
{
    newFileAppearsWhole_data();
}

void StorageTest::newFileNeverReplacesAnother()
{
    QFETCH(int, kind);
    const QString folder = freshFolder(tempPath(QStringLiteral("taken-%1").arg(kind)));
    const QString path = folder + QStringLiteral("/doc.lintel");
    QFile theirs(path);
    QVERIFY(theirs.open(QIODevice::WriteOnly) && theirs.write("theirs") == 6);
    theirs.close();
    QString why;
    QCOMPARE(writeNewFile(path, "ours", &why, TempFileKind(kind)), NewFileResult::AlreadyExists);
    QCOMPARE(readAll(path), QByteArray("theirs"));
    QCOMPARE(folderEntries(folder), QStringList{QStringLiteral("doc.lintel")});
}

void StorageTest::newFileInAMissingFolderIsExplained()
{
    const QString path = tempPath(QStringLiteral("no-such-folder/doc.lintel"));
    for (const TempFileKind kind : {TempFileKind::Unnamed, TempFileKind::Named}) {
        QString why;
        QCOMPARE(writeNewFile(path, "bytes", &why, kind), NewFileResult::Failed);
        QCOMPARE(why, QStringLiteral("the folder does not exist"));
    }
    Diagnostic error;
    QCOMPARE(saveRevision(path, Model{}, QStringLiteral("a"), QStringLiteral("m"), &error), 0);
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(QLatin1String("the folder does not exist")), qPrintable(error.message));
}

// A program killed between making its named temporary and removing it
// leaves ".doc.lintel.PID.X.new"; the next open removes it once PID is gone,
// and leaves those of programs still running alone.
void StorageTest::abandonedTempFilesAreRemovedOnOpen()
{
    const QString folder = freshFolder(tempPath(QStringLiteral("abandoned")));
    const QString path = folder + QStringLiteral("/doc.lintel");
    Diagnostic error;
    QCOMPARE(saveRevision(path, Model{}, QStringLiteral("a"), QStringLiteral("m"), &error), 1);

    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());
    const QString abandoned = tempFileName(path, deadPid, QStringLiteral("x1"));
    const QString live = tempFileName(path, ::getpid(), QStringLiteral("x2"));
    for (const QString &name : {abandoned, live}) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(LintelFile::open(path, LintelFile::Access::ReadOnly, &error));
    QVERIFY(!QFile::exists(abandoned));
    QVERIFY(QFile::exists(live));
    QFile::remove(live);
    QCOMPARE(folderEntries(folder), QStringList{QStringLiteral("doc.lintel")});
}
