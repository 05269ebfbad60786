#include "model/storage/binarycodec.h"

#include "model/storage/bytereader.h"
#include "model/storage/cbordecoder.h"
#include "model/storage/cborencoder.h"
#include "model/storage/datastreamdecoder.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <new>

namespace lintel {

namespace {

// Envelope, the same for every encoding: magic, encoding version, reserved
// flags, MD5 of the payload, then the payload: qCompress(body). The checksum
// is what turns a flipped bit into a clear "damaged" error rather than a
// wrong model.
constexpr quint32 kMagic = 0x4C4E544D;  // "LNTM"
constexpr qsizetype kDigestSize = 16;
constexpr qsizetype kHeaderSize = 4 + 2 + 2 + kDigestSize;
constexpr auto kDigest = QCryptographicHash::Md5;
// zlib's fastest level: about 10:1 on a model, at a third of the default
// level's time, which is most of what saving a large model costs.
constexpr int kCompressionLevel = 1;
// The last encoding of QDataStream records (datastreamdecoder.h).
constexpr quint16 kDataStreamEncoding = 1;

// Encoding 1: a name table of length-prefixed bytes, then the root record.
std::optional<Model> decodeDataStreamBody(const QByteArray &body, QString *error)
{
    binary::ByteReader in(body);
    const quint32 count = in.u32();
    QList<QByteArray> names;
    if (!in.failed() && count <= quint32(in.remaining())) {
        names.reserve(count);
        for (quint32 i = 0; i < count && !in.failed(); ++i)
            names.append(in.bytes().toByteArray());
    }
    if (in.failed() || names.size() != qsizetype(count)) {
        *error = QStringLiteral("its data is damaged (name table)");
        return std::nullopt;
    }
    Model model;
    binary::Decoder decoder(in, names);
    decoder.readRecord(model);
    if (decoder.failed()) {
        *error = QStringLiteral("its data is damaged (%1)").arg(decoder.error());
        return std::nullopt;
    }
    if (!in.atEnd()) {
        *error = QStringLiteral("its data is damaged (unexpected length)");
        return std::nullopt;
    }
    return model;
}

std::optional<Model> decodeCborBody(const QByteArray &body, QString *error)
{
    Model model;
    cbor::Decoder decoder(body);
    decoder.readBody(model);
    if (decoder.failed()) {
        *error = QStringLiteral("its data is damaged (%1)").arg(decoder.error());
        return std::nullopt;
    }
    return model;
}

}  // namespace

QByteArray encodeModel(const Model &model)
{
    const QByteArray payload = qCompress(cbor::writeBody(model), kCompressionLevel);
    // Big-endian numbers, as every encoding's envelope has had them.
    QByteArray blob(8, '\0');
    blob.reserve(kHeaderSize + payload.size());
    qToBigEndian<quint32>(kMagic, blob.data());
    qToBigEndian<quint16>(kBinaryCodecVersion, blob.data() + 4);
    qToBigEndian<quint16>(0, blob.data() + 6);  // flags: none so far
    blob.append(QCryptographicHash::hash(payload, kDigest));
    blob.append(payload);
    return blob;
}

std::optional<Model> decodeModel(const QByteArray &blob, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (blob.size() < kHeaderSize) {
        *error = QStringLiteral("its data is truncated");
        return std::nullopt;
    }
    const quint32 magic = qFromBigEndian<quint32>(blob.constData());
    const quint16 version = qFromBigEndian<quint16>(blob.constData() + 4);
    if (magic != kMagic) {
        *error = QStringLiteral("its data is not a Lintel model");
        return std::nullopt;
    }
    if (version > kBinaryCodecVersion) {
        *error = QStringLiteral("it was saved by a newer version of Lintel (model encoding %1; "
                                "this version reads up to %2)")
                     .arg(version)
                     .arg(kBinaryCodecVersion);
        return std::nullopt;
    }
    const QByteArrayView stored(blob.constData() + kHeaderSize - kDigestSize, kDigestSize);
    const QByteArrayView payload(blob.constData() + kHeaderSize, blob.size() - kHeaderSize);
    if (QCryptographicHash::hash(payload, kDigest) != stored) {
        *error = QStringLiteral("its data is damaged (checksum mismatch)");
        return std::nullopt;
    }
    try {
        const QByteArray body = qUncompress(reinterpret_cast<const uchar *>(payload.data()),
                                            payload.size());
        if (body.isEmpty()) {
            *error = QStringLiteral("its data is damaged (cannot be decompressed)");
            return std::nullopt;
        }
        return version <= kDataStreamEncoding ? decodeDataStreamBody(body, error)
                                              : decodeCborBody(body, error);
    } catch (const std::bad_alloc &) {
        // Only a blob forged to pass the checksum gets here.
        *error = QStringLiteral("its data is damaged (implausible size)");
        return std::nullopt;
    }
}

}  // namespace lintel
