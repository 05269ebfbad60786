// Fixture: an importer that reaches into an exporter and a widget.
#include "model/types.h"
#include "exporters/openapi/openapidocument.h"
#include <QMessageBox>
#include <QString>
