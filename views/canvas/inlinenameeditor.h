#pragma once
// Typing a name in place on the canvas: a line edit over the element (or
// the zone's title bar), its text selected. Enter (or clicking elsewhere)
// renames in one undo step, the id following the name while it was derived
// from it (model/document/renamecommands.h); Escape leaves everything as
// it was. Either way the keyboard goes back to the canvas.
#include "model/document/collections.h"

#include <QLineEdit>
#include <QPointer>

namespace lintel::canvas {

class CanvasView;

class InlineNameEditor : public QLineEdit {
    Q_OBJECT
public:
    // Opens the editor over `ref` on `view`; returns nullptr when the view
    // does not show it or it has no name. One editor per view at a time.
    static InlineNameEditor *open(CanvasView *view, const ObjectRef &ref);
    // The editor open on `view`, if any (tests and the command bar ask).
    static InlineNameEditor *current(CanvasView *view);
    const ObjectRef &target() const { return m_ref; }

    void commit();
    void cancel();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    InlineNameEditor(CanvasView *view, ObjectRef ref, const QString &name);
    void place();
    void finish();

    QPointer<CanvasView> m_view;
    ObjectRef m_ref;
    QString m_original;
    bool m_done = false;
};

}  // namespace lintel::canvas
