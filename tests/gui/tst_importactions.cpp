// File → Import and Check Contract Against OpenAPI… in the editor: a real
// public OpenAPI document merged into the open model as one undo step, and
// the drift of the imported contract against a newer version of it.
#include "app/gui/importactions.h"
#include "app/gui/mainwindow.h"
#include "importers/drift/contractdrift.h"
#include "tests/gui/tst_mainwindow_prompts.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace lintel;

namespace {

QString importData(const char *name)
{
    return QStringLiteral(LINTEL_SOURCE_DIR "/tests/data/import/openapi/") + QString::fromLatin1(name);
}

}  // namespace

class TestImportActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importIsOneUndoStepAndDriftIsFound();
    void brokenDocumentChangesNothing();

private:
    QTemporaryDir m_dir;
    testing::ScriptedPrompts m_prompts;
};

void TestImportActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("LintelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importactions"));
    QSettings().clear();
    qputenv("LINTEL_AUTOSAVE_DIR", m_dir.filePath(QStringLiteral("autosave")).toLocal8Bit());
}

void TestImportActions::importIsOneUndoStepAndDriftIsFound()
{
    MainWindow window;
    window.setPrompts(&m_prompts);
    QVERIFY(window.openFile(QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/shop.yaml")));
    Document *document = window.document();
    const Model before = document->model();
    m_prompts.told.clear();

    QVERIFY(window.imports()->importFile(QStringLiteral("openapi"), importData("petstore-3.0.yaml")));
    QCOMPARE(document->undoStack()->count(), 1);
    const Api *imported = nullptr;
    for (const Api &api : document->model().apis)
        if (findIn(api.extras, QStringLiteral("x-source")))
            imported = &api;
    QVERIFY(imported);
    QVERIFY(!imported->operations.empty());
    const QString apiId = imported->id;
    QCOMPARE(m_prompts.told.size(), 1);
    QVERIFY2(m_prompts.told.front().contains(QStringLiteral("added")), qPrintable(m_prompts.told.front()));

    // The same document again: nothing new, nothing done.
    QVERIFY(!window.imports()->importFile(QStringLiteral("openapi"), importData("petstore-3.0.yaml")));
    QCOMPARE(document->undoStack()->count(), 1);

    // Drift: none against the document it came from, some against a newer one.
    const auto same = window.imports()->checkDrift(apiId, importData("petstore-3.0.yaml"));
    QVERIFY(same);
    QVERIFY(same->empty());
    const auto newer = window.imports()->checkDrift(apiId, importData("petstore-3.0-newer.yaml"));
    QVERIFY(newer);
    QVERIFY(!newer->empty());

    document->undoStack()->undo();
    QVERIFY(document->model() == before);
}

void TestImportActions::brokenDocumentChangesNothing()
{
    MainWindow window;
    window.setPrompts(&m_prompts);
    QVERIFY(window.openFile(QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/shop.yaml")));
    const Model before = window.document()->model();
    m_prompts.told.clear();
    QVERIFY(!window.imports()->importFile(QStringLiteral("openapi"), importData("petstore-3.0-broken-ref.yaml")));
    QVERIFY(window.document()->model() == before);
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QCOMPARE(m_prompts.told.size(), 1);
    QVERIFY(m_prompts.toldDetails.back().contains(QStringLiteral("petstore-3.0-broken-ref.yaml:")));
}

QTEST_MAIN(TestImportActions)
#include "tst_importactions.moc"
