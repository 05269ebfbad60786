#pragma once
// The mouse wheel scrolls; it never changes a value the user is not editing.
//
// Qt lets the wheel change a combo box, spin box, date edit or slider that
// merely sits under the pointer, and gives it the keyboard focus on the way
// ("wheel focus"). In a long form that is scrolled with the wheel this edits
// the model by accident: rolling down the inspector turned a service into a
// cache. One application-wide filter fixes it for every window and dialog:
//  - such widgets take focus only by click or Tab (Qt::StrongFocus), so the
//    wheel cannot focus them;
//  - a wheel event over one that does not have focus goes on to its parents,
//    so the scroll area around the form scrolls instead.
// A focused field still follows the wheel: that is a deliberate edit.
#include <QObject>

class QWidget;

namespace lintel {

class WheelGuard : public QObject {
    Q_OBJECT
public:
    // Installs the guard on the application once; later calls do nothing.
    static void install();
    static bool isInstalled();

    // The combo box, spin box or slider (not a scroll bar) `widget` is part of (itself or the
    // one whose inner line edit it is), or nullptr.
    static QWidget *valueWidgetOf(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

}  // namespace lintel
