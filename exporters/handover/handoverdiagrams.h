#pragma once
// The handover's diagrams: one per view (the whole model when there are no
// views), drawn by the shared Graphviz renderer as SVG. A diagram that fails
// to draw does not fail the handover: its section says why instead.
#include "exporters/handover/handoverdata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace lintel::handover {

struct HandoverDiagram {
    QString viewId;     // empty for the whole model
    QString title;      // the view's name
    QString fileName;   // relative to handover/: "diagrams/<id>.svg"
    QByteArray svg;     // empty when drawing failed
    QString error;      // why it failed
};

// `cancelled` is polled between diagrams.
std::vector<HandoverDiagram> drawDiagrams(const Model &model, QStringList &messages,
                                          const std::function<bool()> &cancelled);

// The `diagrams` list (heading, image, alt, error) for the template.
void addDiagrams(const std::vector<HandoverDiagram> &diagrams, bool skipped, Data &root);

}  // namespace lintel::handover
