#pragma once
// A mouse wheel step as the window system delivers it: to the deepest
// widget under the pointer, marked spontaneous, so QApplication hands out
// wheel focus and passes an ignored event on to the parents, exactly as for
// a real mouse (QTest has no wheel of its own in Qt 6.4).
#include <QApplication>
#include <QWheelEvent>
#include <QWidget>
#include <QtTest/qtestspontaneevent.h>

namespace lintel::testing {

// Rolls `notches` (positive: away from the user) at `local` in `widget`.
inline void rollWheel(QWidget *widget, QPoint local, int notches)
{
    QWidget *top = widget->window();
    const QPoint inTop = widget->mapTo(top, local);
    QWidget *receiver = top->childAt(inTop);
    if (!receiver)
        receiver = top;
    const QPoint global = top->mapToGlobal(inTop);
    const int step = notches > 0 ? 120 : -120;
    for (int i = 0; i < std::abs(notches); ++i) {
        QWheelEvent event(QPointF(receiver->mapFrom(top, inTop)), QPointF(global), QPoint(), QPoint(0, step),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QSpontaneKeyEvent::setSpontaneous(&event);
        // notify() directly, as QTest does for keys: sendEvent() would clear
        // the spontaneous mark.
        qApp->notify(receiver, &event);
    }
    QCoreApplication::processEvents();
}

}  // namespace lintel::testing
