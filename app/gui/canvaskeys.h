#pragma once
// Keys the canvas gets from the main window, watched on whichever canvas
// has the keyboard:
//   Tab, Shift+Tab   select the next / previous element in reading order
//                    (top to bottom, left to right), so Delete, F2 and the
//                    arrows can reach every element without the mouse
//   a letter         starts a sentence in the command bar with that letter
// Qt would move the focus out of the canvas on Tab; the filter keeps it.
#include <QObject>
#include <functional>

namespace lintel {

namespace canvas {
class CanvasView;
}

class CanvasKeys : public QObject {
    Q_OBJECT
public:
    // `startSentence` opens the command bar with the typed text.
    CanvasKeys(std::function<void(const QString &)> startSentence, QObject *parent = nullptr);
    void watch(canvas::CanvasView *canvas);
    // Selects the element after (step 1) or before (step -1) the current one.
    static void cycleSelection(canvas::CanvasView *canvas, int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(const QString &)> m_startSentence;
};

}  // namespace lintel
