#pragma once
// Reading an OTM document, in two steps so that nothing is mapped from a
// broken document:
//
// 1. checkOtm(): the version, the ids of every list (present, unique) and
//    every reference between them (parents, dataflow ends, assets,
//    threats, mitigations). Each problem is a FILE:LINE:COL error.
// 2. mapOtm(): the checked document as Lintel objects (otmmapping.cpp).
#include "importers/documenttree.h"
#include "model/types.h"

#include <QHash>
#include <QStringList>

namespace lintel::otm {

// OTM's top-level lists of objects with ids, by the key they sit under.
struct OtmIndex {
    QHash<QString, NodeIndex> trustZones, components, dataflows, assets, threats, mitigations;
    QString version;  // "0.1.0" or "0.2.0"
    QString project;  // project.name: the document's name in x-source
};

// Step 1; errors land in `doc`.
OtmIndex checkOtm(DocumentTree &doc);

// Step 2; `notes` gets what could not be represented, with its line.
Model mapOtm(DocumentTree &doc, const OtmIndex &index, QStringList &notes);

// Lintel's levels for OTM's 0-100 scores (otmkinds.cpp).
Trust trustForRating(double rating);
Classification classificationForConfidentiality(double confidentiality);
// An element kind from a component's type and tags, when they say it
// clearly; nullopt otherwise (the caller takes a service and says so).
std::optional<ElementKind> kindForComponent(const QString &type, const QStringList &tags);

}  // namespace lintel::otm
