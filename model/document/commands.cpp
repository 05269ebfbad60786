#include "model/document/commands.h"

#include "model/index/lookup.h"

#include <QRegularExpression>
#include <QSet>

namespace lintel {

// --- SetFieldCommand ------------------------------------------------------

SetFieldCommand::SetFieldCommand(Document *document, ObjectRef ref, QString path, QVariant value,
                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_ref(std::move(ref)), m_path(std::move(path)),
      m_newValue(std::move(value))
{
    setText(QStringLiteral("Change %1 of %2").arg(m_path, m_ref.id));
    withCollectionType(m_ref.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *object = findObject<T>(m_document->model(), m_ref.id);
        if (!object)
            return;
        bool exists = false;
        m_oldValue = getField(*object, m_path, &exists);
        T probe = *object;  // a trial write tells whether the value fits
        m_valid = exists && setField(probe, m_path, m_newValue);
    });
    if (!m_valid)
        setObsolete(true);
}

void SetFieldCommand::apply(const QVariant &value)
{
    if (!m_valid)
        return;
    withCollectionType(m_ref.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        if (T *object = findObject<T>(m_document->mutableModel(), m_ref.id))
            setField(*object, m_path, value);
    });
    m_document->notifyChanged(m_ref.collection, m_ref.id, m_path);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_ref != m_ref || next->m_path != m_path || !next->m_valid)
        return false;
    m_newValue = next->m_newValue;
    return true;
}

// --- SetSystemFieldCommand -------------------------------------------------

SetSystemFieldCommand::SetSystemFieldCommand(Document *document, QString path, QVariant value,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_path(std::move(path)), m_newValue(std::move(value))
{
    setText(QStringLiteral("Change system %1").arg(m_path));
    m_oldValue = getField(m_document->model().system, m_path);
}

void SetSystemFieldCommand::apply(const QVariant &value)
{
    setField(m_document->mutableModel().system, m_path, value);
    m_document->notifySystemChanged();
}

bool SetSystemFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSystemFieldCommand *>(other);
    if (next->m_path != m_path)
        return false;
    m_newValue = next->m_newValue;
    return true;
}

// --- MoveElementsCommand ---------------------------------------------------

MoveElementsCommand::MoveElementsCommand(Document *document, QString viewId, std::vector<Move> moves,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_viewId(std::move(viewId)), m_moves(std::move(moves))
{
    setText(m_moves.size() == 1 ? QStringLiteral("Move %1").arg(m_moves.front().elementId)
                                : QStringLiteral("Move %1 elements").arg(m_moves.size()));
}

static void placeElement(View &view, const QString &elementId, const std::optional<Position> &pos)
{
    auto it = std::find_if(view.positions.begin(), view.positions.end(),
                           [&](const auto &entry) { return entry.first == elementId; });
    if (!pos) {
        if (it != view.positions.end())
            view.positions.erase(it);
    } else if (it != view.positions.end()) {
        it->second = *pos;
    } else {
        view.positions.emplace_back(elementId, *pos);
    }
}

void MoveElementsCommand::redo()
{
    View *view = findObject<View>(m_document->mutableModel(), m_viewId);
    if (!view)
        return;
    QStringList ids;
    for (const Move &m : m_moves) {
        placeElement(*view, m.elementId, m.to);
        ids << m.elementId;
    }
    m_document->notifyPositionsChanged(m_viewId, ids);
}

void MoveElementsCommand::undo()
{
    View *view = findObject<View>(m_document->mutableModel(), m_viewId);
    if (!view)
        return;
    QStringList ids;
    // Reverse order, so an element placed for the first time is removed
    // from the end of the list it was appended to.
    for (auto it = m_moves.rbegin(); it != m_moves.rend(); ++it) {
        placeElement(*view, it->elementId, it->from);
        ids << it->elementId;
    }
    m_document->notifyPositionsChanged(m_viewId, ids);
}

bool MoveElementsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveElementsCommand *>(other);
    if (next->m_viewId != m_viewId || next->m_moves.size() != m_moves.size())
        return false;
    for (std::size_t i = 0; i < m_moves.size(); ++i)
        if (next->m_moves[i].elementId != m_moves[i].elementId)
            return false;
    for (std::size_t i = 0; i < m_moves.size(); ++i)
        m_moves[i].to = next->m_moves[i].to;
    return true;
}

}  // namespace lintel
