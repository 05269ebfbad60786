#pragma once
// What a Structurizr workspace holds, in Structurizr's own terms, before it
// becomes Lintel objects (dslmapping.cpp). Both forms of a workspace are
// read into it: the DSL (dslreader.h) and the JSON (jsonworkspace.cpp), so
// one mapping serves both and the same workspace gives the same model in
// either form. Keeping reading and mapping apart keeps each small: the
// readers know the syntax, the mapping knows Lintel.
#include "model/diagnostic.h"
#include "model/yamlvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace lintel::structurizr {

// Adds `name: value` to the x-structurizr-properties or
// x-structurizr-perspectives mapping (`section`) of an object's extras.
void addStructurizrExtra(Extras &extras, const QString &section, const QString &name, const QString &value);

struct DslElement {
    QString type;       // "person", "softwaresystem", "container", "component"
    QString name, description, technology;
    QStringList tags;
    QString parent;     // canonical name of the enclosing element
    QString group;
    QString canonical;  // "Container://Internet Banking System.API Application": Structurizr's identity
    QString zone;       // canonical name of the deployment node of its first instance
    QStringList deployedIn;  // the nodes of all its instances (deployment views show them all)
    Extras extras;      // properties and perspectives

    void addExtra(const QString &section, const QString &name, const QString &value)
    {
        addStructurizrExtra(extras, section, name, value);
    }
};

struct DslRelationship {
    QString from, to;   // canonical names
    QString description, technology;
    QStringList tags;
    Extras extras;      // properties
};

struct DslZone {
    QString canonical;  // "Deployment://Live/Big Bank plc/bigbank-db01"
    QString name, technology, parent;
    Extras extras;      // properties (of a deployment node)
};

struct DslView {
    QString type;       // "systemlandscape", "container", ...
    QString key, title, scope;  // scope: canonical name of the element it is about
    QString environment;
    bool includeAll = false;
    QStringList included;  // canonical names named by include or dynamic steps
    // The JSON form lists exactly what a view shows (Structurizr expanded
    // its include rules when it saved it). The mapping then keeps those
    // elements, in the order `include *` would give them, so both forms of
    // one workspace give the same view.
    bool listedExactly = false;
};

struct DslWorkspace {
    QString name, description;
    std::vector<DslElement> elements;
    std::vector<DslRelationship> relationships;
    std::vector<DslZone> zones;
    std::vector<DslView> views;
    Extras properties;  // the workspace's own properties, as x-structurizr-properties
    QStringList notes;
    Diagnostics errors;

    const DslElement *element(const QString &canonical) const
    {
        for (const DslElement &e : elements)
            if (e.canonical == canonical)
                return &e;
        return nullptr;
    }
};

// Reads a workspace file (and the files it !includes).
DslWorkspace readDslWorkspace(const QByteArray &bytes, const QString &fileName);

// Reads a workspace in Structurizr's JSON form (the schema published in
// structurizr/json).
DslWorkspace readJsonWorkspace(const QByteArray &bytes, const QString &fileName);

}  // namespace lintel::structurizr
