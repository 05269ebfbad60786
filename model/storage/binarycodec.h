#pragma once
// The compact binary form of a model, as stored in each revision of a
// .lintel document (a "snapshot"). Loading a large model must be fast, so
// this is not YAML: it is CBOR (RFC 8949) written and read as a stream by a
// generic visitor over describe.h (cborencoder.h), zlib-compressed and
// checksummed. A field added to describe.h is stored without any change
// here, and revisions saved before it was added still load (the field keeps
// its default). ADR 0019 says why CBOR.
//
// Source locations (Node::loc) are not stored: they point into a YAML file
// the revision does not contain. Everything else is, including `x-` extras.
#include "model/types.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace lintel {

// The model encoding of the snapshots written now, in each blob's envelope.
// 1: tagged QDataStream records (datastreamdecoder.h; read, no longer
// written). 2: CBOR. Bumped only for changes the keyed records cannot absorb
// (a field changing its type, a new envelope). Readers refuse blobs from a
// newer encoding.
inline constexpr quint16 kBinaryCodecVersion = 2;

QByteArray encodeModel(const Model &model);

// Returns the model, or nothing with `error` saying why (without a file
// name: the caller knows which file and revision it read). Reads every
// encoding from 1 to kBinaryCodecVersion.
std::optional<Model> decodeModel(const QByteArray &blob, QString *error);

}  // namespace lintel
