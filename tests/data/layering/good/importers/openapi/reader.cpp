// Fixture: an importer that uses only the model.
#include "model/types.h"
#include "model/yaml/yamltree.h"
#include <QString>
