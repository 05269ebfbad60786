// The binary codec on its own: exact round trips, determinism, tolerance of
// describe.h changes, and no crash on damaged or forged data.
#include "tests/storage/storagetest.h"

#include "model/storage/binarycodec.h"
#include "model/storage/binarydecoder.h"
#include "model/storage/bytereader.h"
#include "model/storage/binaryencoder.h"
#include "model/yaml/yamlio.h"
#include "tests/support/fullmodel.h"

#include <QBuffer>
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
    QCOMPARE(after.kept, QStringLiteral("kept"));
    QCOMPARE(after.count, std::optional<int>(7));
    QVERIFY(after.added.isNull());
    QCOMPARE(after.teams.size(), std::size_t(2));
    QCOMPARE(after.teams[1].id, QStringLiteral("t2"));
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
    QTest::newRow("trailing bytes") << envelope(bodyOf(good) + "x") << "damaged";
    QTest::newRow("empty body") << envelope(QByteArray()) << "damaged";
}

void StorageTest::codecRejectsDamagedBlobs()
{
    QFETCH(QByteArray, blob);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!decodeModel(blob, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

// A checksum only catches accidents. Flip bytes all over a valid body and
// re-seal it: decoding must fail cleanly or give some model, never crash,
// hang or allocate without bound.
void StorageTest::codecSurvivesForgedBodies()
{
    const QByteArray body = bodyOf(encodeModel(test::fullModel()));
    QVERIFY(!body.isEmpty());
    int rejected = 0;
    for (qsizetype i = 0; i < body.size(); i += 7) {
        for (const char mask : {char(0xFF), char(0x80), char(0x01)}) {
            QByteArray forged = body;
            forged[i] = char(forged[i] ^ mask);
            QString error;
            if (!decodeModel(envelope(forged), &error)) {
                QVERIFY(!error.isEmpty());
                ++rejected;
            }
        }
    }
    QVERIFY(rejected > 0);
    QString error;
    QVERIFY(!decodeModel(envelope(body.left(body.size() - 3)), &error));
}
