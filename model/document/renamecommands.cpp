#include "model/document/renamecommands.h"
#include "model/index/lookup.h"

#include "model/document/idfromname.h"

#include <QSet>

namespace lintel {

namespace {

// The object's name, as the field named by nameField(); empty if none.
QString currentName(const Model &model, const ObjectRef &ref, bool *exists)
{
    const QString field = nameField(ref.collection);
    QString name;
    *exists = false;
    withCollectionType(ref.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        if (const T *object = findObject<T>(model, ref.id)) {
            *exists = true;
            if (!field.isEmpty())
                name = getField(*object, field).toString();
        }
    });
    return name;
}

}  // namespace

QUndoCommand *makeRenameIdCommand(Document *document, const ObjectRef &ref, const QString &newId,
                                  QUndoCommand *parent)
{
    QUndoCommand *holder = parent ? parent : new QUndoCommand(QStringLiteral("Rename %1 to %2").arg(ref.id, newId));
    const Model &model = document->model();
    // Worked out before anything runs: children run in order, and by the
    // time the flows' commands run the element already has its new id.
    std::vector<std::pair<QString, QString>> flowRenames;
    if (ref.collection == Collection::Elements) {
        QSet<QString> taken{newId};
        for (const Flow &flow : model.flows) {
            if (flow.from != ref.id && flow.to != ref.id)
                continue;
            if (!flow.id.startsWith(derivedFlowId(flow.from, flow.to)))
                continue;
            const QString suffix = flow.id.mid(derivedFlowId(flow.from, flow.to).size());
            if (!suffix.isEmpty() && !(suffix.size() > 1 && suffix[0] == u'-' && suffix.mid(1).toInt() > 1))
                continue;  // "a-to-b-primary" was written by hand
            const QString from = flow.from == ref.id ? newId : flow.from;
            const QString to = flow.to == ref.id ? newId : flow.to;
            QString wanted = derivedFlowId(from, to);
            QString candidate = uniqueIdFrom(model, wanted, flow.id);
            for (int n = 2; taken.contains(candidate); ++n)
                candidate = uniqueIdFrom(model, QStringLiteral("%1-%2").arg(wanted).arg(n), flow.id);
            taken.insert(candidate);
            if (candidate != flow.id)
                flowRenames.emplace_back(flow.id, candidate);
        }
    }
    new RenameIdCommand(document, ref, newId, holder);
    for (const auto &[oldFlowId, newFlowId] : flowRenames)
        new RenameIdCommand(document, {Collection::Flows, oldFlowId}, newFlowId, holder);
    return holder;
}

QString idAfterRename(const Model &model, const ObjectRef &ref, const QString &newName)
{
    bool exists = false;
    const QString oldName = currentName(model, ref, &exists);
    if (!exists || !idFollowsName(ref.id, oldName))
        return ref.id;
    const QString derived = idFromName(newName);
    if (derived.isEmpty())
        return ref.id;
    return uniqueIdFrom(model, derived, ref.id);
}

QUndoCommand *makeRenameCommand(Document *document, const ObjectRef &ref, const QString &newName)
{
    bool exists = false;
    currentName(document->model(), ref, &exists);
    const QString field = nameField(ref.collection);
    if (!exists || field.isEmpty())
        return nullptr;
    const QString newId = idAfterRename(document->model(), ref, newName);
    auto *command = new QUndoCommand(QStringLiteral("Rename %1 to \"%2\"").arg(ref.id, newName));
    new SetFieldCommand(document, ref, field, newName, command);
    if (newId != ref.id)
        makeRenameIdCommand(document, ref, newId, command);
    return command;
}

}  // namespace lintel
