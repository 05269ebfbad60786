#pragma once
// `lintel-cli export mermaid`: Mermaid flowcharts (diagrams/<view>.mmd) that
// render in GitHub/GitLab Markdown and most wikis.
#include "exporters/textdiagrams/textdiagramexporter.h"

namespace lintel {

// The Mermaid text of one diagram; deterministic.
QByteArray mermaidDiagram(const Model &model, const DiagramScope &scope);

// Text for inside a Mermaid "..." label: quotes, <, >, &, #, | and backticks as
// Mermaid entity codes (#quot; #lt; ...), so no user text can end the label
// or inject HTML.
QString mermaidText(const QString &text);

class MermaidExporter final : public TextDiagramExporter {
public:
    QString id() const override { return QStringLiteral("mermaid"); }
    QString title() const override { return QStringLiteral("Mermaid diagrams"); }
    QString description() const override
    {
        return QStringLiteral("Writes each view as a Mermaid flowchart, diagrams/<view>.mmd, "
                              "with zones as subgraphs.");
    }

protected:
    QString extension() const override { return QStringLiteral("mmd"); }
    QByteArray render(const Model &model, const DiagramScope &scope) const override
    {
        return mermaidDiagram(model, scope);
    }
};

}  // namespace lintel
