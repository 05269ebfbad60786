#pragma once
// Reusable Graphviz rendering of Lintel diagrams, in process (libgvc), for
// the diagram exporter, the handover exporter (inline SVG) and the editor's
// auto-layout. Thread-safe: Graphviz itself is not, so calls are serialised
// internally; run them off the UI thread.
//
//   RenderRequest request{model, &view};
//   RenderResult svg = renderDiagram(request, "svg");
//   if (!svg.ok()) showError(svg.error);
//
// Layout: `dot` (default) draws zones as nested boxes, left to right. If dot
// fails (Graphviz 2.42 can hit "trouble in init_rank" on large clustered
// graphs) the diagram is drawn again with sfdp, then neato, without zone boxes
// (each element then names its zone) and `messages` says so. A view with
// positions saved by the editor keeps them (neato, pinned), unless they mix
// the elements of different zones so that a zone's box would cover a foreign
// element: then dot lays it out and `messages` names the zone and element.
//
// Size limits keep large diagrams fast (edgerouting.h): dot gives way to
// sfdp above kLayeredMaxElements, and neato and sfdp curve flows around the
// boxes only up to kCurvedRoutingMaxElements; `messages` says when either
// applies.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace lintel {

struct RenderRequest {
    const Model &model;
    const View *view = nullptr;            // nullptr: the whole model
    QString layout = QStringLiteral("dot"); // dot | neato | sfdp
    bool markFindings = false;             // ⚠ and coloured borders on findings
    const Findings *findings = nullptr;    // used when markFindings
    bool useSavedPositions = true;         // keep the editor's positions if the view has some
};

struct RenderResult {
    QMap<QString, QByteArray> outputs;  // by format: "svg", "png", "pdf", "dot"
    QStringList messages;               // notes for the user (fallbacks, Graphviz warnings)
    QString error;                      // empty on success
    QString layoutUsed;                 // engine that placed the nodes ("" for dot-only output)
    bool ok() const { return error.isEmpty(); }
    QByteArray bytes(const QString &format) const { return outputs.value(format); }
};

// Formats renderDiagram understands, whether or not this machine can make them.
QStringList diagramFormats();  // {"svg", "png", "pdf", "dot"}
// Those this Graphviz installation can actually produce ("dot" always).
QStringList availableDiagramFormats();
QStringList diagramLayouts();  // {"dot", "sfdp", "neato"}

// One layout, several formats: every output shows the same picture. "dot" is
// the graph's DOT source (deterministic, before layout; `dot -Tsvg` renders
// it). A requested format this Graphviz cannot produce is an error that names
// the missing renderer.
RenderResult renderDiagramFormats(const RenderRequest &request, const QStringList &formats);
RenderResult renderDiagram(const RenderRequest &request, const QString &format);

struct LayoutResult {
    QHash<QString, QPointF> positions;  // element id -> centre in pixels, y down, origin top-left
    QSizeF size;                        // of the whole drawing, pixels
    QStringList messages;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Positions for the editor's auto-layout: ignores positions the view already
// has, lays out with `layout` (same fallbacks as rendering).
LayoutResult layoutPositions(const Model &model, const View *view,
                             const QString &layout = QStringLiteral("dot"));

}  // namespace lintel
