#pragma once
// View → Auto-layout: Graphviz places the elements of one view off the UI
// thread; the result is applied as one undoable move. Cancelling drops the
// result (Graphviz itself cannot be interrupted), so the user is never
// blocked and the model only changes if the layout is wanted.
#include "model/document/document.h"

#include <QObject>
#include <memory>

namespace lintel {

class AutoLayout : public QObject {
    Q_OBJECT
public:
    explicit AutoLayout(Document *document, QObject *parent = nullptr);
    ~AutoLayout() override;
    bool isRunning() const { return m_running; }
    void start(const QString &viewId, const QString &engine = QStringLiteral("dot"));
    void cancel();

signals:
    // ok: applied (undoable); otherwise `message` says why not.
    void finished(bool ok, const QString &message);

private:
    Document *m_document;
    bool m_running = false;
    std::shared_ptr<int> m_generation = std::make_shared<int>(0);
};

}  // namespace lintel
