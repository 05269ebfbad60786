#include "model/compare/applyversioncommand.h"

#include "model/compare/modeldiff.h"

#include <QSet>

namespace lintel {

ApplyVersionCommand::ApplyVersionCommand(Document *document, Model after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(document->model()), m_after(std::move(after))
{
}

void ApplyVersionCommand::redo() { become(m_before, m_after); }

void ApplyVersionCommand::undo() { become(m_after, m_before); }

void ApplyVersionCommand::become(const Model &from, const Model &to)
{
    m_document->mutableModel() = to;
    announceDifferences(m_document, diffModels(from, to));
}

void announceDifferences(Document *document, const ModelDiff &diff)
{
    bool systemChanged = false;
    bool rulesChanged = false;
    for (const ObjectChange &change : diff.changes) {
        if (!change.collection) {
            // system, rules and the document's own x- keys
            (change.section == QLatin1String("rules") ? rulesChanged : systemChanged) = true;
            continue;
        }
        const Collection c = *change.collection;
        switch (change.status) {
        case ChangeStatus::Added: document->notifyAdded(c, change.id); break;
        case ChangeStatus::Removed: document->notifyRemoved(c, change.id); break;
        case ChangeStatus::Renamed: document->notifyRenamed(c, change.oldId, change.id); break;
        case ChangeStatus::Changed: {
            QStringList moved;
            QSet<QString> paths;
            for (const FieldChange &field : change.fields) {
                if (field.isLayout)
                    moved << field.path.value(1);
                else
                    paths.insert(field.path.front());  // the top-level field, as commands announce it
            }
            for (const QString &path : std::as_const(paths))
                document->notifyChanged(c, change.id, path);
            if (!moved.isEmpty())
                document->notifyPositionsChanged(change.id, moved);
            break;
        }
        }
    }
    if (systemChanged)
        document->notifySystemChanged();
    if (rulesChanged)
        document->notifyRulesChanged();
}

}  // namespace lintel
