#pragma once
// A model in which every field of every struct holds a value, built in C++
// so the storage tests do not depend on the YAML reader. fieldsLeftEmpty()
// walks describe.h and names any field the builder forgot, so a field added
// to describe.h makes the test ask for it here.
#include "model/types.h"

#include <QStringList>

namespace lintel::test {

Model fullModel();

// Dotted paths ("elements[0].security.secrets") of fields holding nothing.
QStringList fieldsLeftEmpty(const Model &model);

}  // namespace lintel::test
