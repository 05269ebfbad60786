#pragma once
// File → Revisions: the saved revisions of a .lintel document (number, time,
// author, message); opening one shows the model as it was, read-only.
#include "model/types.h"

#include <QDialog>
#include <optional>

class QTreeWidget;

namespace lintel {

class Prompts;

class RevisionsDialog : public QDialog {
    Q_OBJECT
public:
    // `prompts` tells the user when a revision cannot be opened.
    RevisionsDialog(const QString &lintelFile, Prompts *prompts, QWidget *parent = nullptr);
    bool hasRevisions() const;
    // After exec() == Accepted: the chosen revision's model and number.
    std::optional<Model> chosenModel() const { return m_model; }
    int chosenRevision() const { return m_revision; }
    void chooseRevision(int number);  // also used by tests

private:
    QString m_file;
    Prompts *m_prompts;
    QTreeWidget *m_list;
    std::optional<Model> m_model;
    int m_revision = 0;
};

}  // namespace lintel
