// lintel-cli convert, revisions and show: YAML <-> .lintel round trips and
// the revision history of a document.
#include "clitest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliConvert : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QList<QByteArray> revisionLines(const QString &document)
    {
        const CliRun run = runCli({QStringLiteral("revisions"), document});
        return run.exitCode == 0 ? run.out.trimmed().split('\n') : QList<QByteArray>{};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void yamlToLintelToYamlIsByteIdentical()
    {
        const QString document = path("roundtrip.lintel");
        CliRun run = runCli({QStringLiteral("convert"), shopModel(), document});
        QVERIFY2(run.exitCode == 0, run.describe());
        run = runCli({QStringLiteral("convert"), document, path("roundtrip.yaml")});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QByteArray original = readBytes(shopModel());
        QVERIFY(!original.isEmpty());
        QCOMPARE(readBytes(path("roundtrip.yaml")), original);
    }

    void convertIntoExistingDocumentAddsRevisions()
    {
        const QString document = path("history.lintel");
        CliRun run = runCli({QStringLiteral("convert"), shopModel(), document, QStringLiteral("-m"),
                             QStringLiteral("first workshop")});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(revisionLines(document).size(), 1);

        run = runCli({QStringLiteral("convert"), smallModel(), document, QStringLiteral("-m"),
                      QStringLiteral("second workshop"), QStringLiteral("--author"), QStringLiteral("Ada")});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QList<QByteArray> lines = revisionLines(document);
        QCOMPARE(lines.size(), 2);
        // NUMBER \t TIME \t AUTHOR \t MESSAGE, oldest first.
        const QList<QByteArray> first = lines[0].split('\t');
        const QList<QByteArray> second = lines[1].split('\t');
        QCOMPARE(first.size(), 4);
        QCOMPARE(second.size(), 4);
        QCOMPARE(first[0], QByteArray("1"));
        QCOMPARE(first[3], QByteArray("first workshop"));
        QCOMPARE(second[0], QByteArray("2"));
        QCOMPARE(second[2], QByteArray("Ada"));
        QCOMPARE(second[3], QByteArray("second workshop"));

        // Each revision gives back the model saved then.
        run = runCli({QStringLiteral("show"), document, QStringLiteral("--revision"), QStringLiteral("1"),
                      QStringLiteral("-o"), path("rev1.yaml")});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(readBytes(path("rev1.yaml")), readBytes(shopModel()));
        run = runCli({QStringLiteral("show"), document, QStringLiteral("--revision"), QStringLiteral("2"),
                      QStringLiteral("-o"), path("rev2.yaml")});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(readBytes(path("rev2.yaml")), readBytes(smallModel()));
        // Without --revision and -o: the latest, on stdout.
        run = runCli({QStringLiteral("show"), document});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, readBytes(smallModel()));
    }

    void badRevisionAndFilesExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("needsDocument");  // run after making doc.lintel
        QTest::newRow("no such revision") << QStringList{QStringLiteral("show"), QStringLiteral("doc.lintel"),
                                                         QStringLiteral("--revision"), QStringLiteral("7")}
                                          << true;
        QTest::newRow("show into .lintel") << QStringList{QStringLiteral("show"), QStringLiteral("doc.lintel"),
                                                          QStringLiteral("-o"), QStringLiteral("x.lintel")}
                                           << true;
        QTest::newRow("revisions of YAML") << QStringList{QStringLiteral("revisions"), shopModel()} << false;
        QTest::newRow("missing document") << QStringList{QStringLiteral("revisions"), QStringLiteral("none.lintel")}
                                          << false;
        QTest::newRow("unknown extension") << QStringList{QStringLiteral("convert"), shopModel(),
                                                          QStringLiteral("out.txt")}
                                           << false;
        QTest::newRow("convert missing input") << QStringList{QStringLiteral("convert"), QStringLiteral("none.yaml"),
                                                              QStringLiteral("out.lintel")}
                                               << false;
    }
    void badRevisionAndFilesExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, needsDocument);
        QTemporaryDir work;
        if (needsDocument)
            QCOMPARE(runCli({QStringLiteral("convert"), smallModel(), QStringLiteral("doc.lintel")}, work.path())
                         .exitCode,
                     0);
        const CliRun run = runCli(arguments, work.path());
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(work.filePath(QStringLiteral("out.lintel"))));
    }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "tst_cli_convert.moc"
