// lintel-cli merge and git-setup, and the two through real git: on a
// repository where two branches edit the shop example concurrently, plain
// git conflicts; after `lintel-cli git-setup` `git merge` succeeds with
// both sides' edits and `git diff` prints the semantic diff.
#include "clitest.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace clitest;

namespace {

QByteArray replaced(QByteArray yaml, const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(yaml.contains(from));
    return yaml.replace(from, to);
}

// Branch "service": a loyalty service with its flows, placed in the overview.
QByteArray addService(QByteArray yaml)
{
    yaml = replaced(yaml, "    protocol: sql\n    data: [order-data]\napis:\n",
                    "    protocol: sql\n    data: [order-data]\n"
                    "  - id: web-shop-reads-points\n    from: web-shop\n    to: loyalty-service\n"
                    "    protocol: https\n    encrypted: true\n    authentication: oauth2\n"
                    "  - id: loyalty-service-reads-orders\n    from: loyalty-service\n    to: orders-service\n"
                    "    protocol: https\n    encrypted: true\n    authentication: mtls\napis:\n");
    yaml = replaced(yaml, "flows:\n  - id: customer-shops-on-web\n",
                    "  - id: loyalty-service\n    name: Loyalty Service\n    kind: service\n    zone: internal\n"
                    "    team: web-team\n    technology: Kotlin\n"
                    "flows:\n  - id: customer-shops-on-web\n");
    yaml = replaced(yaml, "email-provider, erp]\n    positions:\n",
                    "email-provider, erp, loyalty-service]\n    positions:\n");
    yaml = replaced(yaml, "      email-provider: [240, 420]\n",
                    "      email-provider: [240, 420]\n      loyalty-service: [480, 420]\n");
    return yaml;
}

// Branch "security": tighter security on existing flows, elements moved in
// the overview.
QByteArray tightenSecurity(QByteArray yaml)
{
    yaml = replaced(yaml, "    description: Replaces the daily sales tables.\n    protocol: sql\n    data: [order-data]\n",
                    "    description: Replaces the daily sales tables.\n    protocol: sql\n    encrypted: true\n"
                    "    authentication: mtls\n    data: [order-data]\n");
    yaml = replaced(yaml, "      psp: [0, 420]\n      email-provider: [240, 420]\n",
                    "      psp: [0, 460]\n      email-provider: [260, 460]\n");
    return yaml;
}

class Git {
public:
    explicit Git(const QString &dir) : m_dir(dir) {}
    // Exit status, output in `out`.
    int run(const QStringList &args, QByteArray *out = nullptr) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("git"), args);
        if (!p.waitForFinished(120'000))
            return -1;
        if (out)
            *out = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    bool ok(const QStringList &args) const { return run(args) == 0; }

private:
    QString m_dir;
};

// A repository with the shop on main and two branches off it.
bool makeRepository(const QString &dir)
{
    const Git git(dir);
    const QString file = QDir(dir).filePath(QStringLiteral("shop.lintel.yaml"));
    const QByteArray base = readBytes(shopModel());
    return git.ok({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")})
        && git.ok({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@example.org")})
        && git.ok({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Tester")})
        && writeBytes(file, base) && git.ok({QStringLiteral("add"), QStringLiteral(".")})
        && git.ok({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("base")})
        && git.ok({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("service")})
        && writeBytes(file, addService(base))
        && git.ok({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("loyalty service")})
        && git.ok({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")})
        && git.ok({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("security")})
        && writeBytes(file, tightenSecurity(base))
        && git.ok({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("tighter security")});
}

}  // namespace

class TestCliMerge : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanMergeExitsZeroAndIsCanonical();
    void conflictsExitOneAndAreReported();
    void outputMayBeOurs();
    void gitSetupOutsideARepositoryFails();
    void gitSetupIsIdempotent();
    void gitMergeSucceedsWhereTextMergeConflicts();
    void gitDiffPrintsTheSemanticDiff();

private:
    QTemporaryDir m_dir;
    QString m_base, m_service, m_security;
};

void TestCliMerge::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.yaml"));
    m_service = m_dir.filePath(QStringLiteral("service.yaml"));
    m_security = m_dir.filePath(QStringLiteral("security.yaml"));
    const QByteArray base = readBytes(shopModel());
    QVERIFY(writeBytes(m_base, base) && writeBytes(m_service, addService(base))
            && writeBytes(m_security, tightenSecurity(base)));
}

void TestCliMerge::cleanMergeExitsZeroAndIsCanonical()
{
    const QString out = m_dir.filePath(QStringLiteral("merged.yaml"));
    const CliRun run = runCli({QStringLiteral("merge"), m_base, m_security, m_service, QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QByteArray first = readBytes(out);
    QVERIFY(first.contains("id: loyalty-service-reads-orders"));
    QVERIFY(first.contains("psp: [0, 460]"));
    QVERIFY(first.contains("loyalty-service: [480, 420]"));
    QVERIFY(!first.contains("x-lintel-conflicts"));
    QCOMPARE(runCli({QStringLiteral("merge"), m_base, m_security, m_service, QStringLiteral("-o"), out}).exitCode, 0);
    QCOMPARE(readBytes(out), first);
    // Either order merges to the same model.
    const QString other = m_dir.filePath(QStringLiteral("other.yaml"));
    QCOMPARE(runCli({QStringLiteral("merge"), m_base, m_service, m_security, QStringLiteral("-o"), other}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("diff"), out, other}).exitCode, 0);
}

void TestCliMerge::conflictsExitOneAndAreReported()
{
    const QString theirs = m_dir.filePath(QStringLiteral("theirs.yaml"));
    QVERIFY(writeBytes(theirs, replaced(readBytes(m_security), "psp: [0, 460]", "psp: [40, 40]")));
    const QString ours = m_dir.filePath(QStringLiteral("ours.yaml"));
    QVERIFY(writeBytes(ours, replaced(readBytes(m_service), "psp: [0, 420]", "psp: [80, 80]")));
    const QString out = m_dir.filePath(QStringLiteral("conflicted.yaml"));
    const CliRun run = runCli({QStringLiteral("merge"), m_base, ours, theirs, QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.err.contains("conflict in views overview positions.psp"), run.describe());
    const QByteArray merged = readBytes(out);
    QVERIFY(merged.contains("x-lintel-conflicts:"));
    QVERIFY(merged.contains("psp: [80, 80]"));  // ours kept
    QVERIFY(merged.contains("authentication: mtls\n    data: [order-data]"));  // their other edit
    const CliRun validate = runCli({QStringLiteral("validate"), out, QStringLiteral("--fail-on"), QStringLiteral("never")});
    QCOMPARE(validate.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("conflicted.yaml:\\d+:\\d+: error: Merge conflict on overview .*\\[merge-conflict\\]"))
                 .match(QString::fromUtf8(validate.out)).hasMatch(),
             validate.out.constData());
}

void TestCliMerge::outputMayBeOurs()
{
    const QString ours = m_dir.filePath(QStringLiteral("ours-in-place.yaml"));
    QVERIFY(writeBytes(ours, readBytes(m_service)));
    QCOMPARE(runCli({QStringLiteral("merge"), m_base, ours, m_security, QStringLiteral("-o"), ours}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("diff"), ours, m_dir.filePath(QStringLiteral("merged.yaml"))}).exitCode, 0);
}

void TestCliMerge::gitSetupOutsideARepositoryFails()
{
    QTemporaryDir plain;
    const CliRun run = runCli({QStringLiteral("git-setup")}, plain.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not inside a git work tree"), run.describe());
    QVERIFY(!QFileInfo::exists(QDir(plain.path()).filePath(QStringLiteral(".gitattributes"))));
}

void TestCliMerge::gitSetupIsIdempotent()
{
    QTemporaryDir repo;
    QVERIFY(makeRepository(repo.path()));
    const CliRun first = runCli({QStringLiteral("git-setup"), QStringLiteral("--pattern"), QStringLiteral("arch/*.yaml")}, repo.path());
    QVERIFY2(first.exitCode == 0, first.describe());
    QVERIFY(first.out.contains("set merge.lintel.driver"));
    QVERIFY(first.out.contains("added \"arch/*.yaml merge=lintel diff=lintel\""));
    const QByteArray attributes = readBytes(QDir(repo.path()).filePath(QStringLiteral(".gitattributes")));
    QCOMPARE(attributes, QByteArray("*.lintel.yaml merge=lintel diff=lintel\narch/*.yaml merge=lintel diff=lintel\n"));
    QByteArray driver;
    QCOMPARE(Git(repo.path()).run({QStringLiteral("config"), QStringLiteral("merge.lintel.driver")}, &driver), 0);
    QVERIFY2(driver.trimmed().endsWith(" merge %O %A %B -o %A"), driver.constData());
    const CliRun again = runCli({QStringLiteral("git-setup"), QStringLiteral("--pattern"), QStringLiteral("arch/*.yaml")}, repo.path());
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("nothing to do"), again.out.constData());
    QCOMPARE(readBytes(QDir(repo.path()).filePath(QStringLiteral(".gitattributes"))), attributes);
}

void TestCliMerge::gitMergeSucceedsWhereTextMergeConflicts()
{
    QTemporaryDir repo;
    QVERIFY(makeRepository(repo.path()));
    const Git git(repo.path());
    // Plain git: the two edits meet in the same lines.
    QByteArray output;
    QVERIFY(git.run({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("service"), QStringLiteral("-m"), QStringLiteral("merge")}, &output) != 0);
    QVERIFY2(output.contains("CONFLICT"), output.constData());
    QVERIFY(git.ok({QStringLiteral("merge"), QStringLiteral("--abort")}));

    QCOMPARE(runCli({QStringLiteral("git-setup")}, repo.path()).exitCode, 0);
    QVERIFY(git.ok({QStringLiteral("add"), QStringLiteral(".gitattributes")}));
    QVERIFY(git.ok({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("lintel merges models")}));
    const int status = git.run({QStringLiteral("merge"), QStringLiteral("service"), QStringLiteral("-m"), QStringLiteral("merge")}, &output);
    QVERIFY2(status == 0, output.constData());
    const QString merged = QDir(repo.path()).filePath(QStringLiteral("shop.lintel.yaml"));
    // Nothing lost: the merge holds exactly what the two branches did.
    QCOMPARE(runCli({QStringLiteral("diff"), merged, m_dir.filePath(QStringLiteral("merged.yaml"))}).exitCode, 0);
    const CliRun check = runCli({QStringLiteral("diff"), QStringLiteral("HEAD^1:shop.lintel.yaml"), QStringLiteral("HEAD:shop.lintel.yaml"),
                                 QStringLiteral("--format"), QStringLiteral("json")}, repo.path());
    QCOMPARE(check.exitCode, 1);
    QVERIFY(check.out.contains("\"id\": \"loyalty-service\""));
    QVERIFY(!check.out.contains("\"status\": \"removed\""));
}

void TestCliMerge::gitDiffPrintsTheSemanticDiff()
{
    QTemporaryDir repo;
    QVERIFY(makeRepository(repo.path()));
    const Git git(repo.path());
    QCOMPARE(runCli({QStringLiteral("git-setup")}, repo.path()).exitCode, 0);
    QByteArray output;
    QCOMPARE(git.run({QStringLiteral("diff"), QStringLiteral("main"), QStringLiteral("service")}, &output), 0);
    QVERIFY2(output.contains("lintel diff a/shop.lintel.yaml b/shop.lintel.yaml"), output.constData());
    QVERIFY2(output.contains("+ element loyalty-service (added)"), output.constData());
    QVERIFY(!output.contains("@@"));  // no line diff
    // git log -p uses the textconv: canonical YAML compared line by line.
    QCOMPARE(git.run({QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("-1"), QStringLiteral("security")}, &output), 0);
    QVERIFY2(output.contains("+    authentication: mtls"), output.constData());
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
