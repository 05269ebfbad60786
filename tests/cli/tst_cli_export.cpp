// lintel-cli export: every exporter through the registry, options passed on,
// and the files written matching what the model implies.
#include "clitest.h"
#include "model/io/modelfile.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

// Every file under `folder`, as paths relative to it.
QSet<QString> filesUnder(const QString &folder)
{
    QSet<QString> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    return files;
}

// The paths lintel-cli printed, relative to `folder`.
QSet<QString> printedFiles(const QByteArray &out, const QString &folder)
{
    QSet<QString> files;
    for (const QByteArray &line : out.trimmed().split('\n'))
        if (!line.isEmpty())
            files << QDir(folder).relativeFilePath(QString::fromUtf8(line));
    return files;
}

}  // namespace

class TestCliExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<lintel::Model> m_shop;

    QString folder(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    CliRun exportShop(const QStringList &kindAndOptions, const QString &output)
    {
        QStringList arguments{QStringLiteral("export")};
        arguments << kindAndOptions.front() << shopModel() << QStringLiteral("-o") << output
                  << QStringLiteral("--as-of") << QString::fromLatin1(kShopAsOf) << kindAndOptions.mid(1);
        return runCli(arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shop = lintel::loadModelFile(shopModel()).model;
        QVERIFY(m_shop);
        QVERIFY(!m_shop->decisions.empty() && !m_shop->views.empty());
    }

    void exportAllWritesWhatTheModelImplies()
    {
        const QString out = folder("all");
        const CliRun run = exportShop({QStringLiteral("all")}, out);
        QVERIFY2(run.exitCode == 0, run.describe());  // the shop's findings do not stop it

        QSet<QString> expected{QStringLiteral("adr/README.md"), QStringLiteral("handover/handover.md"),
                               QStringLiteral("handover/handover.html"), QStringLiteral("handover/handover.pdf"),
                               QStringLiteral("otm/northwind-shop.otm.json"),
                               QStringLiteral("structurizr/workspace.dsl")};
        for (const lintel::Api &api : m_shop->apis)
            if (api.style == lintel::ApiStyle::Rest)
                expected << QStringLiteral("openapi/%1.openapi.yaml").arg(api.id);
        for (const lintel::View &view : m_shop->views) {
            for (const char *extension : {"svg", "png", "mmd", "puml"})  // diagram's default: svg and png
                expected << QStringLiteral("diagrams/%1.%2").arg(view.id, QLatin1String(extension));
            expected << QStringLiteral("handover/diagrams/%1.svg").arg(view.id);
        }

        // ADRs are named NNNN-title-slug.md, numbered in model order.
        const QSet<QString> written = filesUnder(out);
        const QRegularExpression adrName(QStringLiteral("^adr/(\\d{4})-[a-z0-9-]+\\.md$"));
        QSet<int> adrNumbers;
        for (const QString &file : written) {
            const auto match = adrName.match(file);
            if (!match.hasMatch())
                continue;
            expected << file;
            adrNumbers << match.captured(1).toInt();
            const QByteArray text = readBytes(QDir(out).filePath(file));
            const lintel::Decision &decision = m_shop->decisions.at(std::size_t(match.captured(1).toInt() - 1));
            QVERIFY2(text.contains(decision.title.toUtf8()), qPrintable(file));
        }
        QCOMPARE(adrNumbers.size(), qsizetype(m_shop->decisions.size()));
        QCOMPARE(written, expected);
        QCOMPARE(printedFiles(run.out, out), written);

        for (const QString &file : written)
            QVERIFY2(QFileInfo(QDir(out).filePath(file)).size() > 0, qPrintable(file));
        QVERIFY(readBytes(QDir(out).filePath(QStringLiteral("diagrams/%1.png").arg(m_shop->views[0].id)))
                    .startsWith("\x89PNG"));
        QVERIFY(readBytes(QDir(out).filePath(QStringLiteral("handover/handover.pdf"))).startsWith("%PDF"));
    }

    void namedAndGenericOptionsReachTheExporter_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("repeated and comma list")
            << QStringList{QStringLiteral("diagram"), QStringLiteral("--view"), QStringLiteral("payments"),
                           QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("--format"),
                           QStringLiteral("pdf,svg")}
            << QStringList{QStringLiteral("diagrams/payments.dot"), QStringLiteral("diagrams/payments.pdf"),
                           QStringLiteral("diagrams/payments.svg")};
        QTest::newRow("generic option")
            << QStringList{QStringLiteral("diagram"), QStringLiteral("--option"), QStringLiteral("view=inventory"),
                           QStringLiteral("--option"), QStringLiteral("format=dot"), QStringLiteral("--option"),
                           QStringLiteral("findings")}
            << QStringList{QStringLiteral("diagrams/inventory.dot")};
        QTest::newRow("mermaid view")
            << QStringList{QStringLiteral("mermaid"), QStringLiteral("--view"), QStringLiteral("overview")}
            << QStringList{QStringLiteral("diagrams/overview.mmd")};
    }
    void namedAndGenericOptionsReachTheExporter()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, files);
        QTemporaryDir out;
        const CliRun run = exportShop(command, out.path());
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(filesUnder(out.path()), QSet<QString>(files.begin(), files.end()));
        QCOMPARE(printedFiles(run.out, out.path()), QSet<QString>(files.begin(), files.end()));
    }

    void exporterErrorExitsOne()
    {
        QTemporaryDir out;
        const CliRun run = exportShop({QStringLiteral("diagram"), QStringLiteral("--format"), QStringLiteral("gif")},
                                      out.path());
        QVERIFY2(run.exitCode == 1, run.describe());
        QVERIFY2(run.err.contains("diagram: error:") && run.err.contains("gif"), run.err.constData());
        QVERIFY(filesUnder(out.path()).isEmpty());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("unknown exporter") << QStringList{QStringLiteral("pdf")};
        QTest::newRow("unknown long option") << QStringList{QStringLiteral("adr"), QStringLiteral("--format"),
                                                            QStringLiteral("svg")};
        QTest::newRow("unknown generic option") << QStringList{QStringLiteral("diagram"), QStringLiteral("--option"),
                                                               QStringLiteral("colour=red")};
        QTest::newRow("generic option for an exporter not run")
            << QStringList{QStringLiteral("mermaid"), QStringLiteral("--option"), QStringLiteral("diagram.layout=dot")};
        QTest::newRow("single-value option twice")
            << QStringList{QStringLiteral("mermaid"), QStringLiteral("--view"), QStringLiteral("overview"),
                           QStringLiteral("--view"), QStringLiteral("payments")};
        QTest::newRow("value missing") << QStringList{QStringLiteral("diagram"), QStringLiteral("--option"),
                                                      QStringLiteral("layout")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, command);
        QTemporaryDir out;
        const CliRun run = exportShop(command, out.path());
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY(!run.err.isEmpty());
        QVERIFY(filesUnder(out.path()).isEmpty());
    }

    void missingOutputFolderIsAUsageError()
    {
        const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("adr"), shopModel()});
        QVERIFY2(run.exitCode == 2, run.describe());
    }

    void unloadableModelExitsTwo()
    {
        const QString model = m_dir.filePath(QStringLiteral("broken.yaml"));
        QVERIFY(clitest::writeBytes(model, "lintel: 1\nelements: [\n  - id: a\n"));
        const QString out = folder("broken-out");
        const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("all"), model, QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.startsWith((model + QStringLiteral(":3:3: ")).toUtf8())
                     || run.err.contains("\n" + (model + QStringLiteral(":3:3: ")).toUtf8()),
                 run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
