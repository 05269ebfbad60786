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

// How a PNG is drawn (the SVG and PDF always keep every detail). Cairo's
// time grows with the pixels and with the ink: the 20,000 flows of the L
// overview, each thousands of pixels long, took 22 s at 36 megapixels, half
// in rasterising and half in compressing a bitmap that is nearly all lines,
// and async flows' dashes are cut in drawing units, so their count does not
// fall with the resolution. A drawing of more than kLabelledMaxFlows Graphviz
// edges can only be read as an overview: its PNG gets a smaller pixel budget
// and solid flows (dashes there are under a pixel long and would not show).
inline constexpr double kMaxPngPixels = 36e6;
inline constexpr double kMaxPngSide = 30000;
inline constexpr double kMaxDensePngPixels = 4e6;
inline constexpr double kScreenDpi = 96;

struct PngPlan {
    double dpi = kScreenDpi;   // Graphviz's 96, or less for a large drawing
    double maxPixels = kMaxPngPixels;
    bool solidFlows = false;   // dashed flows drawn solid
    bool reduced() const { return dpi < kScreenDpi; }
};

// For a laid-out drawing of `widthPt` x `heightPt` points with `edges` edges.
PngPlan pngPlanFor(double widthPt, double heightPt, qsizetype edges);

// `layered`: dot without saved positions; otherwise neato or sfdp.
EdgeRouting edgeRoutingFor(bool layered, const DiagramSize &size);

}  // namespace lintel
