#include "model/document/duplicatecommand.h"
#include "model/index/lookup.h"

#include "model/document/idfromname.h"

#include <QSet>

namespace lintel {

QUndoCommand *makeDuplicateCommand(Document *document, const QString &viewId, const std::vector<Duplicate> &copies,
                                   QStringList *newIds)
{
    const Model &model = document->model();
    std::vector<Element> added;
    std::vector<MoveElementsCommand::Move> moves;
    QSet<QString> taken;
    for (const Duplicate &copy : copies) {
        const Element *original = findObject<Element>(model, copy.originalId);
        if (!original)
            continue;
        Element element = *original;
        element.loc = {};
        element.name = QStringLiteral("%1 copy").arg(original->name.isEmpty() ? original->id : original->name);
        const QString derived = idFromName(element.name);
        const QString base = derived.isEmpty() ? QStringLiteral("%1-copy").arg(original->id) : derived;
        element.id = uniqueIdFrom(model, base);
        for (int n = 2; taken.contains(element.id); ++n)
            element.id = uniqueIdFrom(model, QStringLiteral("%1-%2").arg(base).arg(n));
        taken.insert(element.id);
        moves.push_back({element.id, std::nullopt, copy.at});
        added.push_back(std::move(element));
    }
    if (added.empty())
        return nullptr;
    auto *command = new QUndoCommand(added.size() == 1 ? QStringLiteral("Duplicate %1").arg(copies.front().originalId)
                                                       : QStringLiteral("Duplicate %1 elements").arg(added.size()));
    QStringList ids;
    for (const Element &element : added) {
        ids << element.id;
        new AddObjectCommand<Element>(document, element, -1, command);
    }
    if (const View *view = findObject<View>(model, viewId)) {
        new MoveElementsCommand(document, viewId, std::move(moves), command);
        new SetFieldCommand(document, {Collection::Views, viewId}, QStringLiteral("elements"),
                            QStringList(view->elements) << ids, command);
    }
    if (newIds)
        *newIds = ids;
    return command;
}

}  // namespace lintel
