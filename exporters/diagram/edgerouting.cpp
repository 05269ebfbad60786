#include "exporters/diagram/edgerouting.h"

namespace lintel {

QString unlabelledFlowsNote(qsizetype flows)
{
    return QStringLiteral("%1 flows are too many to label: each flow's protocol and API are in its "
                          "tooltip (labels are drawn up to %2 flows).")
        .arg(flows)
        .arg(kLabelledMaxFlows);
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
