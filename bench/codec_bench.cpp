// bench_codec [S|M|L|XL] [RUNS]: the .lintel snapshot codec on its own, on a
// synthetic model of that size: encode and decode time and the size of the
// body (uncompressed) and of the stored blob, for the CBOR encoding written
// today and for the QDataStream records written before it (ADR 0019), so the
// two are compared on the same model at the same moment. Both decodes are
// checked to give back the model that was encoded.
#include "bench/benchclock.h"
#include "bench/generator.h"
#include "model/storage/binarycodec.h"
#include "model/storage/cborencoder.h"
#include "tests/storage/datastreamencoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTextStream>
#include <QtEndian>

using namespace lintel;
using bench::medianTiming;
using bench::printRow;

namespace {

// The envelope binarycodec.cpp puts around a body (magic, encoding, flags,
// MD5, compressed payload), for bodies of encoding 1, which it no longer
// writes.
QByteArray envelope(const QByteArray &body, quint16 encoding)
{
    const QByteArray payload = qCompress(body, 1);
    QByteArray blob(8, '\0');
    qToBigEndian<quint32>(0x4C4E544D, blob.data());
    qToBigEndian<quint16>(encoding, blob.data() + 4);
    blob += QCryptographicHash::hash(payload, QCryptographicHash::Md5);
    return blob + payload;
}

QString kib(qsizetype bytes) { return QString::number(bytes / 1024); }

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    bench::SizeAndRuns chosen;
    if (!bench::sizeAndRuns(args, &chosen)) {
        out << "usage: bench_codec [S|M|L|XL] [RUNS]\n";
        return 2;
    }
    const QString &sizeName = chosen.sizeName;
    const bench::ModelSize &size = chosen.size;
    const int runs = chosen.runs;
    const Model model = bench::generateModel(size);
    bool ok = true;

    bench::printTableHeader(QStringLiteral("Snapshot codec, size %1: %2 elements, %3 flows; median of %4 runs")
                                .arg(sizeName)
                                .arg(model.elements.size())
                                .arg(model.flows.size())
                                .arg(runs));

    // Encoding 1: what encodeModel() did before (body, compression, checksum).
    QByteArray oldBlob;
    const bench::Timing oldEncode = medianTiming(runs, [&] {
        oldBlob = envelope(test::writeDataStreamBody(model), 1);
    }, true);
    printRow(QStringLiteral("encode, QDataStream records (encoding 1)"), oldEncode,
             QStringLiteral("body %1 KiB, blob %2 KiB")
                 .arg(kib(test::writeDataStreamBody(model).size()), kib(oldBlob.size())));
    std::optional<Model> back;
    QString error;
    const bench::Timing oldDecode = medianTiming(runs, [&] { back = decodeModel(oldBlob, &error); }, true);
    ok &= back && *back == model;
    printRow(QStringLiteral("decode, QDataStream records (encoding 1)"), oldDecode,
             back && *back == model ? QStringLiteral("same model") : QStringLiteral("**DIFFERENT** ") + error);

    QByteArray blob;
    const bench::Timing encode = medianTiming(runs, [&] { blob = encodeModel(model); }, true);
    printRow(QStringLiteral("encode, CBOR (encoding 2)"), encode,
             QStringLiteral("body %1 KiB, blob %2 KiB").arg(kib(cbor::writeBody(model).size()), kib(blob.size())));
    const bench::Timing decode = medianTiming(runs, [&] { back = decodeModel(blob, &error); }, true);
    ok &= back && *back == model;
    printRow(QStringLiteral("decode, CBOR (encoding 2)"), decode,
             back && *back == model ? QStringLiteral("same model") : QStringLiteral("**DIFFERENT** ") + error);

    // The bodies alone: what the encodings cost apart from zlib and MD5.
    QByteArray body;
    printRow(QStringLiteral("write body only, encoding 1"),
             medianTiming(runs, [&] { body = test::writeDataStreamBody(model); }));
    printRow(QStringLiteral("write body only, encoding 2"),
             medianTiming(runs, [&] { body = cbor::writeBody(model); }));
    return ok ? 0 : 1;
}
