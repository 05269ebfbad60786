#pragma once
// The compact binary form of a model, as stored in each revision of a
// .lintel document. Loading a large model must be fast, so this is not YAML:
// it is a QDataStream (fixed stream version) of tagged records written by a
// generic visitor over describe.h, zlib-compressed and checksummed. A field
// added to describe.h is stored without any change here, and revisions saved
// before it was added still load (the field keeps its default).
//
// Source locations (Node::loc) are not stored: they point into a YAML file
// the revision does not contain. Everything else is, including `x-` extras.
#include "model/types.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace lintel {

// Bumped only for changes the tagged records cannot absorb (a field changing
// its type, a new envelope). Readers refuse blobs from a newer encoding.
inline constexpr quint16 kBinaryCodecVersion = 1;

QByteArray encodeModel(const Model &model);

// Returns the model, or nothing with `error` saying why (without a file
// name: the caller knows which file and revision it read).
std::optional<Model> decodeModel(const QByteArray &blob, QString *error);

}  // namespace lintel
