#include "exporters/diagram/edgerouting.h"

#include <algorithm>
#include <cmath>

namespace lintel {

QString unlabelledFlowsNote(qsizetype flows)
{
    return QStringLiteral("%1 flows are too many to label: each flow's protocol and API are in its "
                          "tooltip (labels are drawn up to %2 flows).")
        .arg(flows)
        .arg(kLabelledMaxFlows);
}

PngPlan pngPlanFor(double widthPt, double heightPt, qsizetype edges)
{
    PngPlan plan;
    const bool dense = edges > kLabelledMaxFlows;
    plan.solidFlows = dense;
    plan.maxPixels = dense ? kMaxDensePngPixels : kMaxPngPixels;
    const double width = std::max(widthPt / 72.0 * kScreenDpi, 1.0);
    const double height = std::max(heightPt / 72.0 * kScreenDpi, 1.0);
    double scale = 1.0;
    if (width * height > plan.maxPixels)
        scale = std::sqrt(plan.maxPixels / (width * height));
    scale = std::min({scale, kMaxPngSide / width, kMaxPngSide / height});
    plan.dpi = kScreenDpi * scale;
    return plan;
}

EdgeRouting edgeRoutingFor(bool layered, const DiagramSize &size)
{
    if (layered)
        return {QStringLiteral("true"), {}};
    if (size.elements > kCurvedRoutingMaxElements)
        return {QStringLiteral("line"),
                QStringLiteral("flows drawn as straight lines: routing curves around %1 elements "
                               "is too slow (curves are drawn up to %2)")
                    .arg(size.elements)
                    .arg(kCurvedRoutingMaxElements)};
    if (size.parallelEdges)
        return {QStringLiteral("line"),
                QStringLiteral("flows drawn as straight lines: two differently styled flows join "
                               "the same two elements, which Graphviz cannot curve safely")};
    return {QStringLiteral("true"), {}};
}

}  // namespace lintel
