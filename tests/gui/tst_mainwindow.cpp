// The editor window's files: title marker, close prompt, save and reopen in
// both formats, revisions, broken files, autosave recovery.
#include "tests/gui/tst_mainwindow.h"

#include "app/gui/autosave.h"
#include "app/gui/filesession.h"
#include "app/gui/revisionsdialog.h"
#include "app/gui/viewtabs.h"
#include "model/document/commands.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"
#include "tests/gui/tst_canvas_fixture.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QtTest>

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keep the recent-files list and export folder out of the user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("LintelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_prompts = testing::ScriptedPrompts();
    QDir().mkpath(tempPath(QString()));
    qputenv("LINTEL_AUTOSAVE_DIR", tempPath(QStringLiteral("autosave")).toLocal8Bit());
    m_window = newWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    QVERIFY2(m_prompts.unexpected.isEmpty(), qPrintable(m_prompts.unexpected.join(u'\n')));
}

std::unique_ptr<MainWindow> TestMainWindow::newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setPrompts(&m_prompts);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

QString TestMainWindow::tempPath(const QString &name) const
{
    return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'/' + name);
}

QString TestMainWindow::openFixture(MainWindow *window)
{
    const QString path = tempPath(QStringLiteral("fixture.yaml"));
    // The canvas fixture reuses "orders" for a data class and a service,
    // which a file may not: give the data class its own id.
    Model model = testing::shopModel();
    model.data.front().id = QStringLiteral("order-data");
    for (Element &e : model.elements)
        e.data.replaceInStrings(QStringLiteral("orders"), QStringLiteral("order-data"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeYaml(model)) < 0)
        return {};
    file.close();
    if (!window->openFile(path)) {
        qWarning() << "cannot open the fixture:" << m_prompts.told << m_prompts.toldDetails;
        return {};
    }
    return path;
}

void TestMainWindow::editSystemName(MainWindow *window, const QString &name)
{
    window->document()->execute(new SetSystemFieldCommand(window->document(), QStringLiteral("name"), name));
}

QPoint TestMainWindow::onCanvas(MainWindow *window, QPointF scenePos) const
{
    return window->viewTabs()->currentCanvas()->mapFromScene(scenePos);
}

void TestMainWindow::titleShowsModifiedMarker()
{
    const QString path = openFixture(m_window.get());
    QVERIFY(!path.isEmpty());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("fixture.yaml[*]")));
    QVERIFY(!m_window->isWindowModified());
    editSystemName(m_window.get(), QStringLiteral("Renamed"));
    QVERIFY(m_window->isWindowModified());
    m_window->document()->undoStack()->undo();  // back to the saved state
    QVERIFY(!m_window->isWindowModified());
    editSystemName(m_window.get(), QStringLiteral("Renamed again"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_prompts.asked.isEmpty());  // saving an existing file asks nothing
    QCOMPARE(readYamlFile(path).model->system.name, QStringLiteral("Renamed again"));
}

void TestMainWindow::closePromptsOnlyWithUnsavedChanges()
{
    QVERIFY(m_window->close());  // nothing changed: no question
    QVERIFY(m_prompts.asked.isEmpty());

    m_window = newWindow();
    editSystemName(m_window.get(), QStringLiteral("Unsaved"));
    m_prompts.answers = {QMessageBox::Cancel};
    QVERIFY(!m_window->close());
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("Unsaved changes")});
    QVERIFY(m_window->isVisible());

    // Save: asks where (a new model has no file yet), writes it, then closes.
    const QString path = tempPath(QStringLiteral("closing.yaml"));
    m_prompts.answers = {QMessageBox::Save};
    m_prompts.fileNames = {path};
    QVERIFY(m_window->close());
    QCOMPARE(readYamlFile(path).model->system.name, QStringLiteral("Unsaved"));

    m_window = newWindow();
    editSystemName(m_window.get(), QStringLiteral("Thrown away"));
    m_prompts.answers = {QMessageBox::Discard};
    QVERIFY(m_window->close());
    QVERIFY(m_prompts.answers.isEmpty());
}

void TestMainWindow::saveAndReopen_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("yaml") << QStringLiteral("saved.yaml");
    QTest::newRow("lintel") << QStringLiteral("saved.lintel");
}

void TestMainWindow::saveAndReopen()
{
    QFETCH(QString, fileName);
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    editSystemName(m_window.get(), QStringLiteral("Saved shop"));
    const QString path = tempPath(fileName);
    m_prompts.fileNames = {path};
    QVERIFY(m_window->files()->saveAs());
    QVERIFY(m_window->windowTitle().startsWith(fileName));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->files()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());

    auto reopened = newWindow();
    QVERIFY(reopened->openFile(path));
    QCOMPARE(QString::fromUtf8(writeYaml(reopened->document()->model())),
             QString::fromUtf8(writeYaml(m_window->document()->model())));
    QVERIFY(reopened->document()->model() == m_window->document()->model());
    QVERIFY(reopened->viewTabs()->currentCanvas()->diagramScene()->elementCount() > 0);
}

void TestMainWindow::lintelSaveAddsRevision()
{
    QVERIFY(!openFixture(m_window.get()).isEmpty());
    const Model first = m_window->document()->model();
    const QString path = tempPath(QStringLiteral("history.lintel"));
    m_prompts.fileNames = {path};
    QVERIFY(m_window->files()->saveAs());
    editSystemName(m_window.get(), QStringLiteral("After the workshop"));
    m_prompts.texts = {QStringLiteral("after workshop 2")};
    QVERIFY(m_window->files()->saveRevisionWithMessage());

    Diagnostic error;
    const auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const auto revisions = file->revisions(&error);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), std::size_t(2));
    QCOMPARE(revisions->back().message, QStringLiteral("after workshop 2"));

    // File → Revisions: open the first one, read-only.
    bool listed = false;
    m_prompts.onDialog = [&](QDialog &dialog) {
        auto &revisionsDialog = dynamic_cast<RevisionsDialog &>(dialog);
        listed = revisionsDialog.hasRevisions();
        revisionsDialog.chooseRevision(1);
        return dialog.result();
    };
    m_window->showRevisions();
    QVERIFY(listed);
    QVERIFY(m_window->files()->isReadOnly());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(m_window->document()->model() == first);
    // Saving a revision never overwrites the document: it asks for a new file.
    const QString copy = tempPath(QStringLiteral("copy.yaml"));
    m_prompts.fileNames = {copy};
    QVERIFY(m_window->files()->save());
    QVERIFY(QFile::exists(copy));
    QVERIFY(!m_window->files()->isReadOnly());
}

void TestMainWindow::openingBrokenFileShowsWhere()
{
    const QString path = tempPath(QStringLiteral("broken.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("system:\n  name: Broken\nelements:\n  - id: a\n    kind: spaceship\n");
    file.close();
    const Model before = m_window->document()->model();
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(m_prompts.told.size(), 1);
    QVERIFY(m_prompts.told.first().startsWith(QStringLiteral("Cannot open model")));
    QVERIFY2(m_prompts.toldDetails.first().contains(QStringLiteral("broken.yaml:5:")),
             qPrintable(m_prompts.toldDetails.first()));
    QVERIFY(m_window->document()->model() == before);
}

void TestMainWindow::autosaveIsRecoveredAtNextStart()
{
    const QString path = openFixture(m_window.get());
    editSystemName(m_window.get(), QStringLiteral("Not saved yet"));
    QVERIFY(m_window->autosave()->saveNow());
    const QString autosaveFile = m_window->autosave()->autosaveFile();
    QVERIFY(QFile::exists(autosaveFile));
    const QByteArray expected = writeYaml(m_window->document()->model());
    // The window goes away without closing (a crash): the autosave stays.
    m_window.reset();
    QCOMPARE(Autosave::pendingRecoveries().size(), std::size_t(1));

    m_window = newWindow();
    m_prompts.answers = {QMessageBox::Yes};
    m_window->offerRecovery();
    QCOMPARE(m_prompts.asked, QStringList{QStringLiteral("Recover unsaved changes?")});
    QCOMPARE(writeYaml(m_window->document()->model()), expected);
    QCOMPARE(m_window->document()->fileName(), QFileInfo(path).absoluteFilePath());
    QVERIFY(m_window->isWindowModified());  // still to be saved
    QVERIFY(!QFile::exists(autosaveFile));
    // Only this window's own autosave is left, and it holds the recovered
    // model; it is not offered while this window runs.
    QCOMPARE(readYamlFile(m_window->autosave()->autosaveFile()).model->system.name, QStringLiteral("Not saved yet"));
    QVERIFY(Autosave::pendingRecoveries().empty());
    // Closing cleanly (discarding) removes it.
    const QString own = m_window->autosave()->autosaveFile();
    m_prompts.answers = {QMessageBox::Discard};
    QVERIFY(m_window->close());
    QVERIFY(!QFile::exists(own));
}

void TestMainWindow::autosaveCanBeDiscarded()
{
    editSystemName(m_window.get(), QStringLiteral("Crashed"));
    QVERIFY(m_window->autosave()->saveNow());
    m_window.reset();

    m_window = newWindow();
    m_prompts.answers = {QMessageBox::Ignore};  // not now: asked again next time
    m_window->offerRecovery();
    QCOMPARE(Autosave::pendingRecoveries().size(), std::size_t(1));
    QCOMPARE(m_window->document()->model().system.name, QStringLiteral("New system"));
    m_prompts.answers = {QMessageBox::Discard};
    m_window->offerRecovery();
    QVERIFY(Autosave::pendingRecoveries().empty());
    QCOMPARE(m_prompts.asked.size(), 2);
}

void TestMainWindow::autosaveOfRunningWindowIsNotOffered()
{
    // Another window of a running Lintel has unsaved changes.
    editSystemName(m_window.get(), QStringLiteral("Still being edited"));
    QVERIFY(m_window->autosave()->saveNow());
    auto second = newWindow();
    second->offerRecovery();
    QVERIFY(m_prompts.asked.isEmpty());
    QVERIFY(Autosave::pendingRecoveries().empty());

    // A session whose process is gone left a lock naming a dead process:
    // its autosave is offered.
    const QString orphan = QFileInfo(m_window->autosave()->autosaveFile()).absoluteDir().filePath(
        QStringLiteral("orphan.yaml"));
    QVERIFY(QFile::copy(m_window->autosave()->autosaveFile(), orphan));
    QFile lock(orphan + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147483646\nlintel\n\n");  // no such process id
    lock.close();
    QCOMPARE(Autosave::pendingRecoveries().size(), std::size_t(1));

    // Once the first window is gone without closing (a crash), its autosave
    // is offered too.
    m_window.reset();
    QCOMPARE(Autosave::pendingRecoveries().size(), std::size_t(2));
    m_prompts.answers = {QMessageBox::Ignore, QMessageBox::Ignore};
    second->offerRecovery();
    QCOMPARE(m_prompts.asked.size(), 2);
}

QTEST_MAIN(TestMainWindow)
