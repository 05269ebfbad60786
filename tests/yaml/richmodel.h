#pragma once
// A model that sets every field of every struct, with `x-` keys on the top
// level and on nested objects, so a round trip through YAML exercises all of
// describe.h. Test `everyFieldIsSet` keeps it honest when fields are added.
#include "model/types.h"

namespace lintel::test {

Model richModel();

// Paths ("elements.security.rate_limited") of fields left empty anywhere in
// `model`: every field of every struct should appear set at least once.
QStringList unsetFieldPaths(const Model &model);

}  // namespace lintel::test
