// The menus, toolbar and keyboard shortcuts of the editor window.
//
// Shortcuts are spelled out rather than taken from QKeySequence's standard
// keys: those resolve per platform and desktop, so on a plain X server
// QKeySequence::Redo is Ctrl+Shift+Z only. Listing it next to an explicit
// Ctrl+Shift+Z bound that key twice on one action, which Qt reports as an
// ambiguous shortcut and then runs neither: Redo was dead from the
// keyboard. Every key below is bound once, the same everywhere.
#include "app/gui/filesession.h"
#include "app/gui/findbar.h"
#include "app/gui/mainwindow.h"
#include "app/gui/comparemode.h"
#include "app/gui/importactions.h"
#include "app/gui/presentationmode.h"
#include "app/gui/stagecolouring.h"
#include "app/gui/prompts.h"
#include "app/gui/toolbaricons.h"
#include "app/gui/viewtabs.h"
#include "exporters/exporter.h"
#include "views/canvas/canvasview.h"
#include "views/panels/apicontractspanel.h"
#include "views/panels/decisionspanel.h"
#include "views/panels/inspectorpanel.h"
#include "views/selectionmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace lintel {

namespace {

QKeySequence keys(const char *portable) { return QKeySequence(QString::fromLatin1(portable)); }

// "Undo Move orders (Ctrl+Z)": the toolbar shows only the icon, so what
// would be undone is told on hover.
void followUndoText(QAction *action, QUndoStack *stack, bool undo)
{
    const auto update = [action, stack, undo] {
        const QString text = undo ? stack->undoText() : stack->redoText();
        const QString shown = undo ? (stack->canUndo() ? QObject::tr("Undo %1").arg(text) : QObject::tr("Nothing to undo"))
                                   : (stack->canRedo() ? QObject::tr("Redo %1").arg(text) : QObject::tr("Nothing to redo"));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(shown, action->shortcut().toString(QKeySequence::NativeText)));
    };
    QObject::connect(stack, &QUndoStack::indexChanged, action, update);
    QObject::connect(stack, &QUndoStack::cleanChanged, action, update);
    update();
}

}  // namespace

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, m_files, &FileSession::newModel);
    file->addAction(tr("&Open…"), QKeySequence::Open, m_files, &FileSession::openWithDialog);
    createRecentMenu(file);
    file->addSeparator();
    file->addAction(tr("&Save"), keys("Ctrl+S"), m_files, &FileSession::save);
    file->addAction(tr("Save &As…"), keys("Ctrl+Shift+S"), m_files, &FileSession::saveAs);
    file->addAction(tr("Save Re&vision with Message…"), QKeySequence(tr("Ctrl+Alt+S")), m_files,
                    &FileSession::saveRevisionWithMessage);
    file->addAction(tr("&Revisions…"), this, &MainWindow::showRevisions);
    m_compare->populateMenu(file->addMenu(tr("&Compare With")));
    file->addSeparator();
    m_imports = new ImportActions({this, m_document, [this] { return m_prompts; }, [this] { return m_apis->currentApi(); }},
                                  this);
    m_imports->populateMenu(file->addMenu(tr("&Import")));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Everything…"), QKeySequence(tr("Ctrl+E")), this, [this] { exportWith(); });
    exportMenu->addSeparator();
    for (const auto &exporter : exporters()) {
        const QString id = exporter->id();
        QAction *a = exportMenu->addAction(exporter->title() + QStringLiteral("…"), this, [this, id] { exportWith({id}); });
        a->setStatusTip(exporter->description());
    }
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *undo = m_document->undoStack();
    m_undoAction = undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(keys("Ctrl+Z"));
    m_undoAction->setIcon(toolbarIcon(ToolbarIcon::Undo));
    followUndoText(m_undoAction, undo, true);
    m_redoAction = undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({keys("Ctrl+Shift+Z"), keys("Ctrl+Y")});
    m_redoAction->setIcon(toolbarIcon(ToolbarIcon::Redo));
    followUndoText(m_redoAction, undo, false);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    // F2 names the selected element or zone in place on the canvas; other
    // objects in the inspector's name field, its text selected.
    edit->addAction(tr("Re&name"), keys("F2"), this, &MainWindow::renameSelection)
        ->setObjectName(QStringLiteral("actionRename"));
    QAction *deleteAction = edit->addAction(tr("&Delete"), this, [this] {
        if (auto *canvas = m_tabs->currentCanvas())
            canvas->deleteSelection();
    });
    // Delete is handled by the canvas itself when it has focus; the menu
    // entry names the shortcut without stealing it from text fields.
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_editActions << deleteAction;
    edit->addAction(tr("&Find Element…"), QKeySequence::Find, this, &MainWindow::findElement);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto onCanvas = [this](void (canvas::CanvasView::*slot)()) {
        return [this, slot] {
            if (auto *canvas = m_tabs->currentCanvas())
                (canvas->*slot)();
        };
    };
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, onCanvas(&canvas::CanvasView::zoomIn));
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, onCanvas(&canvas::CanvasView::zoomOut));
    view->addAction(tr("&Fit to Window"), QKeySequence(tr("Ctrl+0")), this, onCanvas(&canvas::CanvasView::zoomToFit))
        ->setObjectName(QStringLiteral("actionFit"));
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), this, onCanvas(&canvas::CanvasView::resetZoom));
    QAction *snap = view->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(true);
    connect(snap, &QAction::toggled, m_tabs, &ViewTabs::setSnapToGrid);
    view->addAction(m_presentation->toggleAction());
    view->addAction(m_stageColouring->toggleAction());
    view->addSeparator();
    m_editActions << view->addAction(tr("&New View…"), m_tabs, &ViewTabs::addView)
                  << view->addAction(tr("&Remove View"), m_tabs, &ViewTabs::removeCurrentView)
                  << view->addAction(tr("Add Selection to View"), m_tabs, &ViewTabs::addSelectionToView)
                  << view->addAction(tr("Remove Selection from View"), m_tabs, &ViewTabs::removeSelectionFromView)
                  << view->addAction(tr("Auto-&Layout"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::runAutoLayout);
    m_editActions.last()->setObjectName(QStringLiteral("actionAutoLayout"));
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());

    QMenu *modelMenu = menuBar()->addMenu(tr("&Model"));
    m_editActions << modelMenu->addAction(tr("Record &Decision about Selection…"), QKeySequence(tr("Ctrl+Shift+D")),
                                          m_decisions, &DecisionsPanel::recordDecisionAboutSelection)
                  << modelMenu->addAction(tr("Add API &Contract"), m_apis, &ApiContractsPanel::addApi);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lintel"), this, [this] {
        m_prompts->tell(this, QMessageBox::Information, tr("About Lintel"),
                        tr("<b>Lintel %1</b><p>Architecture modelling for systems built with vendors: draw it in "
                           "the workshop, check it as you draw, hand it over.</p>")
                            .arg(QApplication::applicationVersion()));
    });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setMovable(false);
    // Icons only: buttons keep their width whatever the undo text says.
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    tools->setIconSize(QSize(20, 20));
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    tools->addSeparator();
    auto tool = [tools](ToolbarIcon icon, const QString &text, const QString &tip) {
        QAction *a = tools->addAction(toolbarIcon(icon), text);
        a->setToolTip(tip);
        return a;
    };
    connect(tool(ToolbarIcon::Fit, tr("Fit"), tr("Fit the diagram to the window (Ctrl+0)")), &QAction::triggered, this,
            onCanvas(&canvas::CanvasView::zoomToFit));
    QAction *layout = tool(ToolbarIcon::AutoLayout, tr("Auto-layout"), tr("Lay out this view automatically (Ctrl+L)"));
    connect(layout, &QAction::triggered, this, &MainWindow::runAutoLayout);
    m_editActions << layout;
    connect(tool(ToolbarIcon::Export, tr("Export…"), tr("Export documents and diagrams (Ctrl+E)")), &QAction::triggered,
            this, [this] { exportWith(); });
    // Connect mode (C on the canvas): click a source, then a target.
    QAction *connectMode = tool(ToolbarIcon::Connect, tr("Connect Mode"),
                                tr("Connect mode: click an element, then the one it talks to (C; Esc leaves)"));
    connectMode->setObjectName(QStringLiteral("actionConnectMode"));
    connectMode->setCheckable(true);
    // The canvas handles the key itself, so typing "c" in a field types it.
    connectMode->setShortcut(keys("C"));
    connectMode->setShortcutContext(Qt::WidgetShortcut);
    connect(connectMode, &QAction::toggled, this, [this](bool on) {
        if (auto *canvas = m_tabs->currentCanvas())
            canvas->setConnectMode(on);
    });
    m_editActions << connectMode;
    tools->addSeparator();
    m_findBar = new FindBar(m_document, this);
    tools->addWidget(m_findBar);
    connect(m_findBar, &FindBar::found, this, [this](const ObjectRef &ref) {
        m_selection->select({ref});
        showObject(ref);
    });
}

void MainWindow::createRecentMenu(QMenu *fileMenu)
{
    QMenu *recent = fileMenu->addMenu(tr("Open &Recent"));
    auto rebuild = [this, recent] {
        recent->clear();
        const QStringList files = m_files->recentFiles();
        for (const QString &path : files) {
            recent->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).absolutePath(),
                              this, [this, path] {
                                  if (m_files->maybeSave())
                                      openFile(path);
                              });
        }
        if (files.isEmpty())
            recent->addAction(tr("(none)"))->setEnabled(false);
        else {
            recent->addSeparator();
            recent->addAction(tr("Clear List"), m_files, &FileSession::clearRecentFiles);
        }
    };
    connect(m_files, &FileSession::recentFilesChanged, recent, rebuild);
    rebuild();
}

}  // namespace lintel
