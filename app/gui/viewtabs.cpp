#include "app/gui/viewtabs.h"

#include "app/gui/prompts.h"
#include "model/document/commands.h"
#include "model/index/lookup.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/selectionmodel.h"

#include <QRegularExpression>

namespace lintel {

using canvas::CanvasView;
using canvas::DiagramScene;

ViewTabs::ViewTabs(Document *document, SelectionModel *selection, QWidget *parent)
    : QTabWidget(parent), m_document(document), m_selection(selection), m_prompts(Prompts::interactive())
{
    setDocumentMode(true);
    setMovable(false);
    connect(document, &Document::modelReset, this, &ViewTabs::rebuildTabs);
    connect(document, &Document::objectAdded, this, &ViewTabs::onObjectAdded);
    connect(document, &Document::objectRemoved, this, &ViewTabs::onObjectRemoved);
    connect(document, &Document::objectChanged, this,
            [this](Collection c, const QString &id, const QString &) { onObjectChanged(c, id); });
    connect(document, &Document::objectRenamed, this, [this](Collection c, const QString &, const QString &) {
        if (c == Collection::Views)
            rebuildTabs();
    });
    rebuildTabs();
}

CanvasView *ViewTabs::currentCanvas() const
{
    return qobject_cast<CanvasView *>(currentWidget());
}

QString ViewTabs::currentViewId() const
{
    const CanvasView *canvas = currentCanvas();
    return canvas ? canvas->diagramScene()->viewId() : QString();
}

int ViewTabs::tabOf(const QString &viewId) const
{
    for (int i = 0; i < count(); ++i)
        if (auto *canvas = qobject_cast<CanvasView *>(widget(i)); canvas && canvas->diagramScene()->viewId() == viewId)
            return i;
    return -1;
}

CanvasView *ViewTabs::makeCanvas(const QString &viewId)
{
    auto *scene = new DiagramScene(m_document, m_selection, viewId);
    auto *canvas = new CanvasView(scene, this);
    scene->setParent(canvas);
    scene->setFindings(m_findings);
    canvas->setSnapToGrid(m_snapToGrid);
    return canvas;
}

void ViewTabs::setSnapToGrid(bool on)
{
    m_snapToGrid = on;
    for (int i = 0; i < count(); ++i)
        if (auto *canvas = qobject_cast<CanvasView *>(widget(i)))
            canvas->setSnapToGrid(on);
}

void ViewTabs::insertTab(int index, const View &view)
{
    QTabWidget::insertTab(index, makeCanvas(view.id), view.name.isEmpty() ? view.id : view.name);
}

void ViewTabs::rebuildTabs()
{
    const QString current = currentViewId();
    while (count() > 0) {
        QWidget *w = widget(0);
        removeTab(0);
        delete w;
    }
    const auto &views = m_document->model().views;
    for (std::size_t i = 0; i < views.size(); ++i)
        insertTab(int(i), views[i]);
    if (views.empty()) {
        // A model without views still shows everything, in a tab that cannot
        // hold positions until the user adds a view.
        addTab(makeCanvas(QString()), tr("Whole model"));
    }
    const int keep = tabOf(current);
    if (keep >= 0)
        setCurrentIndex(keep);
}

void ViewTabs::onObjectAdded(Collection c, const QString &)
{
    if (c == Collection::Views)
        rebuildTabs();
}

void ViewTabs::onObjectRemoved(Collection c, const QString &)
{
    if (c == Collection::Views)
        rebuildTabs();
}

void ViewTabs::onObjectChanged(Collection c, const QString &id)
{
    if (c != Collection::Views)
        return;
    const int index = tabOf(id);
    if (const View *view = findObject<View>(m_document->model(), id); view && index >= 0)
        setTabText(index, view->name.isEmpty() ? view->id : view->name);
}

void ViewTabs::setFindings(const Findings &findings)
{
    m_findings = findings;
    for (int i = 0; i < count(); ++i)
        if (auto *canvas = qobject_cast<CanvasView *>(widget(i)))
            canvas->diagramScene()->setFindings(findings);
}

void ViewTabs::addView()
{
    const std::optional<QString> answer = m_prompts->text(this, tr("New view"), tr("Name of the new diagram:"),
                                                          tr("New view"));
    const QString name = answer ? answer->trimmed() : QString();
    if (name.isEmpty())
        return;
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("view");
    QString id = base;
    for (int n = 2; !checkNewId(m_document->model(), id).isEmpty(); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    View view;
    view.id = id;
    view.name = name;
    // A new view starts with what is selected, so "draw the payments part"
    // is: select it, New view.
    view.elements = m_selection->ids(Collection::Elements);
    m_document->execute(new AddObjectCommand<View>(m_document, view));
    setCurrentIndex(tabOf(id));
}

void ViewTabs::removeCurrentView()
{
    const QString id = currentViewId();
    if (id.isEmpty())
        return;
    m_document->execute(makeDeleteCommand(m_document, {{Collection::Views, id}}));
}

void ViewTabs::addSelectionToView()
{
    const View *view = findObject<View>(m_document->model(), currentViewId());
    if (!view)
        return;
    QStringList members = view->elements;
    for (const QString &id : m_selection->ids(Collection::Elements))
        if (!members.contains(id))
            members << id;
    if (members != view->elements)
        m_document->execute(new SetFieldCommand(m_document, {Collection::Views, view->id},
                                                QStringLiteral("elements"), members));
}

void ViewTabs::removeSelectionFromView()
{
    const View *view = findObject<View>(m_document->model(), currentViewId());
    if (!view)
        return;
    QStringList members = view->elements;
    const QStringList selected = m_selection->ids(Collection::Elements);
    members.removeIf([&](const QString &id) { return selected.contains(id); });
    if (members != view->elements)
        m_document->execute(new SetFieldCommand(m_document, {Collection::Views, view->id},
                                                QStringLiteral("elements"), members));
}

void ViewTabs::showObject(const ObjectRef &ref)
{
    auto shows = [&](CanvasView *canvas) { return canvas && canvas->diagramScene()->itemFor(ref); };
    if (!shows(currentCanvas())) {
        for (int i = 0; i < count(); ++i)
            if (shows(qobject_cast<CanvasView *>(widget(i)))) {
                setCurrentIndex(i);
                break;
            }
    }
    if (CanvasView *canvas = currentCanvas())
        canvas->centerOnObject(ref);
}

}  // namespace lintel
