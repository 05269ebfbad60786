#pragma once
// The canvas's right-click menus: on the empty canvas (add an element here,
// fit, auto-layout), on an element (rename, connect, duplicate, delete,
// accept the risk of its findings, move to a zone), on a flow (edit,
// reverse, toggle async, delete) and on a zone (rename, add an element in
// it, focus, delete). The window's own actions are reused by object name
// ("actionRename", "actionFit", ...) so a key bound to them elsewhere does
// the same thing here; the few edits only a menu offers are made here as
// one undo step each.
#include "model/document/collections.h"
#include "model/rules/finding.h"

#include <QObject>
#include <QPointF>

class QMenu;
class QWidget;

namespace lintel {

class Document;
class ProblemsPanel;
class SelectionModel;
namespace canvas {
class CanvasView;
}

class ContextMenus : public QObject {
    Q_OBJECT
public:
    // `window` holds the named actions; `problems` asks for accepted risks.
    ContextMenus(Document *document, SelectionModel *selection, ProblemsPanel *problems, QWidget *window);

    void setFindings(const Findings &findings) { m_findings = findings; }

    // The menu for `ref` on `canvas` (an empty id: the canvas at
    // `scenePos`). The caller owns it; tests inspect and trigger it.
    QMenu *menuFor(canvas::CanvasView *canvas, const ObjectRef &ref, QPointF scenePos) const;
    // menuFor() shown at `globalPos` until it closes.
    void show(canvas::CanvasView *canvas, const ObjectRef &ref, QPointF scenePos, QPoint globalPos) const;

    // The edits only the menus make (public for tests).
    void reverseFlow(const QString &flowId) const;
    void toggleAsync(const QString &flowId) const;
    void moveToZone(const QStringList &elementIds, const QString &zoneId) const;

private:
    void addCanvasEntries(QMenu *menu, canvas::CanvasView *canvas, QPointF scenePos) const;
    void addElementEntries(QMenu *menu, canvas::CanvasView *canvas, const QString &id) const;
    void addFlowEntries(QMenu *menu, const QString &id) const;
    void addZoneEntries(QMenu *menu, canvas::CanvasView *canvas, const QString &id, QPointF scenePos) const;
    void addKindsMenu(QMenu *parent, const QString &title, canvas::CanvasView *canvas, QPointF scenePos) const;
    // The window's action named `objectName`, added to `menu` (if it exists).
    void addNamed(QMenu *menu, const char *objectName, const QString &text = {}) const;

    Document *m_document;
    SelectionModel *m_selection;
    ProblemsPanel *m_problems;
    QWidget *m_window;
    Findings m_findings;
};

}  // namespace lintel
