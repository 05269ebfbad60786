// libFuzzer target: the snapshot decoder (model/storage/binarycodec.h) that
// reads every revision of a .lintel document.
//
// A blob carries an MD5 of its compressed payload, so random bytes almost
// never get past the checksum. Each input is therefore decoded three times:
// as a whole blob (the envelope checks), and as the uncompressed body
// wrapped in a valid envelope of each encoding, the CBOR written today and
// the QDataStream records of older revisions (the name table and records,
// where the real parsing is). The seeds in corpus/snapshot are such bodies,
// cut from encoded examples (*.body: CBOR; *.v1body: encoding 1).
#include "model/storage/binarycodec.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/snapshotenvelope.h"

#include <cstddef>
#include <cstdint>

namespace {

using namespace lintel;

constexpr const char *kTarget = "fuzz_snapshot";

void decodeOne(const QByteArray &blob)
{
    QString error;
    const std::optional<Model> model = decodeModel(blob, &error);
    if (!model) {
        if (error.trimmed().isEmpty())
            fuzz::propertyFailed(kTarget, QStringLiteral("decoding failed without saying why"));
        return;
    }
    // Whatever decodes must encode and decode to the same model again. The
    // bytes are compared, not the models: a damaged position may decode as
    // NaN, which operator== never finds equal to itself.
    const QByteArray encoded = encodeModel(*model);
    QString again;
    const std::optional<Model> back = decodeModel(encoded, &again);
    if (!back)
        fuzz::propertyFailed(kTarget, QStringLiteral("a decoded model does not decode after "
                                                     "encoding: %1")
                                          .arg(again));
    if (encodeModel(*back) != encoded)
        fuzz::propertyFailed(kTarget, QStringLiteral("a decoded model changes when encoded again"));
}

}  // namespace

// Fails at once if snapshotenvelope.h no longer matches the codec.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::keepQtQuiet();
    Model model;
    model.system.name = QStringLiteral("envelope check");
    model.teams.emplace_back().id = QStringLiteral("platform");
    QString error;
    const std::optional<Model> back =
        decodeModel(fuzz::wrapSnapshotBody(fuzz::snapshotBody(encodeModel(model))), &error);
    if (!back || !(*back == model))
        fuzz::propertyFailed(kTarget, QStringLiteral("snapshotenvelope.h no longer matches the "
                                                     "codec's envelope (%1)")
                                          .arg(error));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    decodeOne(input);
    decodeOne(fuzz::wrapSnapshotBody(input));
    decodeOne(fuzz::wrapSnapshotBody(input, 1));
    return 0;
}
