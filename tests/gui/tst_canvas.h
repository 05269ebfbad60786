#pragma once
// The canvas driven like a user would: real widgets, QTest mouse and
// keyboard events, palette drops as QDropEvents. Every edit must land in the
// model as commands and undo back to exactly the model we started from.
// tst_canvas.cpp: editing; tst_canvas_view.cpp: following the model,
// selection, zoom, findings and rendering; tst_canvas_render.cpp: what the
// viewport shows (level of detail, kinds, caching).
#include "model/document/document.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/selectionmodel.h"

#include <QObject>
#include <memory>

using namespace lintel;
using namespace lintel::canvas;

class TestCanvas : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void buildsOneItemPerShownObject();
    void placesElementsWithoutPositions();
    void dropFromPaletteAddsElementInZone();
    void dropZoneFromPalette();
    void connectByDraggingHandle();
    void moveWithMouseSavesPosition();
    void dragIntoAnotherZoneIsOneStep();
    void siblingZoneOverlapIsMarked();
    void clickDoesNotMove();
    void arrowKeysNudgeAsOneStep();
    void deleteKeyRemovesSelection();
    void undoRedoRestoresExactModel();
    void modelChangesUpdateItems();
    void removeAndRenameFollowModel();
    void findingMarkersFollowFindings();
    void rubberBandSelects();
    void selectionSyncsBothWays();
    void zoomAndCenter();
    void rendersModelToPng();
    void editsReRouteOnlyAffectedFlows();
    void clipsFlowsToTheVisibleArea();
    // tst_canvas_render.cpp
    void levelOfDetailDropsLabels();
    void eachKindDrawnDistinctly();
    void cachedItemsRepaintOnChange();
    void flowHitTestFollowsItsOutline();
    void crowdedFlowsOnlyWhenMany();
    // tst_canvas_pointer.cpp
    void connectHandlesOnFourSidesAtAnyZoom();
    void connectModeClickSourceThenTarget();
    void contextMenuRequestNamesWhatIsUnderThePointer();
    void acceptedFindingsDrawnApart();
    // tst_canvas_kinds.cpp
    void kindNamesComeFromOneRow();
    void paletteOffersKindsFromTheTable();
    void panelIconsPaintWithTheCanvasPainter();

private:
    const Model &model() const { return doc->model(); }
    QPoint at(QPointF scenePos) const { return view->mapFromScene(scenePos); }
    QPointF savedPosition(const QString &id) const;
    void drop(const QString &entry, QPointF scenePos);
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {});
    // The viewport's pixels inside an element's body (or all of the item),
    // scrolled into view.
    QImage grabBody(const QString &id, bool wholeItem = false) const;

    std::unique_ptr<Document> doc;
    std::unique_ptr<SelectionModel> selection;
    std::unique_ptr<DiagramScene> scene;
    std::unique_ptr<CanvasView> view;
    Model original;
};
