#include "views/panels/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QScrollBar>
#include <QWheelEvent>

namespace lintel {

namespace {

QPointer<WheelGuard> &theGuard()
{
    static QPointer<WheelGuard> guard;
    return guard;
}

// Scroll bars are sliders too, but scrolling is what the wheel is for (and
// a scroll area hands its wheel events to them).
bool isValueWidget(const QWidget *widget)
{
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || (qobject_cast<const QAbstractSlider *>(widget) && !qobject_cast<const QScrollBar *>(widget));
}

// True when the keyboard focus is in `widget` or one of its children (a
// spin box's focus sits in its line edit).
bool holdsFocus(const QWidget *widget)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == widget || widget->isAncestorOf(focus));
}

}  // namespace

void WheelGuard::install()
{
    if (theGuard() || !qApp)
        return;
    theGuard() = new WheelGuard(qApp);
    qApp->installEventFilter(theGuard());
    // Widgets made before the guard (none in the editor, but cheap to cover).
    for (QWidget *widget : QApplication::allWidgets())
        if (isValueWidget(widget) && (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
}

bool WheelGuard::isInstalled() { return bool(theGuard()); }

QWidget *WheelGuard::valueWidgetOf(QWidget *widget)
{
    // Two levels cover the inner line edit of a spin box or editable combo;
    // anything deeper is a widget of its own (a popup's list, a calendar).
    for (int level = 0; widget && level < 2; ++level, widget = widget->parentWidget()) {
        if (isValueWidget(widget))
            return widget;
        if (widget->isWindow())
            break;
    }
    return nullptr;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        // Before the widget is first shown: from then on the wheel cannot
        // give it focus (Qt hands out wheel focus before any filter runs).
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && isValueWidget(widget) && (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *value = valueWidgetOf(qobject_cast<QWidget *>(watched));
    if (!value || holdsFocus(value))
        return false;
    // Ignored and filtered: the application passes the wheel on to the
    // parent widgets, up to the scroll area that holds the form.
    event->ignore();
    return true;
}

}  // namespace lintel
