#pragma once
// Icons of the main toolbar, drawn here so they look the same on every
// desktop: an icon theme may be missing (a bare X server, CI), and a toolbar
// of text buttons changes width whenever the undo text changes.
#include <QIcon>

namespace lintel {

enum class ToolbarIcon { Undo, Redo, Fit, AutoLayout, Export, Connect };

QIcon toolbarIcon(ToolbarIcon which);

}  // namespace lintel
