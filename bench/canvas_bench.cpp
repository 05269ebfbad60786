// How fast the canvas opens and draws a large model. Generates the L model
// (5,000 elements, 20,000 flows; seeded, so runs compare), then times:
// building the scene, zoom-to-fit and the first frame (together: "open"),
// frames at several zoom levels and while panning, and single edits (a
// rename, a nudge, adding an element from the palette) including the
// repaint that follows.
//
//   QT_QPA_PLATFORM=offscreen bench_canvas [S|M|L|XL] [frames]
#include "bench/generator.h"
#include "model/document/commands.h"
#include "views/canvas/canvasedits.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/selectionmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QScrollBar>
#include <algorithm>
#include <cstdio>

using namespace lintel;
using namespace lintel::canvas;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One full repaint of the visible canvas, as the screen would get it.
double frame(CanvasView &view)
{
    QElapsedTimer timer;
    timer.start();
    const QPixmap pixmap = view.viewport()->grab();
    const double elapsed = ms(timer);
    if (pixmap.isNull())
        std::fprintf(stderr, "empty frame\n");
    return elapsed;
}

double medianFrame(CanvasView &view, int frames)
{
    std::vector<double> times;
    for (int i = 0; i < frames; ++i)
        times.push_back(frame(view));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void row(const char *what, double milliseconds)
{
    std::printf("  %-44s %9.1f ms\n", what, milliseconds);
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    bench::ModelSize size;
    const QString sizeName = args.size() > 1 ? args[1] : QStringLiteral("L");
    if (!bench::sizeByName(sizeName, &size)) {
        std::fprintf(stderr, "usage: bench_canvas [S|M|L|XL] [frames]\n");
        return 2;
    }
    const int frames = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;

    QElapsedTimer timer;
    timer.start();
    Document document(bench::generateModel(size, 42));
    const double generate = ms(timer);
    const QString viewId = document.model().views.front().id;
    std::printf("Canvas benchmark, %s model: %zu elements, %zu flows, %zu zones (generated in %.0f ms)\n",
                qPrintable(sizeName.toUpper()), document.model().elements.size(), document.model().flows.size(),
                document.model().zones.size(), generate);

    SelectionModel selection;
    timer.restart();
    DiagramScene scene(&document, &selection, viewId);
    const double build = ms(timer);

    CanvasView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    timer.restart();
    view.zoomToFit();
    const double fit = ms(timer);
    const double first = frame(view);
    std::printf("\nOpening\n");
    row("scene build (items, lanes, zones)", build);
    row("zoom to fit", fit);
    row("first frame (overview)", first);
    row("open total: build + fit + first frame", build + fit + first);

    std::printf("\nFrames, 1600x1000 viewport, median of %d\n", frames);
    std::printf("  %-44s %9.1f ms  (zoom %.3f)\n", "overview (fit)", medianFrame(view, frames), view.zoom());
    const QPointF middle = scene.contentRect().center();
    for (double zoom : {0.15, 0.35, 0.6, 1.0}) {
        view.setZoom(zoom);
        view.centerOn(middle);
        const QByteArray label = QStringLiteral("zoom %1").arg(zoom).toUtf8();
        row(label.constData(), medianFrame(view, frames));
    }
    // Panning at a readable zoom: scroll, repaint, repeat.
    view.setZoom(0.6);
    view.centerOn(middle);
    std::vector<double> pans;
    for (int i = 0; i < frames * 2; ++i) {
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 120);
        pans.push_back(frame(view));
    }
    std::sort(pans.begin(), pans.end());
    row("pan step at zoom 0.6 (scroll 120 px + frame)", pans[pans.size() / 2]);

    std::printf("\nOne edit (command, scene update, repaint at zoom 1)\n");
    view.setZoom(1.0);
    const Element &target = document.model().elements[document.model().elements.size() / 2];
    const QString targetId = target.id;
    view.centerOnObject({Collection::Elements, targetId});
    frame(view);
    timer.restart();
    document.execute(new SetFieldCommand(&document, {Collection::Elements, targetId}, QStringLiteral("name"),
                                         QStringLiteral("Renamed in the workshop")));
    const double rename = ms(timer);
    row("rename an element: command + item sync", rename);
    row("  + repaint", rename + frame(view));

    std::vector<std::pair<QString, QPointF>> centres{{targetId, QPointF()}};
    const View *view0 = findObject<View>(document.model(), viewId);
    if (const Position *p = findIn(view0->positions, targetId))
        centres.front().second = QPointF(p->x, p->y);
    timer.restart();
    nudgeElements(&document, viewId, centres, QPointF(20, 0));
    const double nudge = ms(timer);
    row("nudge an element: command + flows + zones", nudge);
    row("  + repaint", nudge + frame(view));

    timer.restart();
    addElement(&document, viewId, ElementKind::Service, QPointF(-400, -400), QString());
    const double add = ms(timer);
    row("add an element (palette drop): 3 commands", add);
    row("  + repaint", add + frame(view));

    timer.restart();
    document.undoStack()->undo();
    row("undo that", ms(timer));
    return 0;
}
