// Autosave writes through the same save path as everything else: with any
// write, sync, close or rename failing, saveNow() reports it in words, the
// previous autosave (model copy and note) is left whole, and no temporary
// file stays behind. No window is made: Autosave only needs a Document.
#include "app/gui/autosave.h"
#include "model/yaml/yamlio.h"
#include "tests/io/faultyoperations.h"
#include "tests/io/savescenarios.h"
#include "tests/support/fullmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace savetest;
using lintel::Autosave;
using lintel::Document;

class AutosaveFaultsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void failedAutosaveKeepsThePreviousOne_data();
    void failedAutosaveKeepsThePreviousOne();

private:
    QTemporaryDir m_folder;
};

namespace {

bool isNote(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object().contains(QStringLiteral("original"));
}

}  // namespace

void AutosaveFaultsTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    qputenv("LINTEL_AUTOSAVE_DIR", QFile::encodeName(m_folder.path()));
}

void AutosaveFaultsTest::failedAutosaveKeepsThePreviousOne_data()
{
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("nth");
    Document document;
    Autosave autosave(&document, 3600'000);
    QVERIFY(autosave.saveNow());
    FaultyOperations counting;
    {
        lintel::ScopedFileOperations installed(counting);
        QVERIFY(autosave.saveNow());
    }
    autosave.discard();
    for (Call call : kEveryCall)
        for (int n = 1; n <= counting.count(call); ++n)
            QTest::addRow("%s #%d", qPrintable(callName(call)), n) << int(call) << n;
}

void AutosaveFaultsTest::failedAutosaveKeepsThePreviousOne()
{
    QFETCH(int, call);
    QFETCH(int, nth);
    Document document;  // an empty model first: the previous autosave
    Autosave autosave(&document, 3600'000);
    QVERIFY2(autosave.saveNow(), qPrintable(autosave.lastError()));
    const QDir dir(m_folder.path());
    const QMap<QString, QByteArray> before = snapshot(dir);
    const QString copy = dir.relativeFilePath(autosave.autosaveFile());
    QVERIFY(before.contains(copy));

    document.resetModel(lintel::test::fullModel());  // stays "clean": the autosave is kept
    const int error = typicalError(Call(call));
    FaultyOperations faulty;
    faulty.failAt(Call(call), nth, error);
    bool saved = false;
    {
        lintel::ScopedFileOperations installed(faulty);
        saved = autosave.saveNow();
    }
    const QMap<QString, QByteArray> after = snapshot(dir);
    autosave.discard();

    QVERIFY2(!saved, "the autosave claimed success although a file operation failed");
    QVERIFY2(autosave.lastError().contains(autosave.autosaveFile().section(u'/', 0, -2)),
             qPrintable(autosave.lastError()));
    QVERIFY2(autosave.lastError().contains(wordsFor(error)), qPrintable(autosave.lastError()));
    QCOMPARE(after.keys(), before.keys());  // no temporary file, nothing lost
    const QByteArray newCopy = lintel::writeYaml(document.model());
    QVERIFY(after.value(copy) == before.value(copy) || after.value(copy) == newCopy);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (it.key().endsWith(QLatin1String(".json")))
            QVERIFY2(isNote(it.value()), it.value().constData());
    if (Call(call) != Call::SyncFolder && !autosave.lastError().contains(QLatin1String(".json")))
        QCOMPARE(after.value(copy), before.value(copy));
}

QTEST_GUILESS_MAIN(AutosaveFaultsTest)
#include "tst_autosavefaults.moc"
