#include "app/gui/presentationmode.h"
#include "model/index/lookup.h"

#include "app/gui/viewtabs.h"
#include "model/document/document.h"
#include "model/enums.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/semanticzoom.h"
#include "views/panels/modellookup.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <algorithm>

namespace lintel {

PresentationMode::PresentationMode(QMainWindow *window, Document *document, ViewTabs *tabs,
                                   SelectionModel *selection, LiveValidator *validator)
    : QObject(window), m_window(window), m_document(document), m_tabs(tabs), m_selection(selection),
      m_validator(validator)
{
    m_toggle = new QAction(tr("&Presentation Mode"), this);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(QStringLiteral("F5")));
    m_toggle->setStatusTip(tr("Full screen for a shared screen; Page Down steps through zones and findings"));
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);
    // Actions of a hidden menu bar take no keys: these live on the window.
    m_window->addAction(m_toggle);
    m_next = new QAction(tr("Next Zone or Finding"), this);
    m_previous = new QAction(tr("Previous Zone or Finding"), this);
    connect(m_next, &QAction::triggered, this, &PresentationMode::next);
    connect(m_previous, &QAction::triggered, this, &PresentationMode::previous);
    m_window->addAction(m_next);
    m_window->addAction(m_previous);

    m_caption = new QLabel(m_window);
    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    m_caption->setStyleSheet(QStringLiteral("QLabel { background: rgba(32, 33, 36, 215); color: white; "
                                            "font-size: 20px; padding: 8px 16px; border-radius: 6px; }"));
    m_caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_caption->hide();
    m_tabs->installEventFilter(this);
}

void PresentationMode::setActive(bool on)
{
    if (on == m_active)
        return;
    if (on)
        enter();
    else
        leave();
    m_toggle->setChecked(on);
    emit activeChanged(on);
}

void PresentationMode::enter()
{
    m_active = true;
    m_current = -1;
    m_before.docks = m_window->saveState();
    m_before.states = m_window->windowState();
    m_before.geometry = m_window->geometry();
    m_before.menuBar = m_window->menuBar()->isVisible();
    m_before.statusBar = m_window->statusBar()->isVisible();
    if (auto *canvas = m_tabs->currentCanvas()) {
        m_before.zoom = canvas->transform();
        m_before.centre = canvas->mapToScene(canvas->viewport()->rect().center());
    }
    // Only while presenting: elsewhere Page Down scrolls lists and Esc
    // belongs to whatever has the focus.
    m_toggle->setShortcuts({QKeySequence(QStringLiteral("F5")), QKeySequence(Qt::Key_Escape)});
    // Page Down and Page Up are what presentation clickers send.
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    for (QWidget *child : m_window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child->inherits("QDockWidget") || child->inherits("QToolBar"))
            child->hide();
    // A hidden menu bar takes its menus' shortcuts with it: lend them to
    // the window meanwhile, so Ctrl+Z still undoes a slip.
    m_lentShortcuts.clear();
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (!action->shortcuts().isEmpty() && !m_window->actions().contains(action)) {
                m_window->addAction(action);
                m_lentShortcuts << action;
            }
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    setLabelPixels(canvas::kPresentationLabelPixels);
    m_window->showFullScreen();
    if (auto *canvas = m_tabs->currentCanvas()) {
        canvas->zoomToReadable();  // refitted when full screen takes effect
        canvas->setFocus();
    }
}

void PresentationMode::leave()
{
    m_active = false;
    m_toggle->setShortcut(QKeySequence(QStringLiteral("F5")));
    m_next->setShortcut(QKeySequence());
    m_previous->setShortcut(QKeySequence());
    m_caption->hide();
    setLabelPixels(canvas::kMinLabelPixels);
    for (QAction *action : std::as_const(m_lentShortcuts))
        m_window->removeAction(action);
    m_lentShortcuts.clear();
    m_window->menuBar()->setVisible(m_before.menuBar);
    m_window->statusBar()->setVisible(m_before.statusBar);
    m_window->setWindowState(m_before.states);
    if (!(m_before.states & (Qt::WindowFullScreen | Qt::WindowMaximized)))
        m_window->setGeometry(m_before.geometry);
    m_window->restoreState(m_before.docks);
    if (auto *canvas = m_tabs->currentCanvas()) {
        canvas->setZoom(m_before.zoom.m11());
        canvas->centerOn(m_before.centre);
    }
}

void PresentationMode::setLabelPixels(double pixels)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<canvas::CanvasView *>(m_tabs->widget(i)))
            view->diagramScene()->setMinimumLabelPixels(pixels);
}

QList<PresentationMode::Stop> PresentationMode::stops() const
{
    QList<Stop> stops;
    const canvas::CanvasView *view = m_tabs->currentCanvas();
    const Model &model = m_document->model();
    int zoneCount = 0;
    for (const Zone &zone : model.zones)
        zoneCount += view && view->diagramScene()->zoneItem(zone.id);
    int zoneNumber = 0;
    for (const Zone &zone : model.zones) {
        if (!view || !view->diagramScene()->zoneItem(zone.id))
            continue;
        const QString name = zone.name.isEmpty() ? zone.id : zone.name;
        stops.append({ObjectRef{Collection::Zones, zone.id},
                      tr("Zone %1 of %2: %3").arg(++zoneNumber).arg(zoneCount).arg(name)});
    }
    std::vector<const Finding *> open;
    for (const Finding &finding : m_validator->findings())
        if (!finding.suppressed)
            open.push_back(&finding);
    std::stable_sort(open.begin(), open.end(),
                     [](const Finding *a, const Finding *b) { return a->severity < b->severity; });
    int findingNumber = 0;
    for (const Finding *finding : open) {
        ObjectRef ref;
        if (!finding->targets.isEmpty())
            ref = findRef(model, finding->targets.front()).value_or(ObjectRef{});
        stops.append({ref, tr("Finding %1 of %2 (%3): %4")
                               .arg(++findingNumber)
                               .arg(qsizetype(open.size()))
                               .arg(enumName(finding->severity), finding->message)});
    }
    return stops;
}

QString PresentationMode::caption() const
{
    return m_active ? m_caption->text() : QString();
}

void PresentationMode::next()
{
    showStop(m_current + 1);
}

void PresentationMode::previous()
{
    showStop(m_current - 1);
}

void PresentationMode::showStop(int index)
{
    if (!m_active)
        return;
    const QList<Stop> all = stops();
    if (all.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(all.size()) - 1);
    const Stop &stop = all[m_current];
    if (!stop.ref.id.isEmpty()) {
        m_selection->select({stop.ref});
        m_tabs->showObject(stop.ref);
        if (stop.ref.collection == Collection::Zones)
            if (auto *canvas = m_tabs->currentCanvas())
                canvas->showZone(stop.ref.id);
    }
    m_caption->setText(stop.caption);
    placeCaption();
    m_caption->show();
    m_caption->raise();
}

void PresentationMode::placeCaption()
{
    // Bottom centre of the diagram; long findings wrap at most of its width.
    const QRect area = m_tabs->geometry();
    const int maxWidth = area.width() * 9 / 10;
    m_caption->setWordWrap(false);
    m_caption->setMinimumWidth(0);
    m_caption->setMaximumWidth(QWIDGETSIZE_MAX);
    m_caption->adjustSize();
    if (m_caption->width() > maxWidth) {
        m_caption->setWordWrap(true);
        m_caption->setFixedWidth(maxWidth);
        m_caption->adjustSize();
    }
    m_caption->move(area.left() + (area.width() - m_caption->width()) / 2,
                    area.bottom() - m_caption->height() - 24);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::Resize && m_caption->isVisible())
        placeCaption();
    return QObject::eventFilter(watched, event);
}

}  // namespace lintel
