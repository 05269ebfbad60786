#pragma once
// The open model: owns the data and its undo stack, and tells views exactly
// what changed. Only commands (model/document/commands.h) change the model;
// they call the notify* functions so every change is announced once.
#include "model/document/collections.h"
#include "model/document/fieldkey.h"
#include "model/types.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace lintel {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Model model, QObject *parent = nullptr);

    const Model &model() const { return m_model; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Replaces the whole model (open, revert) and clears the undo history.
    void resetModel(Model model);

    // Pushes and runs a command: the one way views change the model.
    // While read-only the command is refused (deleted, not run): returns
    // false and emits editRefused().
    bool execute(QUndoCommand *command);

    // A read-only document (e.g. an old revision on show) keeps its model
    // and history exactly as they are. Views still send their edits through
    // execute(), are refused, and are told to show the model again.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Re-announces the current state (every object, every view's positions,
    // the system) without changing it, so views drop whatever they show
    // that the model does not hold, e.g. an element dragged in a refused edit.
    void refreshViews();

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }
    // After recovering an autosave: the model differs from the file on disk.
    void markUnsaved() { m_undoStack.resetClean(); }

    // For commands only: the mutable model. Anyone who changes it must call
    // the matching notify* afterwards.
    Model &mutableModel() { return m_model; }
    void notifyAdded(Collection c, const QString &id);
    void notifyRemoved(Collection c, const QString &id);
    void notifyChanged(Collection c, const QString &id, const QString &path);
    void notifyRenamed(Collection c, const QString &oldId, const QString &newId);
    void notifyPositionsChanged(const QString &viewId, const QStringList &elementIds);
    void notifySystemChanged();
    void notifyTransitionChanged();
    void notifyRulesChanged();

signals:
    void objectAdded(lintel::Collection collection, const QString &id);
    void objectRemoved(lintel::Collection collection, const QString &id);
    // `path` is the field's YAML path, e.g. "security.rate_limited", for
    // messages and generic field access; `field` names the top-level field
    // it is in, for views to compare with fieldKey(&Element::security).
    // Both are empty when the whole object is re-announced (refreshViews).
    void objectChanged(lintel::Collection collection, const QString &id, const QString &path,
                       lintel::FieldKey field);
    void objectRenamed(lintel::Collection collection, const QString &oldId, const QString &newId);
    void positionsChanged(const QString &viewId, const QStringList &elementIds);
    void systemChanged();
    // The `transition` section: its phases, teams or dates (an element's
    // own handover is announced through objectChanged, path "handover...").
    void transitionChanged();
    void rulesChanged();
    void modelReset();
    // After any of the above: the cue to revalidate.
    void contentChanged();
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    // An edit was refused because the document is read-only. `what` is the
    // command's text ("Move orders"), possibly empty.
    void editRefused(const QString &what);

private:
    void settleRefusedEdits();

    Model m_model;
    QUndoStack m_undoStack;
    QString m_fileName;
    bool m_readOnly = false;
    bool m_settlePending = false;
};

}  // namespace lintel
