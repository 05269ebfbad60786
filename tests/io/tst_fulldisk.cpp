// A real full disk: a 64 KiB tmpfs, filled to the last byte, then
// lintel-cli saves over a model, creates a .lintel document and exports
// ADRs onto it. Each must fail with exit 2 and "disk is full", leaving the
// old bytes. Mounting needs root (CI runs the suite as root); elsewhere the
// tests skip and say why. The fault tests (tst_savefaults) cover the same
// paths everywhere.
#include "tests/cli/clitest.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using clitest::readBytes;
using clitest::runCli;

class FullDiskTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savingOverAModelKeepsIt();
    void creatingADocumentLeavesNothing();
    void exportingKeepsTheOldExport();
    void readOnlyDiskIsNamed();

private:
    QString path(const QString &relative) const { return m_mount->filePath(relative); }
    void fill();
    QStringList leftovers() const;

    std::unique_ptr<QTemporaryDir> m_mount;
    bool m_mounted = false;
};

namespace {

// Runs mount/umount; the error text when it fails.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return program + QStringLiteral(" did not finish");
    if (process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return {};
}

// The old model on the disk: under 16 KiB, the size that used to end up as
// an empty file (the bytes never left Qt's buffer before the rename).
QByteArray oldModel()
{
    return readBytes(clitest::smallModel()) + "# the old version\n";
}

}  // namespace

void FullDiskTest::init()
{
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root; tst_savefaults covers the same paths");
    m_mount = std::make_unique<QTemporaryDir>();
    const QString error = run(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=64k"), QStringLiteral("tmpfs"), m_mount->path()});
    if (!error.isEmpty())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1").arg(error)));
    m_mounted = true;
}

void FullDiskTest::cleanup()
{
    if (m_mounted) {
        const QString error = run(QStringLiteral("umount"), {m_mount->path()});
        if (!error.isEmpty())
            qWarning("cannot unmount %s: %s", qPrintable(m_mount->path()), qPrintable(error));
    }
    m_mounted = false;
    m_mount.reset();
}

// Writes until the disk takes no more.
void FullDiskTest::fill()
{
    const int fd = ::open(QFile::encodeName(path(QStringLiteral("filler"))).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    const QByteArray block(1024, 'x');
    while (::write(fd, block.constData(), 1) == 1 || errno == EINTR) {
        // One byte at a time at the end would take long: blocks first.
        while (::write(fd, block.constData(), block.size()) > 0) {}
    }
    QCOMPARE(errno, ENOSPC);
    ::close(fd);
}

QStringList FullDiskTest::leftovers() const
{
    QStringList hidden;
    QDirIterator it(m_mount->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        if (const QString file = it.next(); QFileInfo(file).fileName().startsWith(u'.'))
            hidden << file;
    return hidden;
}

void FullDiskTest::savingOverAModelKeepsIt()
{
    QVERIFY(clitest::writeBytes(path(QStringLiteral("model.yaml")), oldModel()));
    fill();
    const clitest::CliRun r = runCli({QStringLiteral("convert"), clitest::smallModel(), path(QStringLiteral("model.yaml"))});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.err.contains("disk is full"), r.describe());
    QVERIFY2(r.err.contains(path(QStringLiteral("model.yaml")).toUtf8()), r.describe());
    QCOMPARE(readBytes(path(QStringLiteral("model.yaml"))), oldModel());
    QCOMPARE(leftovers(), QStringList());
}

void FullDiskTest::creatingADocumentLeavesNothing()
{
    fill();
    const clitest::CliRun r = runCli({QStringLiteral("convert"), clitest::smallModel(), path(QStringLiteral("new.lintel"))});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.err.contains("disk is full"), r.describe());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("new.lintel"))));
    QCOMPARE(leftovers(), QStringList());
}

void FullDiskTest::exportingKeepsTheOldExport()
{
    QVERIFY(QDir().mkpath(path(QStringLiteral("out/adr"))));
    const QByteArray oldIndex = "# The decisions, as exported last week\n";
    QVERIFY(clitest::writeBytes(path(QStringLiteral("out/adr/README.md")), oldIndex));
    fill();
    const clitest::CliRun r = runCli({QStringLiteral("export"), QStringLiteral("adr"), clitest::shopModel(),
                                      QStringLiteral("-o"), path(QStringLiteral("out"))});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.err.contains("disk is full"), r.describe());
    QCOMPARE(readBytes(path(QStringLiteral("out/adr/README.md"))), oldIndex);
    // No empty or partial decision records: whatever exists is the old index.
    QDirIterator it(path(QStringLiteral("out")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << QDir(m_mount->path()).relativeFilePath(it.next());
    QCOMPARE(files, QStringList{QStringLiteral("out/adr/README.md")});
}

void FullDiskTest::readOnlyDiskIsNamed()
{
    QVERIFY(clitest::writeBytes(path(QStringLiteral("model.yaml")), oldModel()));
    const QString error = run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount->path()});
    if (!error.isEmpty())
        QSKIP(qPrintable(QStringLiteral("cannot remount read-only: %1").arg(error)));
    const clitest::CliRun r = runCli({QStringLiteral("convert"), clitest::smallModel(), path(QStringLiteral("model.yaml"))});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.err.contains("read-only"), r.describe());
    QCOMPARE(readBytes(path(QStringLiteral("model.yaml"))), oldModel());
}

QTEST_GUILESS_MAIN(FullDiskTest)
#include "tst_fulldisk.moc"
