#pragma once
// Graphviz (libgvc/cgraph) keeps global state: the error handler, the error
// level, string tables and layout globals. It is not thread-safe, and the
// editor lays out diagrams off the UI thread, so every use of Graphviz goes
// through one GraphvizSession at a time: it holds a process-wide mutex for its
// lifetime and collects the messages Graphviz would otherwise print to stderr.
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

typedef struct GVC_s GVC_t;

namespace lintel {

class GraphvizSession {
public:
    GraphvizSession();   // blocks until no other session is open
    ~GraphvizSession();
    GraphvizSession(const GraphvizSession &) = delete;
    GraphvizSession &operator=(const GraphvizSession &) = delete;

    // One context for the whole process, created on first use with the
    // plugins the system has (layout engines and renderers).
    GVC_t *context();

    // Messages since the last call, one per line, e.g. "Error: trouble in
    // init_rank". hadError() is true when any of them was an error.
    QStringList takeMessages();
    bool hadError() const;
    void resetErrors();

    // Output formats the installed renderer plugins provide ("svg", "png"...).
    QStringList renderFormats();

private:
    std::unique_lock<std::mutex> m_lock;
};

}  // namespace lintel
