#include "exporters/diagram/graphvizrenderer.h"

#include "exporters/diagram/edgerouting.h"
#include "exporters/diagram/graphvizlayout.h"
#include "model/style/diagramstyle.h"

#include <graphviz/gvc.h>

#include <utility>
#include <vector>

namespace lintel {

namespace {

GraphSpec specFor(const RenderRequest &request, const DiagramScope &scope, const FindingMarks *marks,
                  QStringList &messages)
{
    GraphSpec spec;
    spec.layout = request.layout.isEmpty() ? QStringLiteral("dot") : request.layout;
    spec.marks = marks;
    if (request.useSavedPositions && hasSavedPositions(scope)) {
        // Only neato honours pinned positions; the user arranged this view
        // by hand, so that wins over the requested engine.
        spec.pinned = true;
        spec.layout = QStringLiteral("neato");
    }
    avoidSlowLayering(spec, scope, messages);
    return spec;
}

// The PNG plan for `graph` (laid out): how large, and whether dashes go.
PngPlan pngPlan(Agraph_t *graph)
{
    const boxf bb = GD_bb(graph);
    return pngPlanFor(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y, agnedges(graph));
}

// Draws dashed edges solid while it lives (PngPlan::solidFlows), then puts
// the dashes back, so the SVG and PDF of the same layout keep them.
class SolidFlowsWhileDrawing {
public:
    explicit SolidFlowsWhileDrawing(Agraph_t *graph, bool active)
    {
        Agsym_t *style = active ? agattr(graph, AGEDGE, const_cast<char *>("style"), nullptr) : nullptr;
        if (!style)
            return;
        for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n))
            for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e))
                if (QByteArray value = agxget(e, style); value.contains("dashed")) {
                    m_changed.push_back({e, value});
                    value.replace("dashed", "solid");
                    agxset(e, style, value.data());
                }
        m_style = style;
    }
    ~SolidFlowsWhileDrawing()
    {
        for (auto &[edge, value] : m_changed)
            agxset(edge, m_style, value.data());
    }
    SolidFlowsWhileDrawing(const SolidFlowsWhileDrawing &) = delete;
    SolidFlowsWhileDrawing &operator=(const SolidFlowsWhileDrawing &) = delete;
    bool changedAny() const { return !m_changed.empty(); }

private:
    Agsym_t *m_style = nullptr;
    std::vector<std::pair<Agedge_t *, QByteArray>> m_changed;
};

void noteRouting(const DotGraph &graph, QStringList &messages)
{
    if (const QString note = graph.routing().note; !note.isEmpty())
        messages << QStringLiteral("%1: %2").arg(graph.scope().id, note);
}

bool renderOne(GraphvizSession &session, const LaidOutGraph &laidOut, const QString &format,
               QByteArray &out, QString &error)
{
    char *data = nullptr;
    unsigned int length = 0;
    session.takeMessages();
    session.resetErrors();
    QByteArray name = format.toUtf8();
    const int rc = gvRenderData(session.context(), laidOut.graph().graph(), name.constData(),
                                &data, &length);
    const QStringList messages = session.takeMessages();
    if (rc == 0 && data)
        out = QByteArray(data, qsizetype(length));
    if (data)
        gvFreeRenderData(data);
    if (rc != 0 || out.isEmpty()) {
        error = QStringLiteral("Graphviz could not write %1: %2")
                    .arg(format.toUpper(),
                         messages.isEmpty() ? QStringLiteral("no output") : messages.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

}  // namespace

QStringList diagramFormats()
{
    return {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf"),
            QStringLiteral("dot")};
}

QStringList availableDiagramFormats()
{
    GraphvizSession session;
    const QStringList devices = session.renderFormats();
    QStringList out;
    for (const QString &f : diagramFormats())
        if (f == QLatin1String("dot") || devices.contains(f))
            out << f;
    return out;
}

QStringList diagramLayouts()
{
    return {QStringLiteral("dot"), QStringLiteral("sfdp"), QStringLiteral("neato")};
}

RenderResult renderDiagramFormats(const RenderRequest &request, const QStringList &formats)
{
    RenderResult result;
    for (const QString &f : formats)
        if (!diagramFormats().contains(f)) {
            result.error = QStringLiteral("unknown diagram format '%1' (use %2)")
                               .arg(f, diagramFormats().join(QStringLiteral(", ")));
            return result;
        }
    if (!request.layout.isEmpty() && !diagramLayouts().contains(request.layout)) {
        result.error = QStringLiteral("unknown layout '%1' (use %2)")
                           .arg(request.layout, diagramLayouts().join(QStringLiteral(", ")));
        return result;
    }

    const DiagramScope scope = diagramScope(request.model, request.view);
    const FindingMarks marks = request.markFindings && request.findings
        ? findingMarks(*request.findings) : FindingMarks();
    const GraphSpec spec = specFor(request, scope, request.markFindings ? &marks : nullptr, result.messages);

    GraphvizSession session;
    QStringList images;
    const QStringList devices = session.renderFormats();
    for (const QString &f : formats) {
        if (f == QLatin1String("dot"))
            continue;
        if (!devices.contains(f)) {
            result.error = QStringLiteral("this Graphviz cannot write %1: no '%2' renderer plugin "
                                          "is installed (on Debian the cairo renderers come with "
                                          "libgvc6; check `dot -T%2`)")
                               .arg(f.toUpper(), f);
            return result;
        }
        images << f;
    }

    if (formats.contains(QLatin1String("dot")) && images.isEmpty() && !spec.pinned) {
        // DOT alone needs no layout; it is the graph as built. (Saved
        // positions do: only the layout shows whether they can be kept.)
        const DotGraph graph(request.model, scope, spec);
        noteRouting(graph, result.messages);
        result.outputs.insert(QStringLiteral("dot"), graph.source());
        return result;
    }
    if (images.isEmpty() && !formats.contains(QLatin1String("dot")))
        return result;

    LaidOutGraph laidOut(session, request.model, scope, spec, result.messages);
    if (!laidOut.ok()) {
        result.error = laidOut.error();
        return result;
    }
    result.layoutUsed = laidOut.engine();
    noteRouting(laidOut.graph(), result.messages);
    if (laidOut.spec().pinned && request.layout != QLatin1String("neato"))
        result.messages << QStringLiteral("%1: kept the positions saved in the view (neato instead of %2)")
                               .arg(scope.id, request.layout);
    if (formats.contains(QLatin1String("dot"))) {
        // The source of the graph that was actually drawn (the fallback's, if
        // any). Written from a fresh build: a laid-out graph carries `bb`.
        result.outputs.insert(QStringLiteral("dot"), DotGraph(request.model, scope, laidOut.spec()).source());
    }
    for (const QString &f : images) {
        QByteArray bytes;
        Agraph_t *graph = laidOut.graph().graph();
        const PngPlan plan = f == QLatin1String("png") ? pngPlan(graph) : PngPlan();
        const double savedDpi = GD_drawing(graph)->dpi;
        if (plan.reduced()) {
            GD_drawing(graph)->dpi = plan.dpi;
            result.messages << QStringLiteral("%1: PNG drawn at %2 dpi to stay under %3 megapixels; the "
                                              "SVG has every detail")
                                   .arg(scope.id)
                                   .arg(int(plan.dpi))
                                   .arg(int(plan.maxPixels / 1e6));
        }
        const SolidFlowsWhileDrawing solid(graph, plan.solidFlows);
        if (solid.changedAny())
            result.messages << QStringLiteral("%1: PNG draws async flows solid: at %2 lines their dashes "
                                              "would not show (the SVG has them)")
                                   .arg(scope.id)
                                   .arg(agnedges(graph));
        const bool ok = renderOne(session, laidOut, f, bytes, result.error);
        GD_drawing(graph)->dpi = savedDpi;
        if (!ok)
            return result;
        result.outputs.insert(f, bytes);
    }
    return result;
}

RenderResult renderDiagram(const RenderRequest &request, const QString &format)
{
    return renderDiagramFormats(request, QStringList{format});
}

LayoutResult layoutPositions(const Model &model, const View *view, const QString &layout)
{
    LayoutResult result;
    if (!diagramLayouts().contains(layout)) {
        result.error = QStringLiteral("unknown layout '%1'").arg(layout);
        return result;
    }
    const DiagramScope scope = diagramScope(model, view);
    GraphSpec spec;
    spec.layout = layout;
    avoidSlowLayering(spec, scope, result.messages);
    GraphvizSession session;
    LaidOutGraph laidOut(session, model, scope, spec, result.messages);
    if (!laidOut.ok()) {
        result.error = laidOut.error();
        return result;
    }
    // Graphviz: points, y up, origin at the bounding box's lower left.
    // Editor: pixels, y down, origin top left.
    const boxf bb = GD_bb(laidOut.graph().graph());
    const auto &nodes = laidOut.graph().nodes();
    for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
        const pointf p = ND_coord(it.value());
        result.positions.insert(it.key(), QPointF((p.x - bb.LL.x) / kPointsPerPixel,
                                                  (bb.UR.y - p.y) / kPointsPerPixel));
    }
    result.size = QSizeF((bb.UR.x - bb.LL.x) / kPointsPerPixel, (bb.UR.y - bb.LL.y) / kPointsPerPixel);
    return result;
}

}  // namespace lintel
