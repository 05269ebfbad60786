// How fast the editor's canvas opens, draws and edits a large model.
//
//   QT_QPA_PLATFORM=offscreen bench_canvas [S|M|L|XL] [frames]
//
// Generates the model (default L: 5,000 elements, 20,000 flows; seeded, so
// runs compare) and saves it as .lintel and YAML. "Open" is what the user
// waits for: load the file, build the scene, zoom to fit and paint the
// first frame into a QImage (target: under 3 s for L). Then frames at
// several zoom levels (level of detail drops labels and icons when zoomed
// out), pan steps, single edits with their repaint, and the live
// validator's answer to an edit: how long the UI thread is busy (a visible
// pause) and how long until the new findings arrive from the worker.
#include "bench/benchclock.h"
#include "bench/generator.h"
#include "model/document/commands.h"
#include "model/index/lookup.h"
#include "model/io/modelfile.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasedits.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QApplication>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace lintel;
using namespace lintel::canvas;
using bench::printRow;
using bench::Timing;

namespace {

constexpr QSize kViewport{1600, 1000};

// One full repaint of the visible canvas into an image, as the screen
// would get it.
void paintFrame(CanvasView &view)
{
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
}

Timing medianFrame(CanvasView &view, int frames)
{
    return bench::medianTiming(frames, [&] { paintFrame(view); });
}

// Everything between choosing a file and seeing the overview.
struct OpenedCanvas {
    std::unique_ptr<Document> document;
    std::unique_ptr<SelectionModel> selection;
    std::unique_ptr<DiagramScene> scene;
    std::unique_ptr<CanvasView> view;
};

OpenedCanvas openAndShow(const QString &path, const QString &format)
{
    OpenedCanvas c;
    Timing load, build, fit, first;
    load = bench::timeOnce([&] {
        ModelLoadResult loaded = loadModelFile(path);
        c.document = std::make_unique<Document>(loaded.ok() ? std::move(*loaded.model) : Model());
    });
    const QString viewId = c.document->model().views.front().id;
    build = bench::timeOnce([&] {
        c.selection = std::make_unique<SelectionModel>();
        c.scene = std::make_unique<DiagramScene>(c.document.get(), c.selection.get(), viewId);
        c.view = std::make_unique<CanvasView>(c.scene.get());
        c.view->resize(kViewport);
        c.view->show();
        QCoreApplication::processEvents();
    });
    fit = bench::timeOnce([&] { c.view->zoomToFit(); });
    first = bench::timeOnce([&] { paintFrame(*c.view); });
    printRow(QStringLiteral("open %1: load file").arg(format), load);
    printRow(QStringLiteral("open %1: build scene and view").arg(format), build);
    printRow(QStringLiteral("open %1: zoom to fit").arg(format), fit);
    printRow(QStringLiteral("open %1: first frame (overview)").arg(format), first);
    printRow(QStringLiteral("**open %1: total**").arg(format),
             {load.wallMs + build.wallMs + fit.wallMs + first.wallMs,
              load.cpuMs + build.cpuMs + fit.cpuMs + first.cpuMs},
             QStringLiteral("target < 3,000 ms for L"));
    return c;
}

void benchFrames(CanvasView &view, const DiagramScene &scene, int frames)
{
    printRow(QStringLiteral("frame: overview (zoom %1)").arg(view.zoom(), 0, 'f', 3), medianFrame(view, frames),
             QStringLiteral("shapes only"));
    const QPointF middle = scene.contentRect().center();
    for (double zoom : {0.15, 0.35, 0.6, 1.0}) {
        view.setZoom(zoom);
        view.centerOn(middle);
        const QString detail = zoom < kLodShapesOnly ? QStringLiteral("shapes only")
                             : zoom < kLodNameOnly   ? QStringLiteral("names")
                                                     : QStringLiteral("full detail");
        printRow(QStringLiteral("frame: zoom %1").arg(zoom), medianFrame(view, frames), detail);
    }
    // Panning at a readable zoom: scroll, repaint, repeat.
    view.setZoom(0.6);
    view.centerOn(middle);
    const Timing pan = bench::medianTiming(frames * 2, [&] {
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 120);
        paintFrame(view);
    });
    printRow(QStringLiteral("pan step at zoom 0.6 (scroll 120 px + frame)"), pan);
}

// The edit itself and its repaint, on the UI thread.
void benchEdit(const QString &what, CanvasView &view, const std::function<void()> &edit)
{
    const Timing command = bench::timeOnce(edit);
    const Timing repaint = bench::timeOnce([&] { paintFrame(view); });
    printRow(QStringLiteral("edit: %1").arg(what), command, QStringLiteral("then repaint %1 ms")
                                                                .arg(repaint.wallMs, 0, 'f', 1));
}

// After an edit: the UI thread's share, then the wait for the worker.
void benchLiveValidation(Document &document, const QString &targetId)
{
    LiveValidator validator(&document);
    QEventLoop loop;
    QObject::connect(&validator, &LiveValidator::validated, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    validator.schedule();
    loop.exec();  // the first run, as when the file opens

    int edits = 0;
    const Timing uiThread = bench::medianTiming(5, [&] {
        document.execute(new SetFieldCommand(&document, {Collection::Elements, targetId},
                                             QStringLiteral("technology"),
                                             QStringLiteral("Edited %1").arg(++edits)));
    });
    loop.exec();
    printRow(QStringLiteral("edit with live validation: UI thread"), uiThread,
             QStringLiteral("%1 findings").arg(validator.findings().size()));
    printRow(QStringLiteral("edit with live validation: findings arrive"),
             {double(validator.lastLatencyMs()), 0},
             QStringLiteral("wall ms from the last edit, incl. 40 ms debounce; worker thread"));
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    bench::ModelSize size;
    const QString sizeName = args.size() > 1 ? args[1].toUpper() : QStringLiteral("L");
    if (!bench::sizeByName(sizeName, &size)) {
        std::fprintf(stderr, "usage: bench_canvas [S|M|L|XL] [frames]\n");
        return 2;
    }
    const int frames = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;

    QTemporaryDir dir;
    const QString lintelPath = dir.filePath(QStringLiteral("model.lintel"));
    const QString yamlPath = dir.filePath(QStringLiteral("model.yaml"));
    {
        const Model model = bench::generateModel(size, 42);
        QString error;
        if (!saveModelFile(model, lintelPath, QStringLiteral("bench"), &error)
            || !saveModelFile(model, yamlPath, QString(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    bench::printTableHeader(QStringLiteral("Canvas, size %1, viewport %2x%3, frames: median of %4")
                                .arg(sizeName)
                                .arg(kViewport.width())
                                .arg(kViewport.height())
                                .arg(frames));
    openAndShow(yamlPath, QStringLiteral("YAML"));
    OpenedCanvas c = openAndShow(lintelPath, QStringLiteral(".lintel"));
    benchFrames(*c.view, *c.scene, frames);

    Document &document = *c.document;
    const QString viewId = c.scene->viewId();
    const QString targetId = document.model().elements[document.model().elements.size() / 2].id;
    c.view->setZoom(1.0);
    c.view->centerOnObject({Collection::Elements, targetId});
    paintFrame(*c.view);
    benchEdit(QStringLiteral("rename an element"), *c.view, [&] {
        document.execute(new SetFieldCommand(&document, {Collection::Elements, targetId}, QStringLiteral("name"),
                                             QStringLiteral("Renamed in the workshop")));
    });
    const Position *p = findIn(findObject<View>(document.model(), viewId)->positions, targetId);
    const std::vector<std::pair<QString, QPointF>> centres{{targetId, p ? QPointF(p->x, p->y) : QPointF()}};
    benchEdit(QStringLiteral("nudge an element"), *c.view,
              [&] { nudgeElements(&document, viewId, centres, QPointF(20, 0)); });
    benchEdit(QStringLiteral("add an element (palette drop)"), *c.view,
              [&] { addElement(&document, viewId, ElementKind::Service, QPointF(-400, -400), QString()); });
    benchEdit(QStringLiteral("undo that"), *c.view, [&] { document.undoStack()->undo(); });
    benchLiveValidation(document, targetId);
    return 0;
}
