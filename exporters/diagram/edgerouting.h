#pragma once
// How a diagram's flows are drawn: Graphviz's `splines` attribute, chosen by
// the size of the diagram so that exporting stays fast.
//
// neato and sfdp route curves around the boxes (splines=true) by building a
// visibility graph of every box corner, which costs the cube of the number of
// corners: about 0.2 s for the 32 elements of the shop overview, over a
// minute for 500 elements. Above a few dozen elements they draw straight
// lines. Graphviz 2.43 also aborts the process (an assertion in
// multispline.c) when it curves two flows between the same pair of elements
// around an obstacle, so a diagram with such a pair gets straight lines too.
//
// dot routes curves along its ranks, which is cheap; only very large
// layered graphs get straight lines (see edgerouting.cpp for the figures).
#include <QString>

namespace lintel {

struct DiagramSize {
    qsizetype elements = 0;
    qsizetype flows = 0;           // Graphviz edges (flows drawn together count once)
    bool parallelFlows = false;    // two edges join the same two elements (either way)
};

struct EdgeRouting {
    QString splines;  // the Graphviz attribute value: "true" or "line"
    QString note;     // why curves were not drawn; empty when they were
    bool curved() const { return splines == QLatin1String("true"); }
};

// Largest diagram whose flows neato and sfdp curve around the boxes.
inline constexpr qsizetype kCurvedRoutingMaxElements = 40;
// Largest layered (dot) diagram whose flows are curved.
inline constexpr qsizetype kLayeredCurvesMaxFlows = 600;

// `layered`: dot without saved positions; otherwise neato or sfdp.
EdgeRouting edgeRoutingFor(bool layered, const DiagramSize &size);

}  // namespace lintel
