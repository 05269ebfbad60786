// Fixture: a model file breaking the layering rule three ways.
#include "model/types.h"
#include "views/canvas/diagramscene.h"
#include <QString>
#include <QWidget>
#  include "exporters/diagram/dotgraph.h"
