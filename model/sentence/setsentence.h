#pragma once
// The `set` sentence: one field of one object, typed.
#include "model/sentence/sentence.h"

namespace lintel::sentence {

// Reads "<object> <field> [to] <value>" (what follows "set").
Result setField(const Model &model, const QString &rest);

// What `set` can change: every collection with ids of its own.
const std::vector<Collection> &settableCollections();

}  // namespace lintel::sentence
