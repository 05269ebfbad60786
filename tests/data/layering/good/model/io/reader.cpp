// Fixture: what model/ may include.
#include "model/types.h"
#include <QString>
#include <QColor>
