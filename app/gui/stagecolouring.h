#pragma once
// View → Colour by Ownership Stage: while on, the current diagram carries a
// StageOverlay and a legend in its bottom-left corner; switching tabs moves
// them along, edits repaint them, switching off removes them.
#include "views/canvas/stageoverlay.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace lintel {
class Document;
class ViewTabs;
namespace canvas {
class CanvasView;
}

class StageColouring : public QObject {
    Q_OBJECT
public:
    StageColouring(Document *document, ViewTabs *tabs, QObject *parent = nullptr);

    QAction *toggleAction() const { return m_action; }
    bool isOn() const;
    canvas::StageOverlay *currentOverlay() const { return m_overlay; }
    canvas::StageLegend *currentLegend() const { return m_legend; }

private:
    void apply();
    void remove();
    void placeLegend();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Document *m_document;
    ViewTabs *m_tabs;
    QAction *m_action;
    QPointer<canvas::CanvasView> m_canvas;
    canvas::StageOverlay *m_overlay = nullptr;
    QPointer<canvas::StageLegend> m_legend;
};

}  // namespace lintel
