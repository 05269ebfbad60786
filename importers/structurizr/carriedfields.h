#pragma once
// Lintel fields that `lintel-cli export structurizr` wrote as `lintel.*`
// properties (model/compare/fieldproperties.h), read back onto the objects
// the mapping made, so an exported model imports to the same model.
#include "model/compare/fieldproperties.h"
#include "model/types.h"

namespace lintel::structurizr {

struct CarriedFields {
    TextProperties fields;  // the `lintel.*` properties
    Extras rest;            // the object's extras without them
    QString id() const;     // the `lintel.id` property, or empty
};

// Splits the `lintel.*` entries out of an object's x-structurizr-properties.
CarriedFields takeCarriedFields(const Extras &extras);

// A deployment environment has no properties in the DSL: the exporter
// writes its fields among the workspace's, as `lintel.environment[NAME].FIELD`.
TextProperties environmentFields(const Extras &workspaceProperties, const QString &environment);

// Sets the fields on object `index` of the model's section (`elements`, `flows`, `zones`).
void applyCarriedFields(Model &model, const QString &section, int index, const TextProperties &fields);

}  // namespace lintel::structurizr
