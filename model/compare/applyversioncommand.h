#pragma once
// One undo step that turns the open model into another version of it: a
// merge conflict resolved, an import applied. The model is replaced whole,
// but the document announces only what differs (found with the semantic
// diff), so views update the objects that changed instead of rebuilding.
#include "model/document/document.h"

#include <QUndoCommand>

namespace lintel {

class ApplyVersionCommand : public QUndoCommand {
public:
    // `after` is the whole model as it should be; the current one is kept
    // for undo.
    ApplyVersionCommand(Document *document, Model after, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    void become(const Model &from, const Model &to);
    Document *m_document;
    Model m_before;
    Model m_after;
};

struct ModelDiff;
// Announces `diff` (from the document's previous model to its current one)
// through the document's notify* functions.
void announceDifferences(Document *document, const ModelDiff &diff);

}  // namespace lintel
