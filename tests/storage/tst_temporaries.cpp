// Temporaries left by programs killed during a save (model/io/atomicsave.h):
// they name their process, and the next save of that file or the next open
// of that document removes them once the process is gone, never those of a
// save still running and never another file's.
#include "tests/storage/storagetest.h"

#include "model/io/atomicsave.h"
#include "model/io/fileoperations.h"
#include "model/storage/lintelfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <unistd.h>

using namespace lintel;

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

// The id of a process that has exited and been reaped: nothing runs under it.
qint64 finishedProcessId()
{
    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    if (!finished.waitForStarted())
        return 0;
    const qint64 pid = finished.processId();
    return finished.waitForFinished() ? pid : 0;
}

// A temporary as a save of `path` by process `pid` names it.
QString temporaryOf(const QString &path, qint64 pid, const char *random)
{
    return QFileInfo(path).dir().filePath(temporaryFilePrefix(path)
                                          + QStringLiteral("%1.%2.tmp").arg(pid).arg(QLatin1String(random)));
}

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

// Remembers the name of every file a save creates, then does as POSIX does.
class RecordingOperations final : public FileOperations {
public:
    int createExclusive(const QByteArray &path, mode_t mode, int *fd) override
    {
        created << QFile::decodeName(path);
        return FileOperations::createExclusive(path, mode, fd);
    }
    QStringList created;
};

}  // namespace

void StorageTest::saveTemporaryNamesItsProcess()
{
    const QString folder = freshFolder(tempPath(QStringLiteral("named")));
    const QString path = folder + QStringLiteral("/model.yaml");
    RecordingOperations recording;
    QString reason;
    {
        ScopedFileOperations installed(recording);
        QVERIFY2(saveFileAtomically(path, QByteArray("x"), ExistingFile::Replace, &reason), qPrintable(reason));
    }
    QCOMPARE(recording.created.size(), 1);
    const QString name = QFileInfo(recording.created.front()).fileName();
    const QRegularExpression expected(
        QStringLiteral("^\\.model\\.yaml\\.%1\\.[0-9a-f]{8}\\.tmp$").arg(qint64(::getpid())));
    QVERIFY2(expected.match(name).hasMatch(), qPrintable(name));
}

void StorageTest::abandonedTemporariesAreRemovedOnOpen()
{
    const QString folder = freshFolder(tempPath(QStringLiteral("abandoned-open")));
    const QString path = folder + QStringLiteral("/doc.lintel");
    Diagnostic error;
    QCOMPARE(saveRevision(path, Model{}, QStringLiteral("a"), QStringLiteral("m"), &error), 1);

    const qint64 deadPid = finishedProcessId();
    QVERIFY(deadPid > 0);
    const QString abandoned = temporaryOf(path, deadPid, "0000dead");
    const QString live = temporaryOf(path, ::getpid(), "00000a1e");
    QVERIFY(touch(abandoned) && touch(live));
    QVERIFY(LintelFile::open(path, LintelFile::Access::ReadOnly, &error));
    QVERIFY(!QFile::exists(abandoned));
    QVERIFY(QFile::exists(live));
    QFile::remove(live);
    QCOMPARE(folderEntries(folder), QStringList{QStringLiteral("doc.lintel")});
}

void StorageTest::abandonedTemporariesAreRemovedBySave()
{
    const QString folder = freshFolder(tempPath(QStringLiteral("abandoned-save")));
    const QString path = folder + QStringLiteral("/out.yaml");
    const QString other = folder + QStringLiteral("/out.yaml.1");
    const qint64 deadPid = finishedProcessId();
    QVERIFY(deadPid > 0);
    const QString abandoned = temporaryOf(path, deadPid, "0000dead");
    const QString live = temporaryOf(path, ::getpid(), "00000a1e");
    const QString othersAbandoned = temporaryOf(other, deadPid, "0000dead");
    // Not a save's temporary at all, though it starts like one.
    const QString notOurs = folder + QStringLiteral("/.out.yaml.%1.tmp").arg(deadPid);
    for (const QString &name : {abandoned, live, othersAbandoned, notOurs})
        QVERIFY(touch(name));

    QString reason;
    QVERIFY2(saveFileAtomically(path, QByteArray("new\n"), ExistingFile::Replace, &reason), qPrintable(reason));
    QVERIFY(!QFile::exists(abandoned));
    QVERIFY(QFile::exists(live));
    QVERIFY(QFile::exists(othersAbandoned));
    QVERIFY(QFile::exists(notOurs));

    // The other file's own save clears its leftover too.
    QVERIFY2(saveFileAtomically(other, QByteArray("other\n"), ExistingFile::Replace, &reason), qPrintable(reason));
    QVERIFY(!QFile::exists(othersAbandoned));
}

void StorageTest::newDocumentInAMissingFolderIsExplained()
{
    const QString folder = tempPath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/doc.lintel");
    Diagnostic error;
    QCOMPARE(saveRevision(path, Model{}, QStringLiteral("a"), QStringLiteral("m"), &error), 0);
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(QStringLiteral("the folder %1 does not exist").arg(folder)),
             qPrintable(error.message));
    QVERIFY(!QFileInfo::exists(folder));
}
