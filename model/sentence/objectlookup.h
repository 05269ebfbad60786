#pragma once
// Finding an object by what a person typed: its id or its name (any case),
// with "did you mean ...?" when neither matches. Shared by the sentence
// parser and its completion.
#include "model/document/collections.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lintel::sentence {

struct Lookup {
    ObjectRef ref;   // id empty when nothing matched
    QString error;   // "no element called 'x' — did you mean y?"
    bool found() const { return !ref.id.isEmpty(); }
};

// Looks `text` up in `collections`, in order: ids first, then names.
// `what` names the collections in the error ("element", "zone or team").
Lookup lookUp(const Model &model, const QString &text, const std::vector<Collection> &collections,
              const QString &what);

// The ids and names of the objects in `collections`, for completion.
QStringList idsAndNames(const Model &model, const std::vector<Collection> &collections);

}  // namespace lintel::sentence
