#pragma once
// File → Export: pick exporters and a folder, watch progress, read what was
// written or why it failed. Never silent.
#include "app/gui/exportrunner.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QProgressBar;
class QPlainTextEdit;
class QPushButton;

namespace lintel {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const Model &model, const QString &sourceFile, QWidget *parent = nullptr);
    // Preselects exporters (by id) and a folder, e.g. for one menu entry.
    void preset(const QStringList &ids, const QString &folder);
    // Starts the export as if the user pressed Export (used by tests too).
    void startExport();
    ExportRunner *runner() { return &m_runner; }
    QString resultText() const;

private:
    void onFinished(const ExportOutcome &outcome);
    QStringList checkedIds() const;
    const Model &m_model;
    QString m_sourceFile;
    ExportRunner m_runner;
    QListWidget *m_list;
    QLineEdit *m_folder;
    QProgressBar *m_progress;
    QPlainTextEdit *m_result;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
};

}  // namespace lintel
