// The snapshot codec on its own: exact round trips, determinism, tolerance of
// describe.h changes, snapshots of the older encoding, and no crash on
// damaged or forged data.
#include "tests/storage/storagetest.h"

#include "model/storage/binarycodec.h"
#include "model/storage/bytereader.h"
#include "model/storage/cbordecoder.h"
#include "model/storage/cborencoder.h"
#include "model/storage/datastreamdecoder.h"
#include "model/yaml/yamlio.h"
#include "tests/storage/datastreamencoder.h"
#include "tests/support/fullmodel.h"

#include <QBuffer>
#include <QCborStreamWriter>
#include <QCryptographicHash>
#include <QDataStream>
#include <QTest>

using namespace lintel;

namespace lintel::test {

// Two versions of one struct, as describe.h might have them before and after
// a change: a field removed, one added, the order changed.
struct Before : Node {
    QString kept, removed;
    std::optional<int> count;
    std::vector<Team> teams;
};
struct After : Node {
    std::optional<int> count;
    QString kept;
    QString added;
    std::vector<Team> teams;
};
template <class V, SameOrConst<Before> T> void describe(V &v, T &b)
{
    v("kept", b.kept);
    v("removed", b.removed);
    v("count", b.count);
    v("teams", b.teams);
}
template <class V, SameOrConst<After> T> void describe(V &v, T &a)
{
    v("count", a.count);
    v("kept", a.kept);
    v("added", a.added);
    v("teams", a.teams);
}

}  // namespace lintel::test

namespace {

// Mirrors the envelope in binarycodec.cpp, to forge blobs with valid checksums.
constexpr int kHeaderSize = 24;

QByteArray envelope(const QByteArray &body, quint16 version = kBinaryCodecVersion)
{
    const QByteArray payload = qCompress(body);
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out << quint32(0x4C4E544D) << version << quint16(0);
    blob += QCryptographicHash::hash(payload, QCryptographicHash::Md5);
    return blob + payload;
}

QByteArray bodyOf(const QByteArray &blob)
{
    return qUncompress(blob.mid(kHeaderSize));
}

// A CBOR body that sets the system's name (name index 1) to `value`, with
// the table ["system", "name"]; `nameIndex` replaces that index.
template <class V> QByteArray forgedBody(const V &value, quint64 nameIndex = 1)
{
    QByteArray body;
    QCborStreamWriter out(&body);
    out.append(QCborKnownTags::Signature);
    out.startArray(2);
    out.startArray(2);
    out.append(QLatin1String("system"));
    out.append(QLatin1String("name"));
    out.endArray();
    out.startMap(1);
    out.append(quint64(0));
    out.startMap(1);
    out.append(nameIndex);
    out.append(value);
    out.endMap();
    out.endMap();
    out.endArray();
    return body;
}

}  // namespace

void StorageTest::fullModelSetsEveryField()
{
    const QStringList empty = test::fieldsLeftEmpty(test::fullModel());
    QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("set these in tests/support/fullmodel.cpp: ")
                                         + empty.join(QLatin1String(", "))));
}

void StorageTest::codecRoundTripsEveryField()
{
    const Model original = test::fullModel();
    QString error;
    const std::optional<Model> decoded = decodeModel(encodeModel(original), &error);
    QVERIFY2(decoded, qPrintable(error));
    QVERIFY(*decoded == original);
    // operator== ignores nothing the YAML writer prints, but check the bytes too.
    QCOMPARE(writeYaml(*decoded), writeYaml(original));
}

void StorageTest::codecIsDeterministic()
{
    const Model model = test::fullModel();
    const QByteArray first = encodeModel(model);
    QCOMPARE(encodeModel(model), first);
    QString error;
    QCOMPARE(encodeModel(*decodeModel(first, &error)), first);
}

void StorageTest::codecKeepsNullAndEmptyStringsApart()
{
    Model model;
    model.system.name = QStringLiteral("");
    QString error;
    const auto decoded = decodeModel(encodeModel(model), &error);
    QVERIFY2(decoded, qPrintable(error));
    QVERIFY(!decoded->system.name.isNull());
    QVERIFY(decoded->system.description.isNull());
}

void StorageTest::codecSkipsRemovedFieldsAndDefaultsNewOnes()
{
    test::Before before;
    before.kept = QStringLiteral("kept");
    before.removed = QStringLiteral("gone");
    before.count = 7;
    before.teams.resize(2);
    before.teams[1].id = QStringLiteral("t2");
    const auto check = [](const test::After &after) {
        QCOMPARE(after.kept, QStringLiteral("kept"));
        QCOMPARE(after.count, std::optional<int>(7));
        QVERIFY(after.added.isNull());
        QCOMPARE(after.teams.size(), std::size_t(2));
        QCOMPARE(after.teams[1].id, QStringLiteral("t2"));
    };

    // CBOR, as written today. `count` comes after `kept` in the stored
    // record but before it in After: the decoder must find it all the same.
    {
        test::After after;
        cbor::Decoder decoder(cbor::writeBody(before));
        decoder.readBody(after);
        QVERIFY2(!decoder.failed(), qPrintable(decoder.error()));
        check(after);
    }

    // QDataStream records (encoding 1), as revisions saved before CBOR hold.
    QByteArray tree;
    QBuffer buffer(&tree);
    buffer.open(QIODevice::WriteOnly);
    QDataStream out(&buffer);
    binary::NameTable names;
    binary::Encoder(out, tree, names).writeRecord(before);

    binary::ByteReader in(tree);
    test::After after;
    binary::Decoder decoder(in, names.names());
    decoder.readRecord(after);
    QVERIFY2(!decoder.failed(), qPrintable(decoder.error()));
    QVERIFY(in.atEnd());
    check(after);
}

void StorageTest::codecReadsEncoding1()
{
    const Model original = test::fullModel();
    const QByteArray blob = envelope(test::writeDataStreamBody(original), 1);
    QString error;
    const std::optional<Model> decoded = decodeModel(blob, &error);
    QVERIFY2(decoded, qPrintable(error));
    QVERIFY(*decoded == original);
    QCOMPARE(writeYaml(*decoded), writeYaml(original));
    // Saving it again writes the current encoding.
    QCOMPARE(qFromBigEndian<quint16>(encodeModel(*decoded).constData() + 4), kBinaryCodecVersion);
}

void StorageTest::codecRejectsDamagedBlobs_data()
{
    const QByteArray good = encodeModel(test::fullModel());
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << "truncated";
    QTest::newRow("short") << good.left(10) << "truncated";
    QTest::newRow("cut payload") << good.left(good.size() / 2) << "checksum";
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5A);
    QTest::newRow("flipped byte") << flipped << "checksum";
    QByteArray magic = good;
    magic[0] = 'X';
    QTest::newRow("wrong magic") << magic << "not a Lintel model";
    QTest::newRow("newer encoding") << envelope(bodyOf(good), kBinaryCodecVersion + 1) << "newer version";
    QTest::newRow("trailing bytes") << envelope(bodyOf(good) + "x") << "unexpected length";
    QTest::newRow("empty body") << envelope(QByteArray()) << "damaged";
    QTest::newRow("not CBOR") << envelope("not a snapshot") << "damaged";
    QTest::newRow("cut CBOR") << envelope(bodyOf(good).chopped(5)) << "damaged";
    QTest::newRow("number where text belongs") << envelope(forgedBody(qint64(7))) << "field 'name' is not text";
    QTest::newRow("name index out of range") << envelope(forgedBody(QStringLiteral("x"), 99))
                                             << "a field name is out of range";
    const QByteArray oldBody = test::writeDataStreamBody(test::fullModel());
    QTest::newRow("encoding 1, trailing bytes") << envelope(oldBody + "x", 1) << "unexpected length";
    QTest::newRow("encoding 1, cut") << envelope(oldBody.chopped(9), 1) << "damaged";
    QTest::newRow("encoding 1 read as CBOR") << envelope(oldBody) << "damaged";
}

void StorageTest::codecRejectsDamagedBlobs()
{
    QFETCH(QByteArray, blob);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!decodeModel(blob, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

// A checksum only catches accidents. Flip bytes all over a valid body of
// each encoding and re-seal it: decoding must fail cleanly or give some
// model, never crash, hang or allocate without bound.
void StorageTest::codecSurvivesForgedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("encoding");
    QTest::newRow("CBOR") << bodyOf(encodeModel(test::fullModel())) << int(kBinaryCodecVersion);
    QTest::newRow("encoding 1") << test::writeDataStreamBody(test::fullModel()) << 1;
}

void StorageTest::codecSurvivesForgedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, encoding);
    QVERIFY(!body.isEmpty());
    int rejected = 0;
    for (qsizetype i = 0; i < body.size(); i += 7) {
        for (const char mask : {char(0xFF), char(0x80), char(0x01)}) {
            QByteArray forged = body;
            forged[i] = char(forged[i] ^ mask);
            QString error;
            if (!decodeModel(envelope(forged, quint16(encoding)), &error)) {
                QVERIFY(!error.isEmpty());
                ++rejected;
            }
        }
    }
    QVERIFY(rejected > 0);
    QString error;
    QVERIFY(!decodeModel(envelope(body.left(body.size() - 3), quint16(encoding)), &error));
}
