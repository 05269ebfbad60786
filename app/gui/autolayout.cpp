#include "app/gui/autolayout.h"

#include "exporters/diagram/graphvizrenderer.h"
#include "model/document/commands.h"
#include "model/index/lookup.h"

#include <QPointer>
#include <QThreadPool>

namespace lintel {

AutoLayout::AutoLayout(Document *document, QObject *parent) : QObject(parent), m_document(document) {}

AutoLayout::~AutoLayout()
{
    QThreadPool::globalInstance()->waitForDone();
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
        const LayoutResult layout = layoutPositions(copy, findObject<View>(copy, viewId), engine);
        QMetaObject::invokeMethod(self.data(), [self, layout, viewId, generation] {
            if (!self || generation != *self->m_generation)
                return;  // cancelled or superseded
            self->m_running = false;
            if (!layout.ok()) {
                emit self->finished(false, layout.error);
                return;
            }
            const View *view = findObject<View>(self->m_document->model(), viewId);
            if (!view) {
                emit self->finished(false, tr("The view was deleted while it was laid out."));
                return;
            }
            std::vector<MoveElementsCommand::Move> moves;
            for (const QString &id : view->elements) {
                const auto it = layout.positions.find(id);
                if (it == layout.positions.end())
                    continue;
                const Position *before = findIn(view->positions, id);
                moves.push_back({id, before ? std::optional<Position>(*before) : std::nullopt,
                                 Position{it->x(), it->y()}});
            }
            auto *command = new MoveElementsCommand(self->m_document, viewId, std::move(moves));
            command->setText(tr("Auto-layout %1").arg(view->name.isEmpty() ? viewId : view->name));
            self->m_document->execute(command);
            emit self->finished(true, layout.messages.join(u'\n'));
        }, Qt::QueuedConnection);
    });
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
