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
// dot's crossing reduction also grows with the flows: 200 elements all
// calling each other (39,800 flows) did not finish in minutes. Above this
// many flows sfdp draws the diagram too.
inline constexpr qsizetype kLayeredMaxFlows = 3000;
// Most flows drawn with their labels. Graphviz places edge labels among all
// the other labels and boxes (xlabels.c), which took most of the 40 s of
// the L overview's 20,000 flows; at that density the labels cover each
// other anyway. Above this, each flow's label text is in its tooltip and
// the caption says so.
inline constexpr qsizetype kLabelledMaxFlows = 5000;

// The caption's line for a diagram whose flows carry no labels.
QString unlabelledFlowsNote(qsizetype flows);

// `layered`: dot without saved positions; otherwise neato or sfdp.
EdgeRouting edgeRoutingFor(bool layered, const DiagramSize &size);

}  // namespace lintel
