#pragma once
// Ctrl+D: copies of elements, next to the originals.
#include "model/document/commands.h"

namespace lintel {

struct Duplicate {
    QString originalId;
    Position at;  // the copy's centre in the view
};

// Copies each original (every field but the id) as "<name> copy", with an
// id derived from that name, in the same zone, shown in view `viewId` at
// `at`. Flows are not copied: a copy is a new thing to connect. One undo
// step; nullptr when no original exists. `newIds` (optional) receives the
// copies' ids in order.
QUndoCommand *makeDuplicateCommand(Document *document, const QString &viewId, const std::vector<Duplicate> &copies,
                                   QStringList *newIds = nullptr);

}  // namespace lintel
