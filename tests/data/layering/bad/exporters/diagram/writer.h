// Fixture: an exporter reaching up into app/ and into Qt Widgets.
#include "model/types.h"
#include "exporters/outputsink.h"
#include "app/gui/mainwindow.h"
#include <QImage>
#include <QtWidgets/QGraphicsScene>
