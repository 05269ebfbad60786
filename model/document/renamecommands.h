#pragma once
// Renames that keep ids in step with names, each one undo step built from
// the small commands in commands.h.
#include "model/document/commands.h"

namespace lintel {

// Gives `ref` the id `newId` (references follow, as RenameIdCommand does),
// and flows whose ids were derived from their ends ("a-to-b") follow the
// new end: "a-to-b" becomes "a-to-c" when b is renamed c. A flow id set by
// hand stays. Children of `parent` when given; returns the command holding
// them (the parent, or a new one to execute).
QUndoCommand *makeRenameIdCommand(Document *document, const ObjectRef &ref, const QString &newId,
                                  QUndoCommand *parent = nullptr);

// Sets the name (a decision's title, a question's text) of `ref` to
// `newName`, and, while the id is still what the old name derived to (see
// idFollowsName), gives it the id the new name derives to, with the
// cascade above. One undo step. Returns nullptr when `ref` names nothing
// or has no name field.
QUndoCommand *makeRenameCommand(Document *document, const ObjectRef &ref, const QString &newName);

// The id `ref` would get from `newName` under makeRenameCommand: its own id
// when it does not follow its name (or nothing changes).
QString idAfterRename(const Model &model, const ObjectRef &ref, const QString &newName);

}  // namespace lintel
