#pragma once
// The shape the threat-model importers share: parse the document, check it
// completely (every problem with its place), and map it to Lintel objects
// only when nothing was wrong. Notes of the mapping are prefixed with the
// file name, like every other importer's.
#include "importers/documenttree.h"
#include "importers/importer.h"

namespace lintel {

// `check(doc)` returns what the mapping needs (ids, references) and adds
// its problems to `doc`; `map(doc, checked, notes)` returns the fragment.
template <class Check, class Map>
ImportResult importCheckedDocument(const ImportRequest &request, Check &&check, Map &&map)
{
    ImportResult result;
    DocumentTree doc(request.bytes, request.fileName);
    if (!doc.ok()) {
        result.errors = doc.errors();
        return result;
    }
    const auto checked = check(doc);
    if (!doc.ok()) {
        result.errors = doc.errors();
        return result;
    }
    QStringList notes;
    result.fragment = map(doc, checked, notes);
    for (const QString &note : notes)
        result.notes << request.fileName + u':' + note;
    return result;
}

}  // namespace lintel
