#include "views/selectionmodel.h"

#include <algorithm>

namespace lintel {

bool SelectionModel::contains(const ObjectRef &ref) const
{
    return std::find(m_selection.begin(), m_selection.end(), ref) != m_selection.end();
}

QStringList SelectionModel::ids(Collection c) const
{
    QStringList out;
    for (const ObjectRef &ref : m_selection)
        if (ref.collection == c)
            out << ref.id;
    return out;
}

void SelectionModel::select(const std::vector<ObjectRef> &refs)
{
    if (refs == m_selection)
        return;  // views echo selections back; stop the ping-pong here
    m_selection = refs;
    emit selectionChanged();
}

void SelectionModel::remove(Collection c, const QString &id)
{
    const auto before = m_selection.size();
    std::erase(m_selection, ObjectRef{c, id});
    if (m_selection.size() != before)
        emit selectionChanged();
}

void SelectionModel::rename(Collection c, const QString &oldId, const QString &newId)
{
    bool changed = false;
    for (ObjectRef &ref : m_selection)
        if (ref.collection == c && ref.id == oldId) {
            ref.id = newId;
            changed = true;
        }
    if (changed)
        emit selectionChanged();
}

}  // namespace lintel
