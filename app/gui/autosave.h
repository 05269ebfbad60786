#pragma once
// Autosave and crash recovery. While the document has unsaved changes, a
// copy is written every interval (off the UI thread) to the autosave folder,
// with a small note of which file it belongs to. A clean save or close
// removes it. Each session holds a lock file next to its autosave while it
// runs, so only autosaves of sessions that are gone (crashed, killed) are
// offered for recovery, never those of another window still open.
#include "model/document/document.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace lintel {

class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(Document *document, int intervalMs = 30000, QObject *parent = nullptr);
    ~Autosave() override;

    // Folder of autosaves; tests point it elsewhere with LINTEL_AUTOSAVE_DIR.
    static QString directory();

    struct Recovery {
        QString autosaveFile;  // the YAML copy
        QString originalFile;  // empty for a model never saved
        QDateTime savedAt;
    };
    // Autosaves left behind by sessions that did not close cleanly and are
    // no longer running.
    static std::vector<Recovery> pendingRecoveries();
    static void discardRecovery(const Recovery &recovery);

    // Writes the autosave now and waits for it (tests, and before quitting).
    // On failure lastError() names the file and says why.
    bool saveNow();
    QString lastError() const { return m_lastError; }
    // Removes this session's autosave (after a save, or when closing clean).
    void discard();
    QString autosaveFile() const { return m_file; }

private:
    void onTimer();
    Document *m_document;
    QTimer m_timer;
    QString m_file;
    std::unique_ptr<QLockFile> m_alive;  // held while this session runs
    std::atomic_bool m_writing{false};
    QString m_lastError;  // of saveNow(), which runs on the UI thread
};

}  // namespace lintel
