// .lintel documents that are healthy: creating, appending, listing and
// loading revisions, and the format-by-extension entry points in model/io.
#include "tests/storage/storagetest.h"

#include "model/io/modelfile.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"
#include "tests/support/fullmodel.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace lintel;

namespace {

// The n-th of several different models, so revisions can be told apart.
Model variant(int n)
{
    Model model = test::fullModel();
    model.system.version = QString::number(n);
    model.elements.resize(std::size_t(n + 1));
    model.elements.back().id = QStringLiteral("added-%1").arg(n);
    return model;
}

}  // namespace

void StorageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString StorageTest::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString StorageTest::makeDocument(const QString &name, int revisions)
{
    const QString path = tempPath(name);
    QFile::remove(path);
    Diagnostic error;
    for (int n = 1; n <= revisions; ++n) {
        if (saveRevision(path, variant(n), QStringLiteral("tester"), QStringLiteral("rev %1").arg(n),
                         &error)
            != n)
            qWarning("%s", qPrintable(error.toString()));
    }
    return path;
}

void StorageTest::createThenLoadLatest()
{
    const QString path = tempPath(QStringLiteral("create.lintel"));
    const Model model = test::fullModel();
    Diagnostic error;
    QVERIFY2(LintelFile::create(path, model, QStringLiteral("ana"), QStringLiteral("first"), &error),
             qPrintable(error.toString()));
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    RevisionInfo info;
    const auto loaded = file->loadLatest(&error, &info);
    QVERIFY2(loaded, qPrintable(error.toString()));
    QVERIFY(*loaded == model);
    QCOMPARE(info.number, 1);
    QCOMPARE(info.author, QStringLiteral("ana"));
    QCOMPARE(info.message, QStringLiteral("first"));
    QVERIFY(info.createdAt.isValid());
    QCOMPARE(info.createdAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(info.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void StorageTest::revisionsLoadBackExactly()
{
    const QString path = makeDocument(QStringLiteral("several.lintel"), 4);
    Diagnostic error;
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const auto revisions = file->revisions(&error);
    QVERIFY2(revisions, qPrintable(error.toString()));
    QCOMPARE(revisions->size(), std::size_t(4));
    for (int n = 1; n <= 4; ++n) {
        const RevisionInfo &listed = (*revisions)[std::size_t(n - 1)];
        QCOMPARE(listed.number, n);
        QCOMPARE(listed.author, QStringLiteral("tester"));
        QCOMPARE(listed.message, QStringLiteral("rev %1").arg(n));
        RevisionInfo info;
        const auto model = file->loadRevision(n, &error, &info);
        QVERIFY2(model, qPrintable(error.toString()));
        QVERIFY(*model == variant(n));
        QCOMPARE(writeYaml(*model), writeYaml(variant(n)));
        QCOMPARE(info.number, n);
    }
    QVERIFY(*file->loadLatest(&error) == variant(4));
}

void StorageTest::createRefusesExistingFile()
{
    const QString path = makeDocument(QStringLiteral("exists.lintel"));
    Diagnostic error;
    QVERIFY(!LintelFile::create(path, Model{}, QStringLiteral("a"), QStringLiteral("m"), &error));
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(QLatin1String("already exists")), qPrintable(error.message));
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY(file && file->revisions(&error)->size() == 1);  // untouched
}

void StorageTest::readOnlyRefusesAppend()
{
    const QString path = makeDocument(QStringLiteral("readonly.lintel"));
    Diagnostic error;
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY(file);
    QCOMPARE(file->appendRevision(Model{}, QStringLiteral("a"), QStringLiteral("m"), &error), 0);
    QVERIFY2(error.message.contains(QLatin1String("read-only")), qPrintable(error.message));
}

void StorageTest::saveRevisionCreatesThenAppends()
{
    const QString path = tempPath(QStringLiteral("save.lintel"));
    Diagnostic error;
    QCOMPARE(saveRevision(path, variant(1), defaultAuthor(), QStringLiteral("one"), &error), 1);
    QCOMPARE(saveRevision(path, variant(2), defaultAuthor(), QStringLiteral("two"), &error), 2);
    auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY(file);
    const auto revisions = file->revisions(&error);
    QCOMPARE(revisions->size(), std::size_t(2));
    const QString user = qEnvironmentVariable("USER");
    QCOMPARE(revisions->back().author, user.isEmpty() ? QStringLiteral("unknown") : user);
    // No temporary or journal files are left next to the document.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("save.lintel*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("save.lintel")});
}

void StorageTest::yamlToLintelToYamlKeepsBytes()
{
    const QString yamlPath = QStringLiteral(LINTEL_SOURCE_DIR "/tests/data/storage/workshop.yaml");
    const YamlLoadResult yaml = readYamlFile(yamlPath);
    QVERIFY2(yaml.ok(), yaml.problems.empty() ? "no model" : qPrintable(yaml.problems.front().toString()));
    const QByteArray canonical = writeYaml(*yaml.model);

    const QString lintelPath = tempPath(QStringLiteral("workshop.lintel"));
    QString error;
    QVERIFY2(saveModelFile(*yaml.model, lintelPath, QStringLiteral("import"), &error), qPrintable(error));
    const ModelLoadResult loaded = loadModelFile(lintelPath);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.revision, 1);
    QVERIFY(*loaded.model == *yaml.model);
    QCOMPARE(writeYaml(*loaded.model), canonical);

    // And through the file API both ways.
    const QString backPath = tempPath(QStringLiteral("workshop-back.yaml"));
    QVERIFY2(saveModelFile(*loaded.model, backPath, QString(), &error), qPrintable(error));
    QFile back(backPath);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), canonical);
}

void StorageTest::modelFileChoosesFormatByExtension()
{
    QCOMPARE(modelFileFormat(QStringLiteral("a/b.yaml")), ModelFileFormat::Yaml);
    QCOMPARE(modelFileFormat(QStringLiteral("b.YML")), ModelFileFormat::Yaml);
    QCOMPARE(modelFileFormat(QStringLiteral("b.Lintel")), ModelFileFormat::Lintel);
    QCOMPARE(modelFileFormat(QStringLiteral("b.json")), ModelFileFormat::Unknown);
    QCOMPARE(modelFileFormat(QStringLiteral("lintel")), ModelFileFormat::Unknown);

    const ModelLoadResult unknown = loadModelFile(tempPath(QStringLiteral("model.txt")));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.problems.size(), std::size_t(1));
    QVERIFY(unknown.problems.front().message.contains(QLatin1String("unsupported file type")));
    QString error;
    QVERIFY(!saveModelFile(Model{}, tempPath(QStringLiteral("model.txt")), QString(), &error));
    QVERIFY(error.contains(QLatin1String("model.txt")));

    const ModelLoadResult missing = loadModelFile(tempPath(QStringLiteral("missing.lintel")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.problems.front().file, tempPath(QStringLiteral("missing.lintel")));
    QVERIFY(missing.problems.front().message.contains(QLatin1String("no such file")));
}
