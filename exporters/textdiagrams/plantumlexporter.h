#pragma once
// `lintel-cli export plantuml`: C4-PlantUML container diagrams
// (diagrams/<view>.puml) using the C4 library bundled with PlantUML.
#include "exporters/textdiagrams/textdiagramexporter.h"

namespace lintel {

// The PlantUML text of one diagram; deterministic.
QByteArray plantUmlDiagram(const Model &model, const DiagramScope &scope);

// Text for inside a PlantUML "..." argument: one line, with quotes,
// backslashes, <, >, &, the preprocessor's $ and % and doubled Creole markup
// characters (// ** -- __ ~~ ==) written as &#NN; entities, so user text can
// neither end the string, call a function nor switch on italics.
QString plantUmlText(const QString &text);

class PlantUmlExporter final : public TextDiagramExporter {
public:
    QString id() const override { return QStringLiteral("plantuml"); }
    QString title() const override { return QStringLiteral("PlantUML C4 diagrams"); }
    QString description() const override
    {
        return QStringLiteral("Writes each view as a C4-PlantUML container diagram, "
                              "diagrams/<view>.puml, with zones as boundaries.");
    }

protected:
    QString extension() const override { return QStringLiteral("puml"); }
    QByteArray render(const Model &model, const DiagramScope &scope) const override
    {
        return plantUmlDiagram(model, scope);
    }
};

}  // namespace lintel
