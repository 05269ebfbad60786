#pragma once
// A test's `model:` snippet in a pack, read as a model: the snippet is
// written out as a model file of its own (`lintel: 1` and the snippet's
// keys) and read by the ordinary YAML reader, so it means exactly what the
// same text means in a model file. Problems point back into the pack.
#include "model/rules/packs/packreader.h"

#include <optional>

namespace lintel::packs {

std::optional<Model> readSnippetModel(PackReader &reader, yaml::NodeIndex snippet, Diagnostics &problems);

}  // namespace lintel::packs
