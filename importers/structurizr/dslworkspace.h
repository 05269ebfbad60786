#pragma once
// What the Structurizr DSL reader finds, in Structurizr's own terms, before
// it becomes Lintel objects (dslmapping.cpp). Keeping the two steps apart
// keeps each small: the reader knows the grammar, the mapping knows Lintel.
#include "model/diagnostic.h"
#include "model/yamlvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace lintel::structurizr {

struct DslElement {
    QString type;       // "person", "softwaresystem", "container", "component"
    QString name, description, technology;
    QStringList tags;
    QString parent;     // canonical name of the enclosing element
    QString group;
    QString canonical;  // "Container://Internet Banking System.API Application": Structurizr's identity
    QString zone;       // canonical name of the deployment node of its first instance
    Extras extras;      // properties and perspectives
};

struct DslRelationship {
    QString from, to;   // canonical names
    QString description, technology;
    QStringList tags;
};

struct DslZone {
    QString canonical;  // "Deployment://Live/Big Bank plc/bigbank-db01"
    QString name, technology, parent;
};

struct DslView {
    QString type;       // "systemlandscape", "container", ...
    QString key, title, scope;  // scope: canonical name of the element it is about
    QString environment;
    bool includeAll = false;
    QStringList included;  // canonical names named by include or dynamic steps
};

struct DslWorkspace {
    QString name, description;
    std::vector<DslElement> elements;
    std::vector<DslRelationship> relationships;
    std::vector<DslZone> zones;
    std::vector<DslView> views;
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

}  // namespace lintel::structurizr
