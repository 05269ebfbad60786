#pragma once
// The envelope binarycodec.cpp puts around a snapshot body: magic "LNTM",
// model encoding (1: QDataStream records, 2: CBOR), flags, MD5 of the
// payload, payload = qCompress(body).
// Repeated here (it is private to the codec) so the fuzz target can reach the
// decoder behind the checksum and the seed maker can cut bodies out of blobs.
// fuzz_snapshot checks at start-up that this still matches the codec, so a
// change to the envelope fails its ctest run instead of fuzzing nothing.
#include "model/storage/binarycodec.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QtEndian>

namespace lintel::fuzz {

inline constexpr qsizetype kSnapshotHeaderSize = 4 + 2 + 2 + 16;

inline QByteArray wrapSnapshotBody(const QByteArray &body, quint16 encoding = kBinaryCodecVersion)
{
    const QByteArray payload = qCompress(body, 1);
    QByteArray blob(8, '\0');
    qToBigEndian<quint32>(0x4C4E544D, blob.data());
    qToBigEndian<quint16>(encoding, blob.data() + 4);
    qToBigEndian<quint16>(0, blob.data() + 6);
    blob += QCryptographicHash::hash(payload, QCryptographicHash::Md5);
    blob += payload;
    return blob;
}

// The body of an encoded blob; empty if `blob` is not one.
inline QByteArray snapshotBody(const QByteArray &blob)
{
    if (blob.size() <= kSnapshotHeaderSize)
        return {};
    return qUncompress(blob.mid(kSnapshotHeaderSize));
}

}  // namespace lintel::fuzz
