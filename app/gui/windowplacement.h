#pragma once
// Where the main window opens. A facilitator sets the window up once (on a
// laptop, then on the projector); the next start puts it back there. The
// very first start fills the screen, because a workshop diagram needs every
// pixel and the default 1440x900 leaves a third of a 1920x1080 projector
// unused (and overflows a 1280x720 one).
class QMainWindow;

namespace lintel {

// Restores the saved geometry, or fills the available area of the window's
// screen when none is saved (or the saved one is off every screen).
void placeMainWindow(QMainWindow &window);

// Saves the window's geometry for the next start.
void rememberMainWindowPlacement(const QMainWindow &window);

}  // namespace lintel
