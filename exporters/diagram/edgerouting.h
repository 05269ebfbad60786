#pragma once
// Choices that keep Graphviz fast on large diagrams: how flows are drawn
// (the `splines` attribute) and when dot gives way to sfdp.
//
// neato and sfdp route curves around the boxes (splines=true) through a
// visibility graph of every box corner, which costs the cube of the number
// of corners: 0.2 s for the 32 elements of the shop overview, 0.9 s for 50,
// over five minutes for 500. Larger diagrams get straight lines (0.5 s for
// 500 elements). Graphviz 2.43 also aborts the whole process (an assertion
// in multispline.c) when it curves two edges between the same two elements
// around an obstacle, so a diagram with such a pair gets straight lines too.
//
// dot's own curve routing is cheap, but its ranking and crossing reduction
// are not: 0.1 s CPU for 100 elements, 2.3 s for 300, 5.6 s for 400, over
// a minute for 500 (with or without curves). Larger graphs are drawn with
// sfdp (about 1 s for 500 elements).
#include <QString>

namespace lintel {

struct DiagramSize {
    qsizetype elements = 0;
    bool parallelEdges = false;  // two Graphviz edges join the same two elements (either way)
};

struct EdgeRouting {
    QString splines;  // the Graphviz attribute value: "true" or "line"
    QString note;     // for the user when curves were not drawn; else empty
    bool curved() const { return splines == QLatin1String("true"); }
};

// Largest diagram whose flows neato and sfdp curve around the boxes.
inline constexpr qsizetype kCurvedRoutingMaxElements = 40;
// Largest diagram dot lays out; above it sfdp draws it.
inline constexpr qsizetype kLayeredMaxElements = 300;

// `layered`: dot without saved positions; otherwise neato or sfdp.
EdgeRouting edgeRoutingFor(bool layered, const DiagramSize &size);

}  // namespace lintel
