#pragma once
// Reading a Threagile model in two steps, like OTM (importers/otm/):
// checkThreagile() finds every broken id and reference (FILE:LINE:COL), and
// only a clean document goes to mapThreagile().
//
// Threagile's own example builds data assets from others with YAML merge
// keys (`<<: *customer-contracts`); the document tree reads `<<` as an
// ordinary key, so field() looks there when an object lacks a key itself.
#include "importers/documenttree.h"
#include "model/types.h"

#include <QHash>
#include <QStringList>

namespace lintel::threagile {

// `key` of a mapping, or of the mapping(s) it merges in with `<<`.
NodeIndex field(const DocumentTree &doc, NodeIndex mapping, const char *key);
QString fieldText(const DocumentTree &doc, NodeIndex mapping, const char *key);
QStringList fieldTexts(const DocumentTree &doc, NodeIndex mapping, const char *key);  // a list of scalars

// Objects by their Threagile id, with the title (the key they sit under).
struct Named {
    QString title;
    NodeIndex node = kNoNode;
};

struct ThreagileIndex {
    QString title;  // the model's title: the document's name in x-source
    std::vector<std::pair<QString, Named>> dataAssets, technicalAssets, trustBoundaries;  // id -> object, in order
    QHash<QString, QString> boundaryOfAsset;   // technical asset id -> innermost trust boundary id
    QHash<QString, QString> parentOfBoundary;  // trust boundary id -> the one it is nested in
    bool hasDataAsset(const QString &id) const;
    bool hasTechnicalAsset(const QString &id) const;
};

ThreagileIndex checkThreagile(DocumentTree &doc);
Model mapThreagile(DocumentTree &doc, const ThreagileIndex &index, QStringList &notes);

// Vocabulary (threagilekinds.cpp).
std::optional<ElementKind> kindForTechnology(const QString &technology);
std::optional<bool> encryptedForProtocol(const QString &protocol);
std::optional<Classification> classificationFor(const QString &confidentiality);

}  // namespace lintel::threagile
