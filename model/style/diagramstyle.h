#pragma once
// What an element, a zone and a flow look like in every diagram Lintel draws.
// The editor's canvas and the exporters (Graphviz, Mermaid, PlantUML) all ask
// here, so a datastore is the same salmon cylinder on screen and in the
// handover PDF. QtGui only (QColor): no widgets, no Graphviz.
//
// Colours: light fills with a darker stroke of the same hue, so black text
// stays readable (contrast ≥ 7:1 on every fill) and the kinds still differ
// for colour-blind readers by shape as well as hue.
#include "model/index/modelindex.h"
#include "model/style/elementkinds.h"
#include "model/types.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <optional>

namespace lintel {

// GUI positions are in pixels at 96 dpi with y growing down; Graphviz works
// in points (72 per inch) with y growing up.
inline constexpr double kPointsPerPixel = 72.0 / 96.0;

// NodeShape and the per-kind data (shape, colours, names, group, palette
// entry) live in the kind table, model/style/elementkinds.h.

struct ElementStyle {
    NodeShape shape = NodeShape::Rounded;
    QColor fill;
    QColor stroke;
    QColor text;
    QString kindLabel;  // one word: "service", "datastore" (the kind's YAML name)
};

// Built from the kind's row in kElementKinds.

ElementStyle elementStyle(ElementKind kind);

struct ZoneStyle {
    QColor fill;
    QColor border;
    bool dashedBorder = false;  // untrusted zones: the edge of what we control
};

// `trust` empty: a zone whose trust level nobody recorded (drawn grey).
ZoneStyle zoneStyle(std::optional<Trust> trust);
// A zone without its own trust inherits its parent's (effectiveTrust).
ZoneStyle zoneStyle(const Model &model, const Zone &zone);
// "Name (trust)" with the effective trust; the id when there is no name; no
// parenthesis when no trust is known.
QString zoneLabel(const Model &model, const Zone &zone);
// The same with the effective trust already known (DiagramScope::zoneTrust):
// the overloads above look it up, which is linear in the number of zones.
QString zoneLabel(const Zone &zone, std::optional<Trust> trust);

QColor classificationColor(Classification classification);
// Upper-case badge text: "CONFIDENTIAL".
QString classificationBadge(Classification classification);

// Border colour for elements and flows that have findings.
QColor findingColor(Severity severity);

struct FlowStyle {
    QColor color;
    double width = 1.2;           // points
    bool dashed = false;          // asynchronous
    bool crossesBoundary = false; // the two ends are in different zones
    // A boundary crossing that is unencrypted or unauthenticated: drawn red
    // and thick because it is the first thing a reviewer must question.
    bool unprotectedCrossing = false;
    QStringList warnings;         // "unencrypted", "no auth" (crossings only)
};

// Styling many flows: pass a ModelIndex built once from the model instead
// of the model, so each flow's ends are found without a linear search.
FlowStyle flowStyle(const Model &model, const Flow &flow);
FlowStyle flowStyle(const ModelIndex &index, const Flow &flow);

// True when the flow crosses a zone boundary, as the rule engine defines it
// (crossesBoundary in model/index/semantics.h: both ends in zones that differ).
bool flowCrossesZones(const Model &model, const Flow &flow);
bool flowCrossesZones(const ModelIndex &index, const Flow &flow);

// The text on a flow's arrow: protocol and sync/async on the first line
// ("HTTPS · sync"), the API it uses on the second ("api: Orders API").
// Lines are separated by '\n'; each line is already shortened.
QString flowLabel(const Model &model, const Flow &flow);
QString flowLabel(const ModelIndex &index, const Flow &flow);

// The second part of an element's label: "«kind» technology" on one line
// when it fits kLabelLineWidth, else the technology wrapped below «kind».
// A long technology must not make a node much wider than its name.
QStringList elementKindLines(const Element &element);

// The most sensitive classification of the data classes an element holds
// (its `data` list); empty when it holds none with a classification. Same
// answer as the rule engine's highestClassification(model, ids).
std::optional<Classification> highestClassification(const Model &model, const Element &element);

}  // namespace lintel
