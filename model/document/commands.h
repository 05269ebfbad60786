#pragma once
// One small undo command per kind of change. Commands take ids and values,
// never scene items or selections, so they run (and are tested) headless.
#include "model/document/collections.h"
#include "model/document/document.h"
#include "model/document/fieldaccess.h"
#include "model/index/lookup.h"

#include <QUndoCommand>
#include <QVariant>
#include <optional>

namespace lintel {

// Merge ids in one place, so two commands never claim the same one.
enum class MergeId : int { SetField = 1, SetSystemField, MoveElements };

// Changes one field of one object. Consecutive changes of the same field of
// the same object merge, so typing a name is one undo step.
class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(Document *document, ObjectRef ref, QString path, QVariant value,
                    QUndoCommand *parent = nullptr);
    // False when the object or field does not exist or the value does not
    // fit; such a command does nothing.
    bool isValid() const { return m_valid; }
    void undo() override { apply(m_oldValue); }
    void redo() override { apply(m_newValue); }
    int id() const override { return int(MergeId::SetField); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);
    Document *m_document;
    ObjectRef m_ref;
    QString m_path;
    QVariant m_oldValue, m_newValue;
    bool m_valid = false;
};

// The same for the model's `system` section (name, description, version).
class SetSystemFieldCommand : public QUndoCommand {
public:
    SetSystemFieldCommand(Document *document, QString path, QVariant value, QUndoCommand *parent = nullptr);
    void undo() override { apply(m_oldValue); }
    void redo() override { apply(m_newValue); }
    int id() const override { return int(MergeId::SetSystemField); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);
    Document *m_document;
    QString m_path;
    QVariant m_oldValue, m_newValue;
};

template <class T> class AddObjectCommand : public QUndoCommand {
public:
    AddObjectCommand(Document *document, T object, int index = -1, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_object(std::move(object)), m_index(index)
    {
        setText(QStringLiteral("Add %1 %2").arg(collectionName(CollectionTraits<T>::collection),
                                               objectId(m_object)));
    }
    void redo() override
    {
        auto &items = CollectionTraits<T>::in(m_document->mutableModel());
        const std::size_t at = m_index < 0 || std::size_t(m_index) > items.size() ? items.size()
                                                                                   : std::size_t(m_index);
        m_index = int(at);
        items.insert(items.begin() + std::ptrdiff_t(at), m_object);
        m_document->notifyAdded(CollectionTraits<T>::collection, objectId(m_object));
    }
    void undo() override
    {
        auto &items = CollectionTraits<T>::in(m_document->mutableModel());
        items.erase(items.begin() + m_index);
        m_document->notifyRemoved(CollectionTraits<T>::collection, objectId(m_object));
    }

private:
    Document *m_document;
    T m_object;
    int m_index;
};

template <class T> class RemoveObjectCommand : public QUndoCommand {
public:
    RemoveObjectCommand(Document *document, const QString &id, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_id(id)
    {
        setText(QStringLiteral("Delete %1 %2").arg(collectionName(CollectionTraits<T>::collection), id));
    }
    void redo() override
    {
        auto &items = CollectionTraits<T>::in(m_document->mutableModel());
        m_index = indexOfObject<T>(m_document->model(), m_id);
        if (m_index < 0)
            return;
        m_object = items[std::size_t(m_index)];
        items.erase(items.begin() + m_index);
        m_document->notifyRemoved(CollectionTraits<T>::collection, m_id);
    }
    void undo() override
    {
        if (m_index < 0)
            return;
        auto &items = CollectionTraits<T>::in(m_document->mutableModel());
        items.insert(items.begin() + m_index, m_object);
        m_document->notifyAdded(CollectionTraits<T>::collection, m_id);
    }

private:
    Document *m_document;
    QString m_id;
    T m_object;
    int m_index = -1;
};

// Moves elements on one view's canvas. An element without a position so far
// gets one; undo takes it away again. Consecutive nudges of the same
// elements merge into one step.
class MoveElementsCommand : public QUndoCommand {
public:
    struct Move {
        QString elementId;
        std::optional<Position> from;
        Position to;
    };
    MoveElementsCommand(Document *document, QString viewId, std::vector<Move> moves,
                        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return int(MergeId::MoveElements); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_viewId;
    std::vector<Move> m_moves;
};

// Gives an object a new id and updates every reference to it (flow ends,
// zones, owners, affects, view members, ...). Undo restores exactly the
// objects it touched.
class RenameIdCommand : public QUndoCommand {
public:
    RenameIdCommand(Document *document, ObjectRef ref, QString newId, QUndoCommand *parent = nullptr);
    ~RenameIdCommand() override;
    void undo() override;
    void redo() override;

private:
    struct Rewrites;
    Document *m_document;
    ObjectRef m_ref;
    QString m_newId;
    std::unique_ptr<Rewrites> m_rewrites;
};

// Why `newId` cannot be used, or an empty string when it can.
QString checkNewId(const Model &model, const QString &newId);

// Deleting is more than erasing: flows of a deleted element go with it and it
// leaves every view; elements of a deleted zone move to the zone's parent.
// Returns one command (with children) that does all of that.
QUndoCommand *makeDeleteCommand(Document *document, const std::vector<ObjectRef> &refs);

}  // namespace lintel
