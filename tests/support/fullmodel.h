#pragma once
// One model in which every field of every struct holds a value, built in C++
// so the suites that use it (the YAML form in tests/yaml, the binary codec and
// .lintel documents in tests/storage) do not depend on the reader they test.
// It also carries the awkward values each of them must keep: `x-` extensions
// of every YAML shape, null and empty strings, strings that look like YAML
// syntax, extreme numbers, an empty struct in a list and an operation id used
// by two APIs. fieldsLeftEmpty() walks describe.h, so a field added there
// makes both suites ask for it here.
#include "model/types.h"

#include <QStringList>

namespace lintel::test {

Model fullModel();

// Dotted paths ("elements.security.secrets") of fields holding nothing in the
// first object of every list, and ".x-*" for structs without extensions.
QStringList fieldsLeftEmpty(const Model &model);

}  // namespace lintel::test
