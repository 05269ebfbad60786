#include "app/gui/canvaskeys.h"

#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/elementitem.h"
#include "views/selectionmodel.h"

#include <QKeyEvent>
#include <algorithm>
#include <cmath>

namespace lintel {

CanvasKeys::CanvasKeys(std::function<void(const QString &)> startSentence, QObject *parent)
    : QObject(parent), m_startSentence(std::move(startSentence))
{
}

void CanvasKeys::watch(canvas::CanvasView *canvas)
{
    if (!canvas)
        return;
    canvas->removeEventFilter(this);  // installed once, however often the tab is shown
    canvas->installEventFilter(this);
}

void CanvasKeys::cycleSelection(canvas::CanvasView *canvas, int step)
{
    canvas::DiagramScene *scene = canvas->diagramScene();
    std::vector<const canvas::ElementItem *> elements;
    for (QGraphicsItem *item : scene->items())
        if (item->type() == canvas::ElementItem::Type)
            elements.push_back(static_cast<const canvas::ElementItem *>(item));
    if (elements.empty())
        return;
    // Reading order; rows are a grid row tall, so a few pixels of drift do
    // not reorder elements side by side.
    auto row = [](const canvas::ElementItem *e) { return std::lround(e->pos().y() / 40); };
    std::sort(elements.begin(), elements.end(), [&](auto *a, auto *b) {
        return row(a) != row(b) ? row(a) < row(b) : a->pos().x() < b->pos().x();
    });
    SelectionModel *selection = scene->selectionModel();
    const ObjectRef current = selection ? selection->current() : ObjectRef{};
    const auto at = std::find_if(elements.begin(), elements.end(), [&](auto *e) { return e->ref() == current; });
    const auto n = qsizetype(elements.size());
    const qsizetype index = at == elements.end() ? (step > 0 ? 0 : n - 1)
                                                 : ((at - elements.begin()) + step + n) % n;
    const canvas::ElementItem *next = elements[std::size_t(index)];
    if (selection)
        selection->select({next->ref()});
    canvas->ensureVisible(next);
}

bool CanvasKeys::eventFilter(QObject *watched, QEvent *event)
{
    auto *canvas = qobject_cast<canvas::CanvasView *>(watched);
    if (!canvas || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (key->key() == Qt::Key_Tab && mods == Qt::NoModifier && !(key->modifiers() & Qt::ShiftModifier)) {
        cycleSelection(canvas, 1);
        return true;
    }
    if (key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier))) {
        cycleSelection(canvas, -1);
        return true;
    }
    const QString text = key->text();
    if (mods == Qt::NoModifier && text.size() == 1 && text.front().isLetter() && m_startSentence) {
        m_startSentence(text);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace lintel
