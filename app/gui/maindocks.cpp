// The editor window's docks: palette and outline on the left, the inspector
// on the right, the problems and the other list panels tabbed at the bottom.
#include "app/gui/mainwindow.h"
#include "app/gui/comparemode.h"
#include "app/gui/stagecolouring.h"
#include "app/gui/viewtabs.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/palette.h"
#include "views/panels/apicontractspanel.h"
#include "views/panels/decisionspanel.h"
#include "views/panels/inspectorpanel.h"
#include "views/panels/outlinepanel.h"
#include "views/panels/problemspanel.h"
#include "views/panels/questionspanel.h"
#include "views/panels/transitionpanel.h"
#include "views/selectionmodel.h"

#include <QDockWidget>
#include <QListWidgetItem>
#include <QShowEvent>
#include <QToolButton>

namespace lintel {

namespace {

constexpr int kPaletteColumns = 2;
constexpr int kLeftColumnWidth = 290;  // room for nested zone names in the outline
constexpr int kInspectorWidth = 360;
constexpr int kBottomPanelsHeight = 210;

// Two columns of smaller entries: the whole palette fits above the outline
// in the default window, with no scrolling to find "Cache" or "Zone".
void makePaletteCompact(canvas::PaletteWidget *palette)
{
    const QSize cell((kLeftColumnWidth - 24) / kPaletteColumns, 32);
    palette->setFlow(QListView::LeftToRight);
    palette->setWrapping(true);
    palette->setResizeMode(QListView::Adjust);
    palette->setIconSize(QSize(24, 24));
    palette->setGridSize(cell);
    // Entries are as wide as their cell: the list's own size for them is
    // measured once, for the first entry, and would cut longer names short.
    for (int row = 0; row < palette->count(); ++row)
        palette->item(row)->setSizeHint(cell - QSize(4, 4));
}

// The height that shows every palette entry.
int paletteHeight(const canvas::PaletteWidget *palette)
{
    const int rows = (palette->count() + kPaletteColumns - 1) / kPaletteColumns;
    return rows * palette->gridSize().height() + 2 * palette->frameWidth() + 2;
}

}  // namespace

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new canvas::PaletteWidget(this);
    makePaletteCompact(m_palette);
    // Never taller than its entries: height the window gains goes to the outline.
    m_palette->setMaximumHeight(paletteHeight(m_palette));
    // Next to the selection, on free ground, its name ready to type.
    connect(m_palette, &canvas::PaletteWidget::entryActivated, this, &MainWindow::addFromKeyboard);
    m_outline = new OutlinePanel(m_document, m_selection, this);
    m_inspector = new InspectorPanel(m_document, m_selection, this);
    m_inspector->setValidator(m_validator);
    m_problems = new ProblemsPanel(m_document, m_selection, m_validator, this);
    m_apis = new ApiContractsPanel(m_document, m_selection, this);
    m_decisions = new DecisionsPanel(m_document, m_selection, this);
    m_questions = new QuestionsPanel(m_document, m_selection, this);
    m_transition = new TransitionPanel(m_document, m_selection, this);
    connect(m_transition, &TransitionPanel::activated, this, &MainWindow::showObject);
    m_stageColouring = new StageColouring(m_document, m_tabs, this);
    m_transition->overlayButton()->setDefaultAction(m_stageColouring->toggleAction());

    m_docks.palette = dock(tr("Palette"), QStringLiteral("palette"), m_palette, Qt::LeftDockWidgetArea);
    m_docks.outline = dock(tr("Outline"), QStringLiteral("outline"), m_outline, Qt::LeftDockWidgetArea);
    splitDockWidget(m_docks.palette, m_docks.outline, Qt::Vertical);
    m_docks.inspector = dock(tr("Inspector"), QStringLiteral("inspector"), m_inspector, Qt::RightDockWidgetArea);
    m_docks.problems = dock(tr("Problems"), QStringLiteral("problems"), m_problems, Qt::BottomDockWidgetArea);
    auto *apisDock = dock(tr("API Contracts"), QStringLiteral("apis"), m_apis, Qt::BottomDockWidgetArea);
    auto *decisionsDock = dock(tr("Decisions"), QStringLiteral("decisions"), m_decisions, Qt::BottomDockWidgetArea);
    auto *questionsDock = dock(tr("Questions"), QStringLiteral("questions"), m_questions, Qt::BottomDockWidgetArea);
    auto *transitionDock = dock(tr("Transition"), QStringLiteral("transitionDock"), m_transition, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_docks.problems, apisDock);
    tabifyDockWidget(apisDock, decisionsDock);
    tabifyDockWidget(decisionsDock, questionsDock);
    tabifyDockWidget(questionsDock, transitionDock);
    // The time line and the table need more than the bottom docks' usual
    // height: raising the panel gives the bottom area 40 % of the window
    // (the canvas keeps the rest), and the user can drag it from there.
    connect(transitionDock, &QDockWidget::visibilityChanged, this, [this, transitionDock](bool visible) {
        const int wanted = height() * 40 / 100;
        if (visible && transitionDock->height() < wanted)
            resizeDocks({transitionDock}, {wanted}, Qt::Vertical);
    });
    m_docks.problems->raise();

    m_compare = new CompareMode({this, m_document, m_validator, m_tabs, m_problems, [this] { return m_prompts; },
                                 [this](const ObjectRef &ref) {
                                     m_selection->select({ref});
                                     showObject(ref);
                                 }},
                                this);
    tabifyDockWidget(transitionDock, m_compare->changesDock());
    tabifyDockWidget(m_compare->changesDock(), m_compare->conflictsDock());
}

// Dock sizes given before the window is first shown are shared out again
// when it lays itself out, so they are applied once, right after the first
// show has been laid out.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true;
    QMetaObject::invokeMethod(this, &MainWindow::applyDockSizes, Qt::QueuedConnection);
}

void MainWindow::applyDockSizes()
{
    // On a 1280x720 laptop or projector the inspector and the bottom panels
    // give up room first, so the canvas keeps more than half the window.
    // (The left column stays: the palette's two columns need its width.)
    const int inspector = std::min(kInspectorWidth, width() * 23 / 100);
    const int bottom = std::min(kBottomPanelsHeight, height() * 22 / 100);
    resizeDocks({m_docks.palette, m_docks.inspector}, {kLeftColumnWidth, inspector}, Qt::Horizontal);
    resizeDocks({m_docks.problems}, {bottom}, Qt::Vertical);
    const int titleBar = m_docks.palette->height() - m_palette->height();
    const int leftColumn = m_docks.palette->height() + m_docks.outline->height();
    const int palette = paletteHeight(m_palette) + titleBar;
    resizeDocks({m_docks.palette, m_docks.outline}, {palette, leftColumn - palette}, Qt::Vertical);
}

}  // namespace lintel
