#pragma once
// What one view shows, and where elements without a saved position go.
// Follows the rules of model/style/diagramscope.h (a zone id in the view
// stands for everything inside it; flows need both ends; zones come with
// their ancestors) so the canvas and the exported diagrams show the same
// things, but with hash look-ups throughout: a view of the L model has
// 5,000 elements and 20,000 flows. Additionally a zone listed in the view
// is shown even while empty, so a zone just dropped from the palette is
// visible before anything is put into it.
#include "model/types.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QStringList>

namespace lintel::canvas {

struct SceneContent {
    QStringList elements;            // model order
    QSet<QString> elementSet;
    QStringList zones;               // model order
    QHash<QString, QString> zoneParent;  // shown parent; "" at the top (loops cut)
    QHash<QString, int> zoneDepth;   // 0 at the top
    QStringList flows;               // model order; both ends shown
};

// `view` nullptr: the whole model.
SceneContent computeSceneContent(const Model &model, const View *view);

// The saved positions of `view` (element centres), as a hash.
QHash<QString, QPointF> savedPositions(const View *view);

// Centres for `unplaced` (shown elements without a position): a grid block
// per zone (sub-zones next to their parent, so nesting stays drawable),
// placed to the right of `occupied`. Deterministic: the same model always
// gets the same layout.
QHash<QString, QPointF> initialPlacement(const Model &model, const SceneContent &content,
                                         const QStringList &unplaced, const QRectF &occupied);

}  // namespace lintel::canvas
