#pragma once
// What the parts of the OpenAPI importer share while reading one document:
// the tree, which dialect it is, and the tag every object's x-source starts
// from. OpenAPI 3.0 and 3.1 differ little for Lintel (3.1 allows a list of
// types and webhooks); Swagger 2.0 keeps schemas under `definitions` and the
// request body among the parameters.
#include "importers/documenttree.h"
#include "importers/sourcetag.h"
#include "model/types.h"

#include <QStringList>

namespace lintel::openapiimport {

enum class Dialect { Swagger2, OpenApi30, OpenApi31 };

struct Source {
    DocumentTree &doc;
    Dialect dialect = Dialect::OpenApi30;
    SourceTag tag;       // format, document and file; id set per object
    QStringList &notes;

    bool isSwagger2() const { return dialect == Dialect::Swagger2; }
    SourceTag tagFor(const QString &id) const
    {
        SourceTag t = tag;
        t.id = id;
        return t;
    }
};

// Schemas: components/schemas (or definitions) as schema -> field -> type.
OrderedMap<OrderedMap<QString>> readSchemas(Source &source);
// The Lintel type text of a schema node: a component's name, "Pet[]",
// "long", "date-time", ...
QString typeName(Source &source, NodeIndex schema);

// paths (and 3.1 webhooks) as operations, ids unique within the contract.
std::vector<ApiOperation> readOperations(Source &source);

// The security schemes in words ("OAuth 2.0 (petstore_auth); API key in
// header api_key"), in the form the OpenAPI exporter reads back.
QString readAuthentication(Source &source);

}  // namespace lintel::openapiimport
