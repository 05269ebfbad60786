#pragma once
// The canvas widget: shows a DiagramScene and turns mouse and keyboard into
// commands on the Document.
//
//   Ctrl+wheel          zoom at the mouse (plain wheel scrolls, as in every
//                       editor; trackpads pan with two fingers)
//   middle-drag,
//   Space+drag          pan
//   click, Ctrl/Shift   select, add to / toggle in the selection
//   drag on empty area  rubber band (Ctrl/Shift: add to the selection)
//   drag an element     move the selection; dropped into another zone it
//                       joins that zone (one undo step with the move)
//   drag a zone title   move the zone with everything inside
//   "+" handle, Alt-drag from one element onto another: new flow
//   C                   connect mode: click a source, then a target (Esc
//                       leaves); the right button opens a context menu
//   arrows              nudge (Shift: 5x); merged into one undo step
//   Delete, Backspace   delete the selection
//   double-click a zone zoom into it (focus); Escape goes back
//   Escape              cancel the current drag, else leave the zone
//                       focus, else clear the selection
// Shortcuts for the slots (Ctrl+0, Ctrl++, ...) are the main window's.
#include "model/document/collections.h"

#include <QGraphicsView>
#include <memory>
#include <optional>

namespace lintel::canvas {

class BandSelectTool;
class ConnectTool;
class DiagramScene;
class MoveTool;
class ZoneItem;

class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(DiagramScene *scene, QWidget *parent = nullptr);
    ~CanvasView() override;

    DiagramScene *diagramScene() const { return m_scene; }
    double zoom() const;
    bool snapToGrid() const { return m_snap; }
    bool isConnectMode() const { return m_connectMode; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();   // 100 %
    void zoomToFit();   // everything in view (Ctrl+0), kept so on resize
    // What a diagram opens at: everything if names are readable so, else
    // the part that matters most (openingview.h); kept so on resize.
    void zoomToReadable();
    // Fits a zone into the view (presentation mode steps through them).
    void showZone(const QString &zoneId);
    // Double-click: zooms into a zone; leaveZoneFocus() returns to the view
    // from before (false when no zone has the focus).
    void focusZone(const QString &zoneId);
    bool leaveZoneFocus();
    bool hasZoneFocus() const { return m_beforeZoneFocus.has_value(); }
    void setZoom(double zoom);
    void setSnapToGrid(bool on);
    // Scrolls `ref` into the middle (zooming in to a readable level if far out).
    void centerOnObject(const lintel::ObjectRef &ref);
    // Scrolls just enough to show the object (one that was just added).
    void revealObject(const lintel::ObjectRef &ref);
    void deleteSelection();
    // Adds a palette entry in the middle of the visible area.
    void addAtViewCentre(const QString &paletteEntry);
    // Adds a palette entry centred on `scenePos` (in the zone under it).
    void addAt(const QString &paletteEntry, QPointF scenePos);
    // canvasviewconnect.cpp: connect mode stays on until Esc; connectFrom
    // draws one flow from `elementId` to the element clicked next.
    void setConnectMode(bool on);
    void connectFrom(const QString &elementId);

signals:
    void zoomChanged(double zoom);
    void snapToGridChanged(bool on);
    void connectModeChanged(bool on);
    // A right click: `ref` names the element, flow or zone under the
    // pointer, or has an empty id over the empty canvas. The item is
    // selected first, so the menu's actions act on it.
    void contextMenuRequested(const lintel::ObjectRef &ref, QPointF scenePos, QPoint globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;  // canvasviewzoom.cpp
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;  // canvasviewconnect.cpp

private:
    // canvasviewinput.cpp
    bool startPan(QMouseEvent *event);
    void startMove(QGraphicsItem *pressed, QPointF scenePos);
    void nudge(QPointF delta);
    void cancelTools();
    void setDropHighlight(const QString &zoneId);
    void addEntryAt(const QString &entry, QPointF scenePos);
    QPointF snapPoint(QPointF scenePos) const;
    // canvasviewconnect.cpp: true when the event was a click-to-connect step.
    bool connectPress(QMouseEvent *event, QPointF scenePos);
    bool connectRelease(QPointF scenePos);
    bool handlePress(QMouseEvent *event, QPointF scenePos);
    // canvasviewzoom.cpp: shows `area` whole, at no more than `maxZoom`.
    void fitArea(const QRectF &area, double maxZoom);

    DiagramScene *m_scene;
    std::unique_ptr<MoveTool> m_move;
    std::unique_ptr<ConnectTool> m_connect;
    std::unique_ptr<BandSelectTool> m_band;
    bool m_snap = true;
    bool m_connectMode = false;
    bool m_clickConnect = false;  // a flow waits for the click on its target
    bool m_spaceHeld = false;
    bool m_panning = false;
    // Fitted to the window and not zoomed or scrolled since: stays fitted
    // when the window resizes (a file opened before the window is laid out
    // is fitted to its final size).
    bool m_fitted = false;
    bool m_fitReadably = false;  // ... to the opening area, not everything
    struct SavedView {
        QTransform transform;
        QPointF centre;
    };
    std::optional<SavedView> m_beforeZoneFocus;
    QPoint m_panLast;
    // Where the left button went down, in viewport pixels: a move starts
    // only past the platform's drag distance, so a click never nudges.
    QPoint m_pressPos;
    QString m_dropHighlight;
};

}  // namespace lintel::canvas
