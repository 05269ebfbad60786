#pragma once
// Graphviz HTML-like labels for nodes, edges, zones and the legend. HTML-like
// labels (not quoted strings) so names can be bold, badges coloured and any
// character escaped as an entity: a name like `"<Admin> & co"` can never
// break the DOT syntax. Every function returns the inside of `<...>`, ready
// for agstrdup_html().
#include "exporters/diagram/findingmarks.h"
#include "model/style/diagramscope.h"
#include "model/style/diagramstyle.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <vector>

namespace lintel::dotlabel {

// Escapes & < > " ' and drops control characters Graphviz's XML parser
// rejects. Newlines must already be gone (use lines()).
QString escape(const QString &text);

// Escaped lines joined with <BR/>.
QString lines(const QStringList &lines);

// "#rrggbb", the colour syntax every Graphviz renderer understands.
QString color(const QColor &c);

// Text for tooltip attributes: one line per entry, shortened, and with
// backslashes doubled because Graphviz expands escapes like \N in tooltips.
QString tooltip(const QStringList &lines);

struct NodeOptions {
    const FindingMark *mark = nullptr;  // draw the ⚠ row
    QString zoneLine;                   // shown when zones are not drawn as clusters
};

QString node(const Model &model, const Element &element, const NodeOptions &options);
// One label for flows drawn as one edge (same ends and style): their label
// lines without repeats, the crossing warning, the findings count.
QString edge(const ModelIndex &index, const std::vector<const Flow *> &flows,
             const FindingMark *mark);
// `trust`: the zone's effective trust (DiagramScope::zoneTrust).
QString zone(const Zone &zone, std::optional<Trust> trust);

// The caption under the diagram: title, then what the shapes, zone colours,
// line styles and badges that this diagram uses mean.
QString legend(const Model &model, const ModelIndex &index, const DiagramScope &scope,
               bool findingsMarked, const QString &note);

}  // namespace lintel::dotlabel
