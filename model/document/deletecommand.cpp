#include "model/document/commands.h"
#include "model/index/lookup.h"

#include <QSet>

namespace lintel {

namespace {

// Removes `elementIds` from every view (membership and saved position).
void leaveViews(Document *doc, const QSet<QString> &elementIds, QUndoCommand *parent)
{
    for (const View &view : doc->model().views) {
        QStringList members = view.elements;
        OrderedMap<Position> positions = view.positions;
        const auto before = members.size() + qsizetype(positions.size());
        members.removeIf([&](const QString &id) { return elementIds.contains(id); });
        std::erase_if(positions, [&](const auto &entry) { return elementIds.contains(entry.first); });
        if (members.size() + qsizetype(positions.size()) == before)
            continue;
        const ObjectRef ref{Collection::Views, view.id};
        new SetFieldCommand(doc, ref, QStringLiteral("elements"), members, parent);
        new SetFieldCommand(doc, ref, QStringLiteral("positions"), QVariant::fromValue(positions), parent);
    }
}

void deleteElements(Document *doc, const QSet<QString> &ids, QUndoCommand *parent)
{
    for (const Flow &flow : doc->model().flows)
        if (ids.contains(flow.from) || ids.contains(flow.to))
            new RemoveObjectCommand<Flow>(doc, flow.id, parent);
    leaveViews(doc, ids, parent);
    for (const QString &id : ids)
        new RemoveObjectCommand<Element>(doc, id, parent);
}

// A zone's elements and sub-zones move up to its parent zone, so deleting a
// boundary never deletes what was drawn inside it.
void deleteZone(Document *doc, const Zone &zone, QUndoCommand *parent)
{
    for (const Element &e : doc->model().elements)
        if (e.zone == zone.id)
            new SetFieldCommand(doc, {Collection::Elements, e.id}, QStringLiteral("zone"), zone.parent, parent);
    for (const Zone &z : doc->model().zones)
        if (z.parent == zone.id)
            new SetFieldCommand(doc, {Collection::Zones, z.id}, QStringLiteral("parent"), zone.parent, parent);
    new RemoveObjectCommand<Zone>(doc, zone.id, parent);
}

}  // namespace

QUndoCommand *makeDeleteCommand(Document *document, const std::vector<ObjectRef> &refs)
{
    auto *command = new QUndoCommand;
    command->setText(refs.size() == 1 ? QStringLiteral("Delete %1 %2").arg(collectionName(refs.front().collection),
                                                                           refs.front().id)
                                      : QStringLiteral("Delete %1 objects").arg(refs.size()));
    QSet<QString> elementIds;
    QSet<QString> flowIds;
    for (const ObjectRef &ref : refs) {
        if (ref.collection == Collection::Elements)
            elementIds.insert(ref.id);
    }
    // Flows first: a flow selected together with its element must not be
    // removed twice.
    for (const Flow &flow : document->model().flows)
        if (elementIds.contains(flow.from) || elementIds.contains(flow.to))
            flowIds.insert(flow.id);
    for (const ObjectRef &ref : refs) {
        if (ref.collection == Collection::Elements || (ref.collection == Collection::Flows && flowIds.contains(ref.id)))
            continue;
        if (ref.collection == Collection::Zones) {
            if (const Zone *zone = findObject<Zone>(document->model(), ref.id))
                deleteZone(document, *zone, command);
            continue;
        }
        withCollectionType(ref.collection, [&](auto tag) {
            using T = typename decltype(tag)::type;
            if (findObject<T>(document->model(), ref.id))
                new RemoveObjectCommand<T>(document, ref.id, command);
        });
    }
    if (!elementIds.isEmpty())
        deleteElements(document, elementIds, command);
    return command;
}

}  // namespace lintel
