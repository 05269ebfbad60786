#include "app/gui/autolayout.h"

#include "app/gui/layoutfit.h"
#include "exporters/diagram/graphvizrenderer.h"
#include "model/document/commands.h"
#include "model/index/lookup.h"

#include <QPointer>
#include <QThreadPool>

namespace lintel {

namespace {

struct Result {
    LayoutResult layout;
    FittedLayout fitted;
};

}  // namespace

AutoLayout::AutoLayout(Document *document, QObject *parent) : QObject(parent), m_document(document) {}

AutoLayout::~AutoLayout()
{
    QThreadPool::globalInstance()->waitForDone();
}

QStringList AutoLayout::movedByHand(const QString &viewId) const
{
    QStringList moved;
    const View *view = findObject<View>(m_document->model(), viewId);
    const auto applied = m_applied.constFind(viewId);
    if (!view || applied == m_applied.constEnd())
        return moved;  // never laid out here: every position is up for layout
    for (const QString &id : view->elements) {
        const Position *now = findIn(view->positions, id);
        const auto placed = applied->constFind(id);
        if (!now || placed == applied->constEnd())
            continue;
        // Neither where the layout put it nor where it was before (undo).
        const QPointF at(now->x, now->y);
        if (at != placed->laidOut && (!placed->before || at != *placed->before))
            moved << id;
    }
    return moved;
}

void AutoLayout::start(const QString &viewId, const QString &engine)
{
    const View *view = findObject<View>(m_document->model(), viewId);
    if (!view) {
        emit finished(false, viewId.isEmpty() ? tr("This tab shows the whole model and cannot keep positions. "
                                                   "Add a view first (View → New View).")
                                              : tr("There is no view '%1' to lay out.").arg(viewId));
        return;
    }
    m_running = true;
    const int generation = ++*m_generation;
    QPointer<AutoLayout> self(this);
    Model copy = m_document->model();
    QThreadPool::globalInstance()->start([self, copy = std::move(copy), viewId, engine, generation] {
        const View *copiedView = findObject<View>(copy, viewId);
        Result result;
        result.layout = layoutPositions(copy, copiedView, engine);
        if (result.layout.ok())
            result.fitted = fitToCanvas(diagramScope(copy, copiedView), result.layout.positions);
        QMetaObject::invokeMethod(self.data(), [self, result, viewId, generation] {
            if (!self || generation != *self->m_generation)
                return;  // cancelled or superseded
            self->m_running = false;
            if (!result.layout.ok()) {
                emit self->finished(false, result.layout.error);
                return;
            }
            QStringList messages = result.layout.messages;
            if (!result.fitted.conflict.isEmpty())
                messages << tr("Some boxes still overlap on the canvas (%1).").arg(result.fitted.conflict);
            self->apply(viewId, result.fitted.positions, messages);
        }, Qt::QueuedConnection);
    });
}

void AutoLayout::apply(const QString &viewId, const QHash<QString, QPointF> &positions, const QStringList &messages)
{
    const View *view = findObject<View>(m_document->model(), viewId);
    if (!view) {
        emit finished(false, tr("The view was deleted while it was laid out."));
        return;
    }
    const QStringList kept = movedByHand(viewId);
    // The new arrangement starts where the old one did, so what the user
    // placed by hand stays next to it rather than far off at (0, 0).
    QRectF before, after;
    for (const QString &id : view->elements) {
        if (const Position *p = findIn(view->positions, id))
            before |= QRectF(QPointF(p->x, p->y), QSizeF(1, 1));
        if (positions.contains(id))
            after |= QRectF(positions.value(id), QSizeF(1, 1));
    }
    const QPointF shift = kept.isEmpty() || before.isNull() ? QPointF() : before.topLeft() - after.topLeft();
    std::vector<MoveElementsCommand::Move> moves;
    QHash<QString, Placed> applied;
    for (const QString &id : view->elements) {
        const auto it = positions.find(id);
        if (it == positions.end() || kept.contains(id))
            continue;
        const QPointF to = *it + shift;
        const Position *old = findIn(view->positions, id);
        moves.push_back({id, old ? std::optional<Position>(*old) : std::nullopt, Position{to.x(), to.y()}});
        applied.insert(id, {to, old ? std::optional<QPointF>(QPointF(old->x, old->y)) : std::nullopt});
    }
    auto *command = new MoveElementsCommand(m_document, viewId, std::move(moves));
    command->setText(tr("Auto-layout %1").arg(view->name.isEmpty() ? viewId : view->name));
    m_document->execute(command);
    // Kept elements count as laid out where they are: moving them again
    // later is what marks them as placed by hand; undoing the hand move
    // puts them back where the previous layout had them, which is no hand
    // move either.
    const QHash<QString, Placed> previous = m_applied.value(viewId);
    for (const QString &id : kept)
        if (const Position *p = findIn(findObject<View>(m_document->model(), viewId)->positions, id))
            applied.insert(id, {QPointF(p->x, p->y), previous.value(id).laidOut});
    m_applied.insert(viewId, applied);
    QStringList lines = messages;
    if (!kept.isEmpty())
        lines << tr("Kept %n element(s) you placed by hand since the last auto-layout.", nullptr, int(kept.size()));
    emit finished(true, lines.join(u'\n'));
}

void AutoLayout::cancel()
{
    if (!m_running)
        return;
    ++*m_generation;
    m_running = false;
    emit finished(false, tr("Auto-layout cancelled."));
}

}  // namespace lintel
