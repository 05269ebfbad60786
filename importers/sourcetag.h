#pragma once
// Where an imported object came from, kept in its `x-source` key:
//
//   x-source: {format: openapi, document: Swagger Petstore, file: petstore.yaml, id: listPets}
//
// `format` and `document` name the source (the document's own title, so a
// newer version under another file name is still the same source); `id` is
// the object's id in that source, or a JSON pointer where it has none.
// Two objects are the same imported object when format, document and id
// agree: that is what lets a re-import update instead of duplicate.
// `file` is only for people. Objects without `x-source` are the user's and
// an import never changes or removes them.
#include "model/yamlvalue.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lintel {

struct SourceTag {
    QString format;
    QString document;
    QString file;
    QString id;

    // The identity a re-import matches on (file left out on purpose).
    QString key() const { return format + u'\n' + document + u'\n' + id; }
    bool sameSourceAs(const SourceTag &other) const
    {
        return format == other.format && document == other.document;
    }
};

inline const QString &sourceKeyName()
{
    static const QString name = QStringLiteral("x-source");
    return name;
}

// An imported API's schemas have no extras of their own; the API lists the
// names its source gave it under this key, so a re-import knows which ones
// it owns.
inline const QString &sourceSchemasKeyName()
{
    static const QString name = QStringLiteral("x-source-schemas");
    return name;
}
void setSourceSchemas(Extras &extras, const QStringList &names);

// Reads the tag from an object's extras; nullopt when it has none (or a
// malformed one, which is then the user's to fix and the object is theirs).
std::optional<SourceTag> sourceTagOf(const Extras &extras);

// Sets (or replaces) the `x-source` key in `extras`, keeping its position.
void setSourceTag(Extras &extras, const SourceTag &tag);

// A JSON pointer token: "~" and "/" escaped as RFC 6901 says.
QString pointerToken(const QString &key);

}  // namespace lintel
