// Fixture: what exporters/ may include.
#include "model/types.h"
#include "exporters/outputsink.h"
#include <QImage>
