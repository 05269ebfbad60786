#include "model/document/document.h"

namespace lintel {

QString collectionName(Collection c)
{
    switch (c) {
    case Collection::Teams: return QStringLiteral("team");
    case Collection::Zones: return QStringLiteral("zone");
    case Collection::Data: return QStringLiteral("data class");
    case Collection::Elements: return QStringLiteral("element");
    case Collection::Flows: return QStringLiteral("flow");
    case Collection::Apis: return QStringLiteral("API");
    case Collection::Decisions: return QStringLiteral("decision");
    case Collection::Questions: return QStringLiteral("question");
    case Collection::Views: return QStringLiteral("view");
    case Collection::AcceptedRisks: return QStringLiteral("accepted risk");
    }
    return {};
}

Document::Document(QObject *parent) : Document(Model{}, parent) {}

Document::Document(Model model, QObject *parent) : QObject(parent), m_model(std::move(model))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

void Document::resetModel(Model model)
{
    m_model = std::move(model);
    m_undoStack.clear();
    m_undoStack.setClean();
    emit modelReset();
    emit contentChanged();
}

bool Document::execute(QUndoCommand *command)
{
    if (!m_readOnly) {
        m_undoStack.push(command);
        return true;
    }
    const QString what = command->text();
    delete command;
    emit editRefused(what);
    // Settled later, not now: the refusal may come from inside a view's
    // event handler (a drag being dropped) or inside an undo macro the view
    // opened around its commands.
    if (!m_settlePending) {
        m_settlePending = true;
        QMetaObject::invokeMethod(this, &Document::settleRefusedEdits, Qt::QueuedConnection);
    }
    return false;
}

void Document::settleRefusedEdits()
{
    m_settlePending = false;
    // A view that wraps its commands in a macro leaves an empty one behind
    // when they are all refused; a read-only document has no history to keep.
    if (m_readOnly && m_undoStack.count() > 0)
        m_undoStack.clear();
    refreshViews();
}

void Document::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

void Document::refreshViews()
{
    const auto announceAll = [this](auto tag) {
        using T = typename decltype(tag)::type;
        constexpr Collection c = CollectionTraits<T>::collection;
        for (const T &object : CollectionTraits<T>::in(m_model))
            emit objectChanged(c, objectId(object), QString(), FieldKey());
    };
    for (Collection c : {Collection::Teams, Collection::Zones, Collection::Data, Collection::Elements,
                         Collection::Flows, Collection::Apis, Collection::Decisions, Collection::Questions,
                         Collection::Views, Collection::AcceptedRisks})
        withCollectionType(c, announceAll);
    for (const View &view : m_model.views)
        emit positionsChanged(view.id, view.elements);
    emit systemChanged();
    emit transitionChanged();
    emit rulesChanged();
}

void Document::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

void Document::notifyAdded(Collection c, const QString &id)
{
    emit objectAdded(c, id);
    emit contentChanged();
}

void Document::notifyRemoved(Collection c, const QString &id)
{
    emit objectRemoved(c, id);
    emit contentChanged();
}

void Document::notifyChanged(Collection c, const QString &id, const QString &path)
{
    emit objectChanged(c, id, path, fieldKeyOfPath(c, path));
    emit contentChanged();
}

void Document::notifyRenamed(Collection c, const QString &oldId, const QString &newId)
{
    emit objectRenamed(c, oldId, newId);
    emit contentChanged();
}

void Document::notifyPositionsChanged(const QString &viewId, const QStringList &elementIds)
{
    emit positionsChanged(viewId, elementIds);
    emit contentChanged();
}

void Document::notifySystemChanged()
{
    emit systemChanged();
    emit contentChanged();
}

void Document::notifyTransitionChanged()
{
    emit transitionChanged();
    emit contentChanged();
}

void Document::notifyRulesChanged()
{
    emit rulesChanged();
    emit contentChanged();
}

}  // namespace lintel
