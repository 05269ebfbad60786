#include "app/gui/windowplacement.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace lintel {

namespace {

constexpr auto kGeometryKey = "window/geometry";

bool onSomeScreen(const QRect &frame)
{
    for (const QScreen *screen : QGuiApplication::screens())
        if (screen->availableGeometry().intersects(frame))
            return true;
    return false;
}

}  // namespace

void placeMainWindow(QMainWindow &window)
{
    const QByteArray saved = QSettings().value(QLatin1String(kGeometryKey)).toByteArray();
    if (!saved.isEmpty() && window.restoreGeometry(saved) && onSomeScreen(window.frameGeometry()))
        return;
    const QScreen *screen = window.screen();
    if (!screen)
        return;
    // setGeometry rather than showMaximized alone: without a window manager
    // (a kiosk, Xvfb) the maximised state is only a hint nobody acts on.
    window.setGeometry(screen->availableGeometry());
    window.setWindowState(window.windowState() | Qt::WindowMaximized);
}

void rememberMainWindowPlacement(const QMainWindow &window)
{
    QSettings().setValue(QLatin1String(kGeometryKey), window.saveGeometry());
}

}  // namespace lintel
