#include "app/gui/mainwindow.h"
#include "views/validation/rulepackwatcher.h"
#include "app/gui/windowplacement.h"

#include "app/gui/autolayout.h"
#include "app/gui/autosave.h"
#include "app/gui/contextmenus.h"
#include "app/gui/deletionnotice.h"
#include "app/gui/exportdialog.h"
#include "app/gui/filesession.h"
#include "app/gui/findbar.h"
#include "app/gui/presentationmode.h"
#include "app/gui/prompts.h"
#include "app/gui/revisionsdialog.h"
#include "app/gui/undorouting.h"
#include "app/gui/viewtabs.h"
#include "model/io/modelfile.h"
#include "model/yaml/yamlio.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/palette.h"
#include "views/panels/apicontractspanel.h"
#include "views/panels/decisionspanel.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/objecteditor.h"
#include "views/panels/outlinepanel.h"
#include "views/panels/problemspanel.h"
#include "views/panels/questionspanel.h"
#include "views/panels/wheelguard.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace lintel {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_prompts(Prompts::interactive())
{
    // The wheel scrolls and never edits a field it passes over (everywhere
    // in the application: docks, dialogs; see wheelguard.h).
    WheelGuard::install();
    m_document = new Document(this);
    m_selection = new SelectionModel(this);
    m_validator = new LiveValidator(m_document, this);
    // The model's rule packs run live with the built-in rules.
    m_packs = new RulePackWatcher(m_document, this);
    connect(m_packs, &RulePackWatcher::packsChanged, m_validator,
            [this] { m_validator->setPackRules(m_packs->rules(), m_packs->problems()); });
    m_files = new FileSession(m_document, this);
    m_autosave = new Autosave(m_document, 30000, this);
    m_autoLayout = new AutoLayout(m_document, this);
    m_tabs = new ViewTabs(m_document, m_selection, this);
    setCentralWidget(m_tabs);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    // The inspector runs the full height (long forms); the problems panel
    // sits under the canvas and the palette/outline column.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Sized before the docks are placed, so resizeDocks() shares out the
    // real window rather than a default one.
    resize(1440, 900);

    createDocks();
    m_problems->setExtraRules([this](const QString &id) { return m_packs->ruleInfo(id); });
    m_presentation = new PresentationMode(this, m_document, m_tabs, m_selection, m_validator);
    createMenus();
    createKeyboardTools();
    connectPanels();
    connectCanvasMenus();
    new UndoRouter(m_document, this);

    m_statusFindings = new QLabel(this);
    m_statusZoom = new QLabel(this);
    statusBar()->addWidget(new DeletionNotice(m_document, this));
    statusBar()->addPermanentWidget(m_statusFindings);
    statusBar()->addPermanentWidget(m_statusZoom);

    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::readOnlyChanged, this, [this] {
        updateTitle();
        updateEditing();
    });
    connect(m_document, &Document::editRefused, this, &MainWindow::explainReadOnly);
    connect(m_validator, &LiveValidator::findingsChanged, this, [this](const Findings &findings) {
        m_tabs->setFindings(findings);
        updateStatus();
    });
    connect(m_autoLayout, &AutoLayout::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message.isEmpty() ? tr("Auto-layout applied (Ctrl+Z undoes it).") : message, 8000);
        else
            m_prompts->tell(this, QMessageBox::Information, tr("Auto-layout"), message);
    });
    m_files->newModel();
    updateTitle();
    updateEditing();
}

MainWindow::~MainWindow()
{
    // Tearing down the undo stack announces a "clean" document; nobody may
    // act on that (the autosave would delete itself although nothing was saved).
    m_document->blockSignals(true);
}

void MainWindow::setPrompts(Prompts *prompts)
{
    m_prompts = prompts;
    m_files->setPrompts(prompts);
    m_tabs->setPrompts(prompts);
}

void MainWindow::connectPanels()
{
    connect(m_outline, &OutlinePanel::activated, this, &MainWindow::showObject);
    connect(m_problems, &ProblemsPanel::findingActivated, this, &MainWindow::showObject);
    connect(m_decisions, &DecisionsPanel::activated, this, &MainWindow::showObject);
    connect(m_questions, &QuestionsPanel::activated, this, &MainWindow::showObject);
    connect(m_apis, &ApiContractsPanel::activated, this, &MainWindow::showObject);
    // Structured fields (operations, options) open their dedicated editor.
    connect(m_inspector, &InspectorPanel::openRequested, this, [this](const ObjectRef &ref, const QString &path) {
        QWidget *panel = nullptr;
        if (ref.collection == Collection::Apis) {
            m_apis->showApi(ref.id, path);
            panel = m_apis;
        } else if (ref.collection == Collection::Decisions) {
            m_decisions->showDecision(ref.id);
            panel = m_decisions;
        }
        if (auto *d = panel ? qobject_cast<QDockWidget *>(panel->parentWidget()) : nullptr) {
            d->show();
            d->raise();
        }
    });
    // Objects that disappear or get a new id leave the selection in step.
    connect(m_document, &Document::objectRemoved, m_selection, &SelectionModel::remove);
    connect(m_document, &Document::objectRenamed, m_selection, &SelectionModel::rename);
    connect(m_document, &Document::modelReset, m_selection, &SelectionModel::clear);
    connect(m_document, &Document::modelReset, this, [this] {
        if (auto *canvas = m_tabs->currentCanvas())
            canvas->zoomToReadable();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *canvas = m_tabs->currentCanvas()) {
            connect(canvas, &canvas::CanvasView::zoomChanged, this, &MainWindow::updateStatus, Qt::UniqueConnection);
        }
        updateStatus();
    });
}

void MainWindow::connectCanvasMenus()
{
    m_contextMenus = new ContextMenus(m_document, m_selection, m_problems, this);
    m_contextMenus->setFindings(m_validator->findings());
    connect(m_validator, &LiveValidator::findingsChanged, m_contextMenus, &ContextMenus::setFindings);
    auto *connectMode = findChild<QAction *>(QStringLiteral("actionConnectMode"));
    const auto wire = [this, connectMode] {
        canvas::CanvasView *canvas = m_tabs->currentCanvas();
        if (!canvas)
            return;
        // Once per canvas (a lambda cannot be a unique connection).
        if (!canvas->property("contextMenusWired").toBool()) {
            canvas->setProperty("contextMenusWired", true);
            connect(canvas, &canvas::CanvasView::contextMenuRequested, this,
                    [this, canvas](const ObjectRef &ref, QPointF scenePos, QPoint globalPos) {
                        m_contextMenus->show(canvas, ref, scenePos, globalPos);
                    });
        }
        if (connectMode) {
            connect(canvas, &canvas::CanvasView::connectModeChanged, connectMode, &QAction::setChecked,
                    Qt::UniqueConnection);
            connectMode->setChecked(canvas->isConnectMode());
        }
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, wire);
    wire();
}

void MainWindow::showObject(const ObjectRef &ref)
{
    m_tabs->showObject(ref);
}

bool MainWindow::openFile(const QString &path)
{
    if (!m_files->open(path))
        return false;
    if (auto *canvas = m_tabs->currentCanvas())
        canvas->zoomToReadable();
    return true;
}

void MainWindow::offerRecovery()
{
    for (const Autosave::Recovery &r : Autosave::pendingRecoveries()) {
        if (r.autosaveFile == m_autosave->autosaveFile())
            continue;
        const QString what = r.originalFile.isEmpty() ? tr("an unsaved model") : QFileInfo(r.originalFile).fileName();
        const auto answer = m_prompts->ask(
            this, tr("Recover unsaved changes?"),
            tr("Lintel was not closed properly. There are unsaved changes to %1 from %2.\n\n"
               "Recover them? (Discard deletes them for good; Ignore keeps them for next time.)")
                .arg(what, r.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Discard)
            Autosave::discardRecovery(r);
        if (answer != QMessageBox::Yes)
            continue;
        if (recover(r))
            break;  // one document per window
    }
}

bool MainWindow::recover(const Autosave::Recovery &recovery)
{
    YamlLoadResult loaded = readYamlFile(recovery.autosaveFile);
    if (!loaded.ok()) {
        QStringList lines;
        for (const Diagnostic &d : loaded.problems)
            lines << d.toString();
        m_prompts->tell(this, QMessageBox::Warning, tr("Cannot recover"),
                        tr("The autosave %1 could not be read; it is kept.").arg(recovery.autosaveFile),
                        lines.join(u'\n'));
        return false;
    }
    m_document->resetModel(std::move(*loaded.model));
    m_document->setFileName(recovery.originalFile);
    m_document->setReadOnly(false);
    m_document->markUnsaved();
    // This window's own autosave now holds the recovered model.
    Autosave::discardRecovery(recovery);
    m_autosave->saveNow();
    return true;
}

void MainWindow::updateTitle()
{
    QString name = m_document->fileName().isEmpty() ? tr("Untitled") : QFileInfo(m_document->fileName()).fileName();
    if (m_files->isReadOnly())
        name += tr(" (read-only)");
    setWindowTitle(name + QStringLiteral("[*] — Lintel"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateEditing()
{
    const bool editable = !m_document->isReadOnly();
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(editable);
    m_palette->setEnabled(editable);
    // Undo and redo also follow the stack (the actions update themselves on
    // its changes; this only catches up after a switch).
    m_undoAction->setEnabled(editable && m_document->undoStack()->canUndo());
    m_redoAction->setEnabled(editable && m_document->undoStack()->canRedo());
}

void MainWindow::explainReadOnly()
{
    statusBar()->showMessage(tr("This revision is read-only: use Save As to keep a copy you can edit."), 10000);
}

void MainWindow::updateStatus()
{
    m_statusFindings->setText(m_problems->countsText());
    if (auto *canvas = m_tabs->currentCanvas())
        m_statusZoom->setText(tr("Zoom %1 %").arg(qRound(canvas->zoom() * 100)));
}

void MainWindow::exportWith(const QStringList &exporterIds)
{
    ExportDialog dialog(m_document->model(), m_files->isReadOnly() ? QString() : m_document->fileName(), this);
    if (!exporterIds.isEmpty())
        dialog.preset(exporterIds, QString());
    m_prompts->run(dialog);
}

void MainWindow::showRevisions()
{
    const QString file = m_document->fileName();
    if (file.isEmpty() || modelFileFormat(file) != ModelFileFormat::Lintel) {
        m_prompts->tell(this, QMessageBox::Information, tr("Revisions"),
                        tr("Revisions are kept in .lintel documents. Save the model as .lintel to start keeping them."));
        return;
    }
    RevisionsDialog dialog(file, m_prompts, this);
    if (m_prompts->run(dialog) != QDialog::Accepted || !dialog.chosenModel() || !m_files->maybeSave())
        return;
    m_files->showReadOnly(*dialog.chosenModel(),
                          tr("%1, revision %2").arg(QFileInfo(file).fileName()).arg(dialog.chosenRevision()));
    updateTitle();
}

void MainWindow::runAutoLayout()
{
    if (m_autoLayout->isRunning()) {
        m_autoLayout->cancel();
        return;
    }
    if (m_document->isReadOnly()) {
        explainReadOnly();
        return;
    }
    statusBar()->showMessage(tr("Laying out… (run Auto-layout again to cancel)"));
    m_autoLayout->start(m_tabs->currentViewId());
}

void MainWindow::findElement()
{
    m_findBar->activate();
}

void MainWindow::renameSelection()
{
    if (renameOnCanvas())
        return;
    if (auto *dock = qobject_cast<QDockWidget *>(m_inspector->parentWidget())) {
        dock->show();
        dock->raise();
    }
    // Elements, zones and most objects have a name; decisions a title.
    const ObjectEditor *editor = m_inspector->currentEditor();
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("id")})
        if (editor && editor->editor(field)) {
            m_inspector->focusField(field);
            return;
        }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discard();
    rememberMainWindowPlacement(*this);
    event->accept();
}

}  // namespace lintel
