#pragma once
// "Deleted Payments API and its 7 flows — Undo" in the status bar.
//
// Deleting an element takes its flows with it; the notice says so, with an
// Undo button, for every new deletion wherever it was made (canvas, panels,
// views). It listens to the document rather than to each place that deletes:
// removals are collected while a command runs and announced once the undo
// stack has taken it. Undo, redo and "undoing an add" also remove objects but
// are not new deletions: a command counts as new when it was not on the stack
// before (its address cannot be an old command's, which was still alive when
// it was made). Names are kept as objects are added and renamed, because a
// removed object can no longer be asked for its name.
#include "model/document/collections.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QUndoCommand;

namespace lintel {

class Document;

class DeletionNotice : public QWidget {
    Q_OBJECT
public:
    DeletionNotice(Document *document, QWidget *parent = nullptr);

    // What a deletion of `removed` says, e.g. "Deleted Orders and its 5 flows".
    QString describe(const QList<ObjectRef> &removed) const;

private:
    void rememberNames();
    void rememberName(Collection c, const QString &id);
    QString nameOf(const ObjectRef &ref) const;
    void stackMoved();

    Document *m_document;
    QLabel *m_text;
    QHash<QString, QString> m_names;    // of elements and zones, by id
    QList<ObjectRef> m_removed;         // since the stack last moved
    QSet<const QUndoCommand *> m_known;  // commands on the stack then
};

}  // namespace lintel
