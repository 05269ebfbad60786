// lintel-cli convert killed with SIGKILL at seeded pseudo-random moments:
// while creating a .lintel document, while appending to one (with a second
// program saving at the same time), and while replacing a YAML file. After
// every kill the file must open read-only (as `validate` does), hold all it
// held before, hold every revision whose program exited 0, and no temporary
// file may be left beyond what that open cleans up. Where nothing opens the
// file (a YAML target, a document never created) a killed program's
// temporary may stay until the next save of that file, which must remove it.
//
// The delays are spread over one measured undisturbed run, so the kills
// land in start-up, parsing and the save itself. LINTEL_KILL_SEED replays a
// run; the seed is printed.
#include "tests/storage/cliprocesses.h"

#include "model/io/atomicsave.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <thread>

extern char **environ;

using namespace lintel;
using namespace storagetest;

namespace {

constexpr int kKillsPerKind = 70;    // three kinds: at least 210 kills in all
constexpr int kMaxRoundsPerKind = 200;  // bounds the run if kills keep missing

// A child we spawn and reap ourselves, so a SIGKILL can never reach a
// process that reused its id: until waitpid() the id stays ours.
class Child {
public:
    Child(const QString &in, const QString &out, const QString &message, const QString &errLog)
    {
        const QList<QByteArray> args = {LINTEL_CLI_PATH, "convert", QFile::encodeName(in),
                                        QFile::encodeName(out), "-m", message.toUtf8(),
                                        "--author", "tester"};
        std::vector<char *> argv;
        for (const QByteArray &arg : args)
            argv.push_back(const_cast<char *>(arg.constData()));
        argv.push_back(nullptr);
        const QByteArray log = QFile::encodeName(errLog);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, log.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (posix_spawn(&m_pid, LINTEL_CLI_PATH, &actions, nullptr, argv.data(), environ) != 0)
            m_pid = -1;
        posix_spawn_file_actions_destroy(&actions);
    }
    ~Child() { wait(); }
    pid_t pid() const { return m_pid; }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    void kill() const
    {
        if (m_pid > 0 && !m_reaped)
            ::kill(m_pid, SIGKILL);
    }
    // Exit code, or -1 when killed (or never started).
    int wait()
    {
        if (m_pid > 0 && !m_reaped) {
            int status = 0;
            while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
            }
            m_reaped = true;
            m_exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        return m_exit;
    }

private:
    pid_t m_pid = -1;
    bool m_reaped = false;
    int m_exit = -1;
};

// Remembered: every round compares against it, and parsing is the slow part.
QByteArray canonicalYaml(const QString &input)
{
    static QHash<QString, QByteArray> known;
    if (!known.contains(input)) {
        YamlLoadResult loaded = readYamlFile(input);
        known.insert(input, loaded.model ? writeYaml(*loaded.model) : QByteArray());
    }
    return known.value(input);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// number -> (message, hash of the stored model), read behind LintelFile's
// back so every revision is compared byte for byte, cheaply.
using StoredRevisions = QMap<int, std::pair<QString, QByteArray>>;

std::optional<StoredRevisions> storedRevisions(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *query = nullptr;
    std::optional<StoredRevisions> out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT number, message, model FROM revisions", -1, &query,
                              nullptr)
            == SQLITE_OK) {
        out.emplace();
        while (sqlite3_step(query) == SQLITE_ROW) {
            const QByteArray blob(static_cast<const char *>(sqlite3_column_blob(query, 2)),
                                  sqlite3_column_bytes(query, 2));
            out->insert(sqlite3_column_int(query, 0),
                        {QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, 1))),
                         QCryptographicHash::hash(blob, QCryptographicHash::Sha1)});
        }
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    return out;
}

}  // namespace

class KillTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedFirstSavesLeaveNothingOrAWholeDocument();
    void killedAppendsKeepEveryRevision();
    void killedYamlWritesKeepOldOrNewBytes();
    void cleanupTestCase();

private:
    // Microseconds to wait before the kill in one round, spread over a
    // little more than one undisturbed run of `in` -> `out`.
    std::function<int()> delays(const QString &in, const QString &out, unsigned salt);
    QString input(int round) const { return round % 3 ? m_small : m_shop; }
    QString freshFolder(const QString &name);
    // Opens `path` read-only and checks it against what must and may be in it.
    bool checkDocument(const QString &path, const StoredRevisions &before,
                       const QMap<QString, QString> &mustHave, const QMap<QString, QString> &mayHave,
                       StoredRevisions *after);
    // Files in `folder` beyond `expected`, other than temporaries of `target`
    // made by killed (and reaped) processes in `victims`.
    QStringList strayBeyondKilledTemporaries(const QString &folder, const QStringList &expected,
                                             const QString &target, const QSet<qint64> &victims) const;
    // One undisturbed save of `in` to `target` must leave only `expected`,
    // even with a killed victim's temporary planted beside it.
    void nextSaveRemovesKilledTemporaries(const QString &in, const QString &target,
                                          const QStringList &expected, qint64 deadPid);

    QTemporaryDir m_dir;
    QString m_logs;
    QString m_small = exampleModel(QStringLiteral("small.yaml"));
    QString m_shop = exampleModel(QStringLiteral("shop.yaml"));
    unsigned m_seed = 20261202;
    int m_kills = 0;
    int m_hotJournals = 0;
};

void KillTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    bool ok = false;
    const unsigned fromEnvironment = qEnvironmentVariable("LINTEL_KILL_SEED").toUInt(&ok);
    if (ok)
        m_seed = fromEnvironment;
    qInfo("kill test seed: %u (set LINTEL_KILL_SEED to replay)", m_seed);
    m_logs = freshFolder(QStringLiteral("logs"));
}

void KillTest::cleanupTestCase()
{
    qInfo("%d processes killed; %d left a rollback journal behind", m_kills, m_hotJournals);
}

QString KillTest::freshFolder(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    return folder;
}

std::function<int()> KillTest::delays(const QString &in, const QString &out, unsigned salt)
{
    QElapsedTimer timer;
    timer.start();
    Child(in, out, QStringLiteral("timing"), m_logs + QStringLiteral("/timing.txt")).wait();
    const auto span = std::max<qint64>(timer.nsecsElapsed() / 1000 * 115 / 100, 1000);
    auto engine = std::make_shared<std::mt19937>(m_seed ^ salt);
    return [engine, span] { return int((*engine)() % quint64(span)); };
}

bool KillTest::checkDocument(const QString &path, const StoredRevisions &before,
                             const QMap<QString, QString> &mustHave,
                             const QMap<QString, QString> &mayHave, StoredRevisions *after)
{
    if (QFile::exists(path + "-journal"))
        ++m_hotJournals;
    Diagnostic error;
    const auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    [&] { QVERIFY2(file, qPrintable(error.toString())); }();
    if (!file)
        return false;
    const auto stored = storedRevisions(path);
    [&] { QVERIFY(stored); }();
    if (!stored)
        return false;
    bool ok = true;
    const auto expect = [&](bool condition, const QString &what) {
        if (!condition) {
            qWarning("%s: %s", qPrintable(path), qPrintable(what));
            ok = false;
        }
    };
    int number = 0;
    QStringList added;
    for (auto it = stored->begin(); it != stored->end(); ++it) {
        expect(it.key() == ++number, QStringLiteral("revision numbers are not 1, 2, 3..."));
        if (before.contains(it.key())) {
            expect(before.value(it.key()) == it.value(),
                   QStringLiteral("revision %1 changed").arg(it.key()));
            continue;
        }
        const QString message = it.value().first;
        added << message;
        const QString source = mustHave.value(message, mayHave.value(message));
        expect(!source.isEmpty(), QStringLiteral("unexpected revision \"%1\"").arg(message));
        const auto model = file->loadRevision(it.key(), &error);
        expect(model.has_value(), error.toString());
        if (model && !source.isEmpty())
            expect(writeYaml(*model) == canonicalYaml(source),
                   QStringLiteral("revision \"%1\" holds another model").arg(message));
    }
    expect(stored->size() >= before.size(), QStringLiteral("revisions were lost"));
    for (auto it = mustHave.begin(); it != mustHave.end(); ++it)
        expect(added.contains(it.key()),
               QStringLiteral("revision \"%1\" of a program that exited 0 is missing").arg(it.key()));
    if (after)
        *after = *stored;
    return ok;
}

QStringList KillTest::strayBeyondKilledTemporaries(const QString &folder, const QStringList &expected,
                                                   const QString &target, const QSet<qint64> &victims) const
{
    const QRegularExpression temporary(QStringLiteral("^%1(\\d+)\\.[0-9a-f]{8}\\.tmp$")
                                           .arg(QRegularExpression::escape(temporaryFilePrefix(target))));
    QStringList stray;
    for (const QString &name : strayFiles(folder, expected)) {
        const auto match = temporary.match(name);
        if (!match.hasMatch() || !victims.contains(match.captured(1).toLongLong()))
            stray << name;
    }
    return stray;
}

void KillTest::nextSaveRemovesKilledTemporaries(const QString &in, const QString &target,
                                                const QStringList &expected, qint64 deadPid)
{
    const QString folder = QFileInfo(target).absolutePath();
    QFile planted(QDir(folder).filePath(temporaryFilePrefix(target)
                                        + QStringLiteral("%1.0000dead.tmp").arg(deadPid)));
    QVERIFY(planted.open(QIODevice::WriteOnly) && planted.write("half") == 4);
    planted.close();
    QCOMPARE(Child(in, target, QStringLiteral("after the kills"), m_logs + "/next-save.txt").wait(), 0);
    QVERIFY2(strayFiles(folder, expected).isEmpty(), qPrintable(strayFiles(folder, expected).join(u' ')));
}

void KillTest::killedFirstSavesLeaveNothingOrAWholeDocument()
{
    const QString folder = freshFolder(QStringLiteral("create"));
    const QString path = folder + QStringLiteral("/doc.lintel");
    auto nextDelay = delays(m_small, m_dir.filePath(QStringLiteral("timing-create.lintel")), 1);
    int kills = 0;
    QSet<qint64> victims;
    for (int round = 0; round < kMaxRoundsPerKind && kills < kKillsPerKind; ++round) {
        QFile::remove(path);
        const QString victimMessage = QStringLiteral("victim %1").arg(round);
        const QString survivorMessage = QStringLiteral("survivor %1").arg(round);
        Child victim(input(round), path, victimMessage, m_logs + "/create-victim.txt");
        victims.insert(victim.pid());
        // Every other round a second program creates the same document.
        std::optional<Child> survivor;
        if (round % 2)
            survivor.emplace(input(round + 1), path, survivorMessage, m_logs + "/create-survivor.txt");
        std::this_thread::sleep_for(std::chrono::microseconds(nextDelay()));
        victim.kill();
        const int victimExit = victim.wait();
        kills += victimExit == -1;
        QMap<QString, QString> must, may;
        (victimExit == 0 ? must : may).insert(victimMessage, input(round));
        if (survivor) {
            const int survivorExit = survivor->wait();
            QVERIFY2(survivorExit == 0, readAll(m_logs + "/create-survivor.txt").constData());
            must.insert(survivorMessage, input(round + 1));
        }
        QVERIFY2(victimExit <= 0, readAll(m_logs + "/create-victim.txt").constData());
        if (QFile::exists(path) || !must.isEmpty())
            QVERIFY2(checkDocument(path, {}, must, may, nullptr), qPrintable(QString::number(round)));
        // The open above removed every leftover; without one, the next
        // round's save must (checked after the loop).
        const bool opened = QFile::exists(path) || !must.isEmpty();
        const QStringList expected = QFile::exists(path) ? QStringList{QStringLiteral("doc.lintel")}
                                                         : QStringList{};
        const QStringList stray = opened ? strayFiles(folder, expected)
                                         : strayBeyondKilledTemporaries(folder, expected, path, victims);
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u' ')));
    }
    QFile::remove(path);
    nextSaveRemovesKilledTemporaries(m_small, path, {QStringLiteral("doc.lintel")}, *victims.begin());
    m_kills += kills;
    QVERIFY2(kills >= kKillsPerKind, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
}

void KillTest::killedAppendsKeepEveryRevision()
{
    const QString folder = freshFolder(QStringLiteral("append"));
    const QString path = folder + QStringLiteral("/doc.lintel");
    Child(m_shop, path, QStringLiteral("first"), m_logs + "/append-first.txt").wait();
    StoredRevisions before;
    QVERIFY(checkDocument(path, {}, {{QStringLiteral("first"), m_shop}}, {}, &before));
    auto nextDelay = delays(m_small, path, 2);
    before = *storedRevisions(path);
    int kills = 0;
    for (int round = 0; round < kMaxRoundsPerKind && kills < kKillsPerKind; ++round) {
        const QString victimMessage = QStringLiteral("victim %1").arg(round);
        const QString survivorMessage = QStringLiteral("survivor %1").arg(round);
        Child victim(input(round), path, victimMessage, m_logs + "/append-victim.txt");
        std::optional<Child> survivor;
        if (round % 2)
            survivor.emplace(input(round + 1), path, survivorMessage, m_logs + "/append-survivor.txt");
        std::this_thread::sleep_for(std::chrono::microseconds(nextDelay()));
        victim.kill();
        const int victimExit = victim.wait();
        kills += victimExit == -1;
        QMap<QString, QString> must, may;
        (victimExit == 0 ? must : may).insert(victimMessage, input(round));
        if (survivor) {
            QVERIFY2(survivor->wait() == 0, readAll(m_logs + "/append-survivor.txt").constData());
            must.insert(survivorMessage, input(round + 1));
        }
        QVERIFY2(victimExit <= 0, readAll(m_logs + "/append-victim.txt").constData());
        QVERIFY2(checkDocument(path, before, must, may, &before), qPrintable(QString::number(round)));
        QVERIFY2(strayFiles(folder, {QStringLiteral("doc.lintel")}).isEmpty(),
                 qPrintable(strayFiles(folder, {QStringLiteral("doc.lintel")}).join(u' ')));
    }
    m_kills += kills;
    QVERIFY2(kills >= kKillsPerKind, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
}

void KillTest::killedYamlWritesKeepOldOrNewBytes()
{
    const QString folder = freshFolder(QStringLiteral("yaml"));
    const QString path = folder + QStringLiteral("/out.yaml");
    auto nextDelay = delays(m_shop, path, 3);
    QByteArray old = readAll(path);
    QCOMPARE(old, canonicalYaml(m_shop));
    int kills = 0;
    QSet<qint64> victims;
    for (int round = 0; round < kMaxRoundsPerKind && kills < kKillsPerKind; ++round) {
        const QByteArray wanted = canonicalYaml(input(round));
        Child victim(input(round), path, QString(), m_logs + "/yaml-victim.txt");
        victims.insert(victim.pid());
        std::this_thread::sleep_for(std::chrono::microseconds(nextDelay()));
        victim.kill();
        const int victimExit = victim.wait();
        kills += victimExit == -1;
        QVERIFY2(victimExit <= 0, readAll(m_logs + "/yaml-victim.txt").constData());
        const QByteArray now = readAll(path);
        QVERIFY2(now == wanted || (victimExit != 0 && now == old),
                 qPrintable(QStringLiteral("round %1: %2 holds %3 bytes, neither the old nor the new YAML")
                                .arg(round)
                                .arg(path)
                                .arg(now.size())));
        const QStringList stray = strayBeyondKilledTemporaries(folder, {QStringLiteral("out.yaml")}, path, victims);
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u' ')));
        old = now;
    }
    nextSaveRemovesKilledTemporaries(m_small, path, {QStringLiteral("out.yaml")}, *victims.begin());
    m_kills += kills;
    QVERIFY2(kills >= kKillsPerKind, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
}

QTEST_GUILESS_MAIN(KillTest)
#include "tst_kills.moc"
