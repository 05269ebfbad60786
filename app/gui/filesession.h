#pragma once
// The editor's file handling: New, Open, Save, Save As in either format,
// the recent-files list and the "save changes?" prompt. Works on a Document
// and asks and reports through Prompts, parented to the window.
#include "model/document/document.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace lintel {

class Prompts;

class FileSession : public QObject {
    Q_OBJECT
public:
    FileSession(Document *document, QWidget *window);
    void setPrompts(Prompts *prompts) { m_prompts = prompts; }

    // Loads `path` into the document. On failure shows every problem found
    // (FILE:LINE:COLUMN: message) and leaves the document as it was.
    bool open(const QString &path);
    bool openWithDialog();
    void newModel();
    bool save();
    bool saveAs();
    // Saves a .lintel revision with a message the user types (YAML: plain save).
    bool saveRevisionWithMessage();
    // Before closing or replacing the document: true when it is fine to go on.
    bool maybeSave();

    QStringList recentFiles() const;
    void clearRecentFiles();
    bool isReadOnly() const { return m_document->isReadOnly(); }
    // Shows a revision of a .lintel file read-only (File → Revisions); Save
    // and Save As write it to a new file, which is then editable.
    void showReadOnly(Model model, const QString &title);

    static QString fileFilter();

signals:
    void recentFilesChanged();
    void opened(const QString &path);
    void saved(const QString &path);

private:
    bool saveTo(const QString &path, const QString &message);
    void addRecent(const QString &path);
    Document *m_document;
    QWidget *m_window;
    Prompts *m_prompts;
};

}  // namespace lintel
