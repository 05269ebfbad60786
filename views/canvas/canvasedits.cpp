#include "views/canvas/canvasedits.h"

#include "model/index/lookup.h"
#include "model/document/idfromname.h"
#include "model/style/diagramstyle.h"

#include <cmath>

namespace lintel::canvas {

namespace {

// Positions the user places are saved as whole numbers: on screen a tenth
// of a unit is invisible, and 941.9372607570743 in the file makes every drag
// a noisy diff. (The model itself keeps whatever numbers it is given.)
Position toPosition(QPointF p)
{
    return {std::round(p.x()), std::round(p.y())};
}

std::optional<Position> savedPosition(const View &view, const QString &id)
{
    if (const Position *p = findIn(view.positions, id))
        return *p;
    return std::nullopt;
}

// Puts `id` at `centre` in `view` and then lists it there. Position first,
// so by the time the canvas sees the new member it already knows where to
// draw it.
void placeInView(Document *document, const View &view, const QString &id, QPointF centre)
{
    const QString viewId = view.id;  // `view` changes under the first command
    QStringList members = view.elements;
    document->execute(new MoveElementsCommand(document, viewId, {{id, savedPosition(view, id), toPosition(centre)}}));
    if (!members.contains(id)) {
        members << id;
        document->execute(new SetFieldCommand(document, {Collection::Views, viewId}, QStringLiteral("elements"), members));
    }
}

}  // namespace

QString uniqueId(const Model &model, const QString &base, bool tryBase)
{
    if (tryBase && checkNewId(model, base).isEmpty())
        return base;
    for (int n = 1; n < 100000; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (checkNewId(model, candidate).isEmpty())
            return candidate;
    }
    return base;  // not reached in practice; the validator reports a clash
}

std::optional<ElementKind> paletteKind(const QString &name)
{
    return parseEnum<ElementKind>(name);
}

QString addElement(Document *document, const QString &viewId, ElementKind kind, QPointF centre,
                   const QString &zoneId)
{
    const QString kindName = enumName(kind);
    Element element;
    element.kind = kind;
    element.name = QStringLiteral("New %1").arg(elementStyle(kind).kindLabel);
    // "new-service": derived from the name, so it follows when the name is typed.
    element.id = newIdForName(document->model(), element.name, kindName);
    element.zone = zoneId;
    document->undoStack()->beginMacro(QStringLiteral("Add %1").arg(kindName));
    document->execute(new AddObjectCommand<Element>(document, element));
    if (const View *view = findObject<View>(document->model(), viewId))
        placeInView(document, *view, element.id, centre);
    document->undoStack()->endMacro();
    return element.id;
}

QString addZone(Document *document, const QString &viewId, QPointF centre, const QString &parentId)
{
    Zone zone;
    zone.name = QStringLiteral("New zone");
    zone.id = newIdForName(document->model(), zone.name, QStringLiteral("zone"));
    zone.trust = Trust::Internal;  // the common case; untrusted and DMZ are deliberate choices
    zone.parent = parentId;
    document->undoStack()->beginMacro(QStringLiteral("Add zone"));
    document->execute(new AddObjectCommand<Zone>(document, zone));
    // A zone id in a view stands for the zone and all it holds (see
    // diagramscope.h); its position anchors it while it is still empty.
    if (const View *view = findObject<View>(document->model(), viewId))
        placeInView(document, *view, zone.id, centre);
    document->undoStack()->endMacro();
    return zone.id;
}

QString addFlow(Document *document, const QString &fromId, const QString &toId)
{
    Flow flow;
    flow.id = uniqueIdFrom(document->model(), derivedFlowId(fromId, toId));
    flow.from = fromId;
    flow.to = toId;
    // HTTPS is what a line drawn in a workshop nearly always is, and it is
    // encrypted and synchronous by the rules' own reading of the protocol,
    // so `sync` and `encrypted` stay unset and follow the protocol when
    // someone changes it to kafka or amqp. Authentication stays empty: it
    // is exactly the question a boundary crossing should raise, and
    // inventing "oauth2" would hide it.
    flow.protocol = QStringLiteral("https");
    document->execute(new AddObjectCommand<Flow>(document, flow));
    return flow.id;
}

void commitDrag(Document *document, const QString &viewId, std::vector<MoveElementsCommand::Move> moves,
                const QHash<QString, QString> &newZones)
{
    if (moves.empty() && newZones.isEmpty())
        return;
    const QString what = moves.size() == 1 ? moves.front().elementId : QStringLiteral("%1 elements").arg(moves.size());
    // A macro is never merged with its neighbours: each drag is its own step.
    document->undoStack()->beginMacro(QStringLiteral("Move %1").arg(what));
    for (MoveElementsCommand::Move &move : moves)
        move.to = toPosition({move.to.x, move.to.y});
    if (!moves.empty())
        document->execute(new MoveElementsCommand(document, viewId, std::move(moves)));
    for (auto it = newZones.begin(); it != newZones.end(); ++it)
        document->execute(new SetFieldCommand(document, {Collection::Elements, it.key()}, QStringLiteral("zone"), it.value()));
    document->undoStack()->endMacro();
}

void nudgeElements(Document *document, const QString &viewId,
                   const std::vector<std::pair<QString, QPointF>> &currentCentres, QPointF delta)
{
    const View *view = findObject<View>(document->model(), viewId);
    if (!view || currentCentres.empty())
        return;
    std::vector<MoveElementsCommand::Move> moves;
    for (const auto &[id, centre] : currentCentres)
        moves.push_back({id, savedPosition(*view, id), toPosition(centre + delta)});
    auto *command = new MoveElementsCommand(document, viewId, std::move(moves));
    command->setText(QStringLiteral("Nudge"));
    document->execute(command);
}

}  // namespace lintel::canvas
