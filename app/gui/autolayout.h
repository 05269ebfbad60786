#pragma once
// View → Auto-layout: Graphviz places the elements of one view off the UI
// thread, with the diagram exporter's cluster layout (zones as nested
// clusters; ADR 0025), spread to the canvas's zone sizes (layoutfit.h); the
// result is applied as one undoable move. Elements the user moved by hand
// since the last auto-layout of the view (in this session) keep their
// place. Cancelling drops the result (Graphviz itself cannot be
// interrupted), so the user is never blocked and the model only changes if
// the layout is wanted.
#include "model/document/document.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <memory>
#include <optional>

namespace lintel {

class AutoLayout : public QObject {
    Q_OBJECT
public:
    explicit AutoLayout(Document *document, QObject *parent = nullptr);
    ~AutoLayout() override;
    bool isRunning() const { return m_running; }
    void start(const QString &viewId, const QString &engine = QStringLiteral("dot"));
    void cancel();

    // Ids in `viewId` placed by hand since its last auto-layout here.
    QStringList movedByHand(const QString &viewId) const;

signals:
    // ok: applied (undoable); otherwise `message` says why not.
    void finished(bool ok, const QString &message);

private:
    void apply(const QString &viewId, const QHash<QString, QPointF> &positions, const QStringList &messages);

    Document *m_document;
    // What the last auto-layout of each view set (and what it replaced), to
    // tell hand moves from undo.
    struct Placed {
        QPointF laidOut;
        std::optional<QPointF> before;
    };
    QHash<QString, QHash<QString, Placed>> m_applied;
    bool m_running = false;
    std::shared_ptr<int> m_generation = std::make_shared<int>(0);
};

}  // namespace lintel
