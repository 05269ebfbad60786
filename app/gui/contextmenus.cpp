#include "app/gui/contextmenus.h"
#include "model/index/lookup.h"

#include "model/document/commands.h"
#include "model/index/semantics.h"
#include "model/style/elementkinds.h"
#include "views/canvas/canvasedits.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/palette.h"
#include "views/canvas/zoneitem.h"
#include "views/findingnames.h"
#include "views/panels/panelicons.h"
#include "views/panels/problemspanel.h"
#include "views/selectionmodel.h"

#include <QMenu>
#include <QUndoStack>
#include <QWidget>
#include <algorithm>

namespace lintel {

namespace {

QString shownName(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

}  // namespace

ContextMenus::ContextMenus(Document *document, SelectionModel *selection, ProblemsPanel *problems, QWidget *window)
    : QObject(window), m_document(document), m_selection(selection), m_problems(problems), m_window(window)
{
}

void ContextMenus::show(canvas::CanvasView *canvas, const ObjectRef &ref, QPointF scenePos, QPoint globalPos) const
{
    QMenu *menu = menuFor(canvas, ref, scenePos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

QMenu *ContextMenus::menuFor(canvas::CanvasView *canvas, const ObjectRef &ref, QPointF scenePos) const
{
    auto *menu = new QMenu(canvas);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    if (ref.id.isEmpty())
        addCanvasEntries(menu, canvas, scenePos);
    else if (ref.collection == Collection::Elements)
        addElementEntries(menu, canvas, ref.id);
    else if (ref.collection == Collection::Flows)
        addFlowEntries(menu, ref.id);
    else if (ref.collection == Collection::Zones)
        addZoneEntries(menu, canvas, ref.id, scenePos);
    if (m_document->isReadOnly())
        for (QAction *action : menu->actions())
            if (!action->menu() && action->property("edits").toBool())
                action->setEnabled(false);
    return menu;
}

void ContextMenus::addNamed(QMenu *menu, const char *objectName, const QString &text) const
{
    QAction *action = m_window->findChild<QAction *>(QString::fromLatin1(objectName));
    if (!action)
        return;
    if (text.isEmpty()) {
        menu->addAction(action);
        return;
    }
    // Same action under a name that fits this menu (the window's keeps its own).
    QAction *proxy = menu->addAction(text, action, &QAction::trigger);
    proxy->setEnabled(action->isEnabled());
    proxy->setShortcut(action->shortcut());
}

void ContextMenus::addKindsMenu(QMenu *parent, const QString &title, canvas::CanvasView *canvas, QPointF scenePos) const
{
    QMenu *kinds = parent->addMenu(title);
    kinds->setEnabled(!m_document->isReadOnly());
    for (ElementKind kind : paletteKinds()) {
        const QString entry = enumName(kind);
        kinds->addAction(elementIcon(kind), capitalised(entry), canvas, [canvas, entry, scenePos] {
            canvas->addAt(entry, scenePos);
        });
    }
    kinds->addSeparator();
    kinds->addAction(zoneIcon(std::nullopt), tr("Zone"), canvas,
                     [canvas, scenePos] { canvas->addAt(canvas::kPaletteZoneEntry, scenePos); });
}

void ContextMenus::addCanvasEntries(QMenu *menu, canvas::CanvasView *canvas, QPointF scenePos) const
{
    addKindsMenu(menu, tr("Add Element Here"), canvas, scenePos);
    addNamed(menu, "actionConnectMode");
    menu->addSeparator();
    addNamed(menu, "actionFit");
    addNamed(menu, "actionAutoLayout");
}

void ContextMenus::addElementEntries(QMenu *menu, canvas::CanvasView *canvas, const QString &id) const
{
    const Model &model = m_document->model();
    const Element *element = findObject<Element>(model, id);
    if (!element)
        return;
    addNamed(menu, "actionRename");
    QAction *connectAction = menu->addAction(tr("Connect from Here"), canvas, [canvas, id] { canvas->connectFrom(id); });
    connectAction->setProperty("edits", true);
    addNamed(menu, "actionDuplicate");
    addNamed(menu, "actionDelete");
    menu->addSeparator();

    // Accept risk: the open findings this element is the subject of.
    std::vector<Finding> open;
    for (const Finding &f : m_findings)
        if (!f.suppressed && !f.targets.isEmpty() && f.targets.first() == id)
            open.push_back(f);
    if (open.empty()) {
        menu->addAction(tr("Accept Risk (no open findings)"))->setEnabled(false);
    } else if (open.size() == 1) {
        const Finding f = open.front();
        QAction *accept = menu->addAction(tr("Accept Risk…"), this, [this, f] { m_problems->acceptRisk(f); });
        accept->setToolTip(displayMessage(model, f));
        accept->setProperty("edits", true);
    } else {
        QMenu *risks = menu->addMenu(tr("Accept Risk"));
        risks->setEnabled(!m_document->isReadOnly());
        for (const Finding &f : open)
            risks->addAction(displayMessage(model, f) + QStringLiteral("…"), this, [this, f] { m_problems->acceptRisk(f); });
    }

    QMenu *zones = menu->addMenu(tr("Move to Zone"));
    zones->setEnabled(!m_document->isReadOnly());
    std::vector<const Zone *> sorted;
    for (const Zone &zone : model.zones)
        sorted.push_back(&zone);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Zone *a, const Zone *b) {
        return shownName(a->name, a->id).localeAwareCompare(shownName(b->name, b->id)) < 0;
    });
    // The whole selection moves, as Delete deletes the whole selection.
    QStringList ids = m_selection->ids(Collection::Elements);
    if (!ids.contains(id))
        ids = {id};
    const auto addZoneEntry = [this, zones, ids, element](const QString &text, const QString &zoneId) {
        QAction *a = zones->addAction(text, this, [this, ids, zoneId] { moveToZone(ids, zoneId); });
        a->setCheckable(true);
        a->setChecked(element->zone == zoneId);
    };
    addZoneEntry(tr("(No Zone)"), QString());
    zones->addSeparator();
    for (const Zone *zone : sorted)
        addZoneEntry(shownName(zone->name, zone->id), zone->id);
}

void ContextMenus::addFlowEntries(QMenu *menu, const QString &id) const
{
    const Flow *flow = findObject<Flow>(m_document->model(), id);
    if (!flow)
        return;
    addNamed(menu, "actionRename", tr("Edit in Inspector"));
    QAction *reverse = menu->addAction(tr("Reverse Direction"), this, [this, id] { reverseFlow(id); });
    reverse->setProperty("edits", true);
    QAction *async = menu->addAction(tr("Asynchronous"), this, [this, id] { toggleAsync(id); });
    async->setCheckable(true);
    async->setChecked(!isSync(*flow));
    async->setProperty("edits", true);
    menu->addSeparator();
    addNamed(menu, "actionDelete");
}

void ContextMenus::addZoneEntries(QMenu *menu, canvas::CanvasView *canvas, const QString &id, QPointF scenePos) const
{
    canvas::ZoneItem *zone = canvas->diagramScene()->zoneItem(id);
    if (!zone)
        return;
    addNamed(menu, "actionRename");
    // Inside the zone where the menu was opened, else in its middle.
    const QRectF area = zone->rect();
    const bool clickedInside = canvas->diagramScene()->zoneAt(scenePos) == id;
    addKindsMenu(menu, tr("Add Element in Zone"), canvas, clickedInside ? scenePos : area.center());
    menu->addAction(tr("Focus on Zone"), canvas, [canvas, area] {
        const QRectF target = area.adjusted(-40, -40, 40, 40);
        const QSize viewport = canvas->viewport()->size();
        canvas->setZoom(std::min(viewport.width() / target.width(), viewport.height() / target.height()));
        canvas->centerOn(target.center());
    });
    menu->addSeparator();
    addNamed(menu, "actionDelete");
}

void ContextMenus::reverseFlow(const QString &flowId) const
{
    const Flow *flow = findObject<Flow>(m_document->model(), flowId);
    if (!flow)
        return;
    const QString from = flow->from, to = flow->to;
    const ObjectRef ref{Collection::Flows, flowId};
    m_document->undoStack()->beginMacro(tr("Reverse %1").arg(flowId));
    m_document->execute(new SetFieldCommand(m_document, ref, QStringLiteral("from"), to));
    m_document->execute(new SetFieldCommand(m_document, ref, QStringLiteral("to"), from));
    m_document->undoStack()->endMacro();
}

void ContextMenus::toggleAsync(const QString &flowId) const
{
    const Flow *flow = findObject<Flow>(m_document->model(), flowId);
    if (!flow)
        return;
    // Explicit from now on: the protocol's default no longer decides.
    auto *command = new SetFieldCommand(m_document, {Collection::Flows, flowId}, QStringLiteral("sync"), !isSync(*flow));
    command->setText(isSync(*flow) ? tr("Make %1 asynchronous").arg(flowId) : tr("Make %1 synchronous").arg(flowId));
    m_document->execute(command);
}

void ContextMenus::moveToZone(const QStringList &elementIds, const QString &zoneId) const
{
    m_document->undoStack()->beginMacro(zoneId.isEmpty() ? tr("Take out of zone") : tr("Move to zone %1").arg(zoneId));
    for (const QString &id : elementIds)
        m_document->execute(new SetFieldCommand(m_document, {Collection::Elements, id}, QStringLiteral("zone"), zoneId));
    m_document->undoStack()->endMacro();
}

}  // namespace lintel
