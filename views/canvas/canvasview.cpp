#include "views/canvas/canvasview.h"

#include "model/document/commands.h"
#include "views/canvas/bandselecttool.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/connecttool.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/movetool.h"
#include "views/canvas/zoneitem.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace lintel::canvas {

namespace {

constexpr double kMinZoom = 0.02;  // the whole L model fits a laptop screen
constexpr double kMaxZoom = 4;
constexpr double kZoomStep = 1.25;
const QColor kGridDot(0xc9, 0xcd, 0xd4);

}  // namespace

CanvasView::CanvasView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_move(std::make_unique<MoveTool>(scene)),
      m_connect(std::make_unique<ConnectTool>(scene)),
      m_band(std::make_unique<BandSelectTool>(scene, viewport()))
{
    setObjectName(QStringLiteral("canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(NoDrag);  // the rubber band is BandSelectTool's
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(MinimalViewportUpdate);
    // Items set their own render hints and restore nothing they did not change.
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    connect(scene, &DiagramScene::aboutToRebuild, this, &CanvasView::cancelTools);
}

CanvasView::~CanvasView() = default;

double CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(double zoom)
{
    m_fitted = false;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - this->zoom()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    m_scene->setViewZoom(zoom);
    emit zoomChanged(zoom);
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void CanvasView::resetZoom()
{
    setZoom(1);
}

void CanvasView::zoomToFit()
{
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty())
        return;
    // A small diagram is shown at 100 %, not blown up to fill the screen.
    fitArea(content, 1.0);
    m_fitted = true;
    m_fitReadably = false;
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted && m_fitReadably)
        zoomToReadable();
    else if (m_fitted)
        zoomToFit();
}

void CanvasView::setSnapToGrid(bool on)
{
    if (on == m_snap)
        return;
    m_snap = on;
    viewport()->update();  // the grid is only drawn while snapping
    emit snapToGridChanged(on);
}

void CanvasView::centerOnObject(const ObjectRef &ref)
{
    const CanvasItem *item = m_scene->itemFor(ref);
    if (!item)
        return;
    m_fitted = false;
    if (zoom() < 0.6)
        setZoom(1);
    const QRectF area = item->type() == ZoneItem::Type ? static_cast<const ZoneItem *>(item)->rect()
                                                       : item->sceneBoundingRect();
    centerOn(area.center());
}

void CanvasView::revealObject(const ObjectRef &ref)
{
    const CanvasItem *item = m_scene->itemFor(ref);
    if (!item)
        return;
    // Scroll only as far as needed, keeping the zoom: the facilitator keeps
    // their bearings while the new element comes into view.
    ensureVisible(item->sceneBoundingRect(), 40, 40);
}

void CanvasView::deleteSelection()
{
    std::vector<ObjectRef> refs;
    for (QGraphicsItem *item : m_scene->selectedItems())
        if (item->type() >= QGraphicsItem::UserType)
            refs.push_back(static_cast<CanvasItem *>(item)->ref());
    if (refs.empty())
        return;
    // Stable order: the undo text and the command's children do not depend
    // on hash order.
    std::sort(refs.begin(), refs.end(), [](const ObjectRef &a, const ObjectRef &b) {
        return a.collection != b.collection ? a.collection < b.collection : a.id < b.id;
    });
    cancelTools();
    m_scene->document()->execute(makeDeleteCommand(m_scene->document(), refs));
}

void CanvasView::addAtViewCentre(const QString &paletteEntry)
{
    addEntryAt(paletteEntry, mapToScene(viewport()->rect().center()));
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        m_fitted = false;  // scrolled away from the fitted view
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        // Keep the point under the pointer where it is. Done by hand: Qt's
        // AnchorUnderMouse reads the global cursor position, which is not
        // where the wheel event happened on every platform.
        const QPoint at = event->position().toPoint();
        const QPointF before = mapToScene(at);
        setZoom(zoom() * std::pow(kZoomStep, steps));
        const QPointF drift = (mapToScene(at) - before) * zoom();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::lround(drift.x())));
        verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::lround(drift.y())));
    }
    event->accept();
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const double step = (m_snap ? kGridSize : 1) * (event->modifiers() & Qt::ShiftModifier ? 5 : 1);
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat() && !m_spaceHeld) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    case Qt::Key_Left: nudge({-step, 0}); return;
    case Qt::Key_Right: nudge({step, 0}); return;
    case Qt::Key_Up: nudge({0, -step}); return;
    case Qt::Key_Down: nudge({0, step}); return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_C:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        setConnectMode(!m_connectMode);
        return;
    case Qt::Key_Escape:
        if (m_connectMode)
            setConnectMode(false);
        else if (m_move->isActive() || m_connect->isActive() || m_band->isActive())
            cancelTools();
        else if (!leaveZoneFocus())
            m_scene->clearSelection();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;  // the release went to another widget
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    m_scene->measureFlowDensity(mapToScene(viewport()->rect()).boundingRect());
    painter->fillRect(rect, kCanvasBackground);
    const double z = zoom();
    if (!m_snap || z < 0.35)
        return;  // too dense to help, and thousands of dots per frame
    // Dots on the snapping grid; every fifth at low zoom. Each is a 2x2
    // device-pixel square: thousands of smoothed round points went through
    // the general stroker and cost more than all the elements on screen.
    const double spacing = z < 0.7 ? kGridSize * 5 : kGridSize;
    const double left = std::floor(rect.left() / spacing) * spacing;
    const double top = std::floor(rect.top() / spacing) * spacing;
    const QTransform toDevice = painter->worldTransform();
    QVector<QRect> dots;
    dots.reserve(int((rect.width() / spacing + 2) * (rect.height() / spacing + 2)));
    for (double x = left; x <= rect.right(); x += spacing)
        for (double y = top; y <= rect.bottom(); y += spacing) {
            const QPoint centre = toDevice.map(QPointF(x, y)).toPoint();
            dots.append(QRect(centre.x() - 1, centre.y() - 1, 2, 2));
        }
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kGridDot);
    painter->drawRects(dots.constData(), int(dots.size()));
    painter->restore();
}

}  // namespace lintel::canvas
