#pragma once
// What the user has selected, shared by canvas, outline, problems panel and
// inspector so all of them agree. Holds ids, never items or pointers.
#include "model/document/collections.h"

#include <QObject>
#include <vector>

namespace lintel {

class SelectionModel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    const std::vector<ObjectRef> &selection() const { return m_selection; }
    // The object the inspector shows: the last one selected.
    ObjectRef current() const { return m_selection.empty() ? ObjectRef{} : m_selection.back(); }
    bool isEmpty() const { return m_selection.empty(); }
    bool contains(const ObjectRef &ref) const;
    QStringList ids(Collection c) const;

    void select(const std::vector<ObjectRef> &refs);  // replaces the selection
    void clear() { select({}); }
    // Forget objects that no longer exist (after delete or undo).
    void remove(Collection c, const QString &id);
    void rename(Collection c, const QString &oldId, const QString &newId);

signals:
    void selectionChanged();

private:
    std::vector<ObjectRef> m_selection;
};

}  // namespace lintel
