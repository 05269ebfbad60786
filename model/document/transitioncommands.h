#pragma once
// Undo commands of the transition: the plan (the `transition` section) and
// an element's ownership stage. Each user action is one command.
#include "model/document/document.h"

#include <QDate>
#include <QUndoCommand>
#include <optional>

namespace lintel {

// The five phases the practice goes through, dated one after the other
// from `start` (names and dates are the user's to change afterwards).
Transition transitionTemplate(const QString &outgoing, const QString &incoming, QDate start);

// Replaces the whole `transition` section: planning one, editing a phase's
// dates or name, changing the teams. The section is small, so keeping both
// states is simpler and safer than undoing field by field.
class ReplaceTransitionCommand : public QUndoCommand {
public:
    ReplaceTransitionCommand(Document *document, Transition transition, const QString &text,
                             QUndoCommand *parent = nullptr);
    void undo() override { apply(m_old); }
    void redo() override { apply(m_new); }

private:
    void apply(const Transition &transition);
    Document *m_document;
    Transition m_old, m_new;
};

// Moves an element to another ownership stage (or none) as of `date`. The
// stage it leaves goes to the history with its date and note, so the
// record shows how ownership moved and a step back stays visible.
class ChangeStageCommand : public QUndoCommand {
public:
    ChangeStageCommand(Document *document, const QString &elementId, std::optional<int> stage, QDate date,
                       QUndoCommand *parent = nullptr);
    // False when the element does not exist or already is at that stage.
    bool isValid() const { return m_valid; }
    void undo() override { apply(m_old); }
    void redo() override { apply(m_new); }

private:
    void apply(const Handover &handover);
    Document *m_document;
    QString m_elementId;
    Handover m_old, m_new;
    bool m_valid = false;
};

}  // namespace lintel
