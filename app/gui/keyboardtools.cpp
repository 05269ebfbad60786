// The main window's keyboard-first tools (issue 11): the command bar
// (Ctrl+K, or typing on the canvas), the Add menu, Duplicate (Ctrl+D),
// Tab through the canvas, and F2 naming in place. Kept apart from
// mainmenus.cpp so each stays one screenful.
#include "app/gui/canvaskeys.h"
#include "model/index/lookup.h"
#include "app/gui/findbar.h"
#include "app/gui/mainwindow.h"
#include "app/gui/viewtabs.h"
#include "model/document/duplicatecommand.h"
#include "model/style/diagramstyle.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/elementpainter.h"
#include "views/canvas/freespot.h"
#include "views/canvas/inlinenameeditor.h"
#include "views/canvas/keyboardadd.h"
#include "views/canvas/palette.h"
#include "views/commandbar/commandbar.h"
#include "views/selectionmodel.h"

#include <QMenuBar>
#include <algorithm>

namespace lintel {

namespace {

QKeySequence keys(const char *portable) { return QKeySequence(QString::fromLatin1(portable)); }

// The kinds in palette order, so the menu reads like the palette.
std::vector<const ElementKindRow *> kindsInPaletteOrder()
{
    std::vector<const ElementKindRow *> rows;
    for (const ElementKindRow &row : kElementKinds)
        rows.push_back(&row);
    std::sort(rows.begin(), rows.end(), [](auto *a, auto *b) { return a->palettePosition < b->palettePosition; });
    return rows;
}

}  // namespace

void MainWindow::createKeyboardTools()
{
    m_commandBar = new CommandBar(m_document, this);
    m_commandBar->setPlacement([this] {
        sentence::Placement placement;
        canvas::CanvasView *canvas = m_tabs->currentCanvas();
        if (!canvas)
            return placement;
        placement.viewId = m_tabs->currentViewId();
        placement.positionFor = [canvas](const QString &zoneId) {
            const QPointF at = canvas::placeForNew(canvas, zoneId);
            return std::optional<Position>(Position{at.x(), at.y()});
        };
        return placement;
    });
    connect(m_commandBar, &CommandBar::executed, this, [this](const ObjectRef &subject) {
        if (subject.collection == Collection::Elements || subject.collection == Collection::Zones
            || subject.collection == Collection::Flows) {
            m_selection->select({subject});
            if (auto *canvas = m_tabs->currentCanvas())
                canvas->revealObject(subject);
        }
        focusCanvas();
    });
    connect(m_commandBar, &CommandBar::closed, this, &MainWindow::focusCanvas);

    m_canvasKeys = new CanvasKeys([this](const QString &text) { openCommandBar(text); }, this);
    auto watchCanvas = [this] { m_canvasKeys->watch(m_tabs->currentCanvas()); };
    connect(m_tabs, &QTabWidget::currentChanged, this, watchCanvas);
    // Opening a model rebuilds the tabs and their canvases.
    connect(m_document, &Document::modelReset, this, watchCanvas, Qt::QueuedConnection);
    watchCanvas();
    // A model just opened (or a new one): the keyboard goes to its diagram,
    // so typing starts a sentence at once, without a click first.
    connect(m_document, &Document::modelReset, this, &MainWindow::focusCanvas, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &MainWindow::focusCanvas, Qt::QueuedConnection);

    // Enter in the find box has selected the best match; Escape hands the
    // keyboard back to the canvas, where Delete, F2 and the arrows act on it.
    connect(m_findBar, &FindBar::dismissed, this, &MainWindow::focusCanvas);

    QMenu *add = new QMenu(tr("&Add"), this);
    for (const ElementKindRow *row : kindsInPaletteOrder()) {
        const QString name = QString::fromLatin1(row->name.data(), qsizetype(row->name.size()));
        QAction *action = add->addAction(canvas::elementKindIcon(row->kind), name.left(1).toUpper() + name.mid(1), this,
                                         [this, name] { addFromKeyboard(name); });
        action->setStatusTip(QString::fromLatin1(row->hint.data(), qsizetype(row->hint.size())));
        m_editActions << action;
    }
    add->addSeparator();
    m_editActions << add->addAction(tr("&Zone"), this, [this] { addFromKeyboard(canvas::kPaletteZoneEntry); });
    add->addSeparator();
    m_editActions << add->addAction(tr("&Command…"), keys("Ctrl+K"), this, [this] { openCommandBar({}); });
    QAction *duplicate = add->addAction(tr("&Duplicate"), keys("Ctrl+D"), this, &MainWindow::duplicateSelection);
    duplicate->setObjectName(QStringLiteral("actionDuplicate"));
    m_editActions << duplicate;
    // Between Edit and View, where people look for it.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.size() > 2 ? menus.at(2) : nullptr, add);
}

void MainWindow::openCommandBar(const QString &text)
{
    if (m_document->isReadOnly()) {
        explainReadOnly();
        return;
    }
    // Across the top of the canvas, like a search field over a document.
    const QRect area = m_tabs->geometry();
    const int width = std::min(area.width() - 40, 720);
    m_commandBar->setFixedWidth(width);
    m_commandBar->move(area.left() + (area.width() - width) / 2, area.top() + 36);
    m_commandBar->open(text);
}

void MainWindow::focusCanvas()
{
    if (auto *canvas = m_tabs->currentCanvas())
        canvas->setFocus(Qt::OtherFocusReason);
}

void MainWindow::addFromKeyboard(const QString &paletteEntry)
{
    if (auto *canvas = m_tabs->currentCanvas())
        canvas::addAndName(canvas, paletteEntry);
}

void MainWindow::duplicateSelection()
{
    canvas::CanvasView *canvas = m_tabs->currentCanvas();
    if (!canvas)
        return;
    canvas::DiagramScene *scene = canvas->diagramScene();
    std::vector<Duplicate> copies;
    QList<QPointF> planned;
    for (const QString &id : m_selection->ids(Collection::Elements)) {
        const canvas::ElementItem *item = scene->elementItem(id);
        const Element *element = findObject<Element>(m_document->model(), id);
        if (!item || !element)
            continue;
        // Beside its original, in the same zone, on free ground (also
        // free of the copies placed before it).
        const QPointF at = canvas::freeSpotFor(scene, element->zone, item->pos(), item->pos(), planned);
        planned << at;
        copies.push_back({id, {at.x(), at.y()}});
    }
    QStringList ids;
    if (QUndoCommand *command = makeDuplicateCommand(m_document, m_tabs->currentViewId(), copies, &ids);
        command && m_document->execute(command)) {
        std::vector<ObjectRef> refs;
        for (const QString &id : std::as_const(ids))
            refs.push_back({Collection::Elements, id});
        m_selection->select(refs);
    }
}

bool MainWindow::renameOnCanvas()
{
    canvas::CanvasView *canvas = m_tabs->currentCanvas();
    const ObjectRef current = m_selection->current();
    return canvas && canvas::InlineNameEditor::open(canvas, current);
}

}  // namespace lintel
