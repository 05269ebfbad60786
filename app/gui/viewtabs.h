#pragma once
// The diagrams of one model in tabs: one canvas per model View, kept in step
// with the document (views added, removed, renamed, undone). Also the
// actions that change what a view shows.
#include "model/document/document.h"
#include "model/rules/finding.h"

#include <QTabWidget>

namespace lintel {
class Prompts;
class SelectionModel;
namespace canvas {
class CanvasView;
}

class ViewTabs : public QTabWidget {
    Q_OBJECT
public:
    ViewTabs(Document *document, SelectionModel *selection, QWidget *parent = nullptr);
    void setPrompts(Prompts *prompts) { m_prompts = prompts; }

    canvas::CanvasView *currentCanvas() const;
    QString currentViewId() const;
    void setFindings(const Findings &findings);
    // Kept for canvases made later (new views, a reopened model).
    void setSnapToGrid(bool on);

public slots:
    void addView();                  // asks for a name; undoable
    void removeCurrentView();        // undoable; elements stay in the model
    void addSelectionToView();       // selected elements join the current view
    void removeSelectionFromView();  // ... or leave it (they stay in the model)
    void showObject(const lintel::ObjectRef &ref);  // switch to a tab showing it, centre on it

private:
    void rebuildTabs();
    void onObjectAdded(Collection c, const QString &id);
    void onObjectRemoved(Collection c, const QString &id);
    void onObjectChanged(Collection c, const QString &id);
    canvas::CanvasView *makeCanvas(const QString &viewId);
    void insertTab(int index, const View &view);
    int tabOf(const QString &viewId) const;
    Document *m_document;
    SelectionModel *m_selection;
    Prompts *m_prompts;
    Findings m_findings;
    bool m_snapToGrid = true;
};

}  // namespace lintel
