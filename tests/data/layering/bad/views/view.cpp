// Fixture: views may use widgets and the model; nothing to report here.
#include <QWidget>
#include "model/types.h"
