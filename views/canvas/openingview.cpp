#include "views/canvas/openingview.h"

#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/canvas/zoneitem.h"

#include <algorithm>

namespace lintel::canvas {

namespace {

// Windows tried when looking for the busiest part: enough to find it on a
// workshop model, few enough to stay instant on the 20,000-element one.
constexpr int kMaxCandidates = 400;

struct Busiest {
    QRectF area;
    qsizetype count = 0;
};

// The viewport-sized window (at `zoom`) holding the most element centres,
// among windows centred on elements.
Busiest busiestWindow(const QList<QPointF> &centres, QSizeF viewport, double zoom)
{
    // Centres in this window put whole elements within the view at `zoom`.
    const QSizeF window(viewport.width() / zoom - 2 * kFitMargin - kElementSize.width(),
                        viewport.height() / zoom - 2 * kFitMargin - kElementSize.height());
    const qsizetype step = std::max<qsizetype>(1, centres.size() / kMaxCandidates);
    Busiest best;
    for (qsizetype i = 0; i < centres.size(); i += step) {
        const QRectF candidate(centres[i].x() - window.width() / 2, centres[i].y() - window.height() / 2,
                               window.width(), window.height());
        const qsizetype count = std::count_if(centres.begin(), centres.end(),
                                              [&](const QPointF &c) { return candidate.contains(c); });
        if (count > best.count)
            best = {candidate, count};
    }
    if (best.count == 0)
        return best;
    // Shrink to what it holds, so the fit centres the elements themselves.
    QRectF used;
    for (const QPointF &c : centres)
        if (best.area.contains(c))
            used |= QRectF(c - QPointF(kElementSize.width() / 2, kElementSize.height() / 2), kElementSize);
    best.area = used;
    return best;
}

}  // namespace

double zoomToShow(const QRectF &area, QSizeF viewport)
{
    const QRectF target = area.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    if (target.isEmpty())
        return 1;
    return std::min(viewport.width() / target.width(), viewport.height() / target.height());
}

QRectF openingArea(const DiagramScene &scene, QSizeF viewport, double minZoom)
{
    const QRectF content = scene.contentRect();
    if (content.isEmpty() || zoomToShow(content, viewport) >= minZoom)
        return content;
    QList<QPointF> centres;
    for (const ElementItem *element : scene.elementItems())
        centres << element->pos();
    const Busiest window = busiestWindow(centres, viewport, minZoom);
    // A whole zone reads better than an arbitrary cut through several, so
    // the busiest zone that fits wins unless the window shows many more.
    const ZoneItem *bestZone = nullptr;
    qsizetype bestCount = 0;
    for (const ZoneItem *zone : scene.zoneItems()) {
        if (zoomToShow(zone->rect(), viewport) < minZoom)
            continue;
        const qsizetype count = scene.zoneMembers(zone->id(), true).size();
        if (count > bestCount || (count == bestCount && bestZone && zone->rect().width() > bestZone->rect().width())) {
            bestZone = zone;
            bestCount = count;
        }
    }
    if (bestZone && bestCount * 4 >= window.count * 3)
        return bestZone->rect();
    return window.count > 0 ? window.area : content;
}

}  // namespace lintel::canvas
