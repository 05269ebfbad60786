#pragma once
// Writes a model as Structurizr DSL text. What has a slot in the DSL goes
// there (names, descriptions, tags, contexts as groups, zones as deployment
// nodes, protocols as technology); every other field is written as a
// `lintel.*` property (model/compare/fieldproperties.h), which
// `import structurizr` reads back. Structurizr names elements by name, so
// two elements of one type with the same name cannot be written.
#include "model/types.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lintel::structurizr {

struct DslText {
    QString text;
    QStringList notes;  // what was left out
};

// The workspace, or nullopt with `error` saying why it cannot be written.
std::optional<DslText> writeDslWorkspace(const Model &model, QString *error);

}  // namespace lintel::structurizr
