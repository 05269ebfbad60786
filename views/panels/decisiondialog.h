#pragma once
// A decision in a window of its own: the ADR form (title, status, date,
// deciders, context, options with pros and cons, outcome, consequences,
// affects) has long texts that a 200-pixel dock squeezes into slivers.
// Opened by double-click or Enter in the decisions list. Not modal: the
// architect can keep pointing at the canvas while writing; every edit is an
// undo step as in the panel, and both show the same decision live.
#include <QDialog>

namespace lintel {

class Document;
class ObjectEditor;

class DecisionDialog : public QDialog {
    Q_OBJECT
public:
    DecisionDialog(Document *document, QWidget *parent = nullptr);

    void showDecision(const QString &id);
    QString decisionId() const;
    ObjectEditor *editor() const { return m_editor; }

private:
    void updateTitle();

    Document *m_document;
    ObjectEditor *m_editor;
};

}  // namespace lintel
