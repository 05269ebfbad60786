#include "importers/structurizr/dslreader.h"

namespace lintel::structurizr {

DslWorkspace readDslWorkspace(const QByteArray &bytes, const QString &fileName)
{
    DslWorkspace ws;
    detail::Reader reader(ws);
    reader.readFile(bytes, fileName, {detail::Block::Workspace});
    if (ws.errors.empty() && ws.name.isEmpty() && ws.elements.empty())
        ws.errors.push_back({fileName, 1, 1, QStringLiteral("not a Structurizr DSL workspace: no \"workspace {\" found")});
    return ws;
}

}  // namespace lintel::structurizr
