#pragma once
// The encoder of model encoding 1, the QDataStream records that .lintel
// snapshots were before CBOR (ADR 0019). Lintel no longer writes them; it
// only reads them (model/storage/datastreamdecoder.h). The encoder lives on
// here so the tests and bench_codec can make such blobs.
//
// A body is a name table (u32 count, then each name as QDataStream bytes:
// u32 length and the bytes) followed by the root record. A model is written as a tree of records, one per described struct. A record
// holds the struct's `x-` extras and then only the fields that hold
// something, each tagged with its name (an index into a name table written
// once per blob) and its length in bytes. The tags are what keep old
// revisions readable after describe.h changes: a reader skips fields it no
// longer knows and leaves fields added since at their defaults.
//
// Primitives are QDataStream's (big-endian integers, IEEE doubles). Strings
// are UTF-8 rather than QDataStream's UTF-16: half the bytes for the ids and
// names that make up most of a model, which is what compression and loading
// time are paid on. A null string is written as length 0xFFFFFFFF so it stays
// apart from an empty one.
#include "model/describe.h"

#include <QBuffer>
#include <QByteArray>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QtEndian>
#include <string_view>

namespace lintel::binary {

// Field names and enum spellings, each stored once per blob.
class NameTable {
public:
    quint16 intern(const QByteArray &name)
    {
        const auto it = m_index.constFind(name);
        if (it != m_index.cend())
            return *it;
        Q_ASSERT(m_names.size() < 0xFFFF);
        const auto index = quint16(m_names.size());
        m_index.insert(name, index);
        m_names.append(name);
        return index;
    }
    const QList<QByteArray> &names() const { return m_names; }

private:
    QHash<QByteArray, quint16> m_index;
    QList<QByteArray> m_names;
};

class Encoder {
public:
    static constexpr quint32 kNullString = 0xFFFFFFFF;

    // `bytes` is the array `out` writes into (through a QBuffer), patched in place.
    Encoder(QDataStream &out, QByteArray &bytes, NameTable &names)
        : m_out(out), m_bytes(bytes), m_names(names)
    {
    }

    template <Described S> void writeRecord(const S &object)
    {
        writeExtras(object.extras);
        const qint64 countPos = position();
        m_out << quint16(0);  // patched below: absent fields are not counted
        const int outerCount = m_fieldCount;
        m_fieldCount = 0;
        describe(*this, object);
        patch(countPos, quint16(m_fieldCount));
        m_fieldCount = outerCount;
    }

    // Called by describe() for every field, in canonical order.
    template <class T> void operator()(const char *name, const T &value, unsigned = NoFlags)
    {
        if (isAbsent(value))
            return;
        m_out << m_names.intern(QByteArray(name));
        const qint64 lengthPos = position();
        m_out << quint32(0);
        writeValue(value);
        patch(lengthPos, quint32(position() - lengthPos - qint64(sizeof(quint32))));
        ++m_fieldCount;
    }

private:
    // Absent fields cost nothing. A null QString is absent but an empty one
    // is kept (QDataStream tells them apart), so the round trip is exact.
    static bool isAbsent(const QString &s) { return s.isNull(); }
    static bool isAbsent(const QStringList &l) { return l.isEmpty(); }
    template <class T> static bool isAbsent(const std::optional<T> &o) { return !o.has_value(); }
    template <class T> static bool isAbsent(const std::vector<T> &v) { return v.empty(); }
    template <class T> static bool isAbsent(const T &) { return false; }  // enums, structs, positions

    void writeValue(const QString &s) { writeString(s); }
    void writeValue(bool b) { m_out << quint8(b ? 1 : 0); }
    void writeValue(int i) { m_out << qint32(i); }
    void writeValue(const Position &p) { m_out << p.x << p.y; }
    // Enums by spelling, not by number, so reordering an enum cannot change
    // what an old revision means.
    template <ModelEnum E> void writeValue(E e)
    {
        const std::string_view name = EnumTraits<E>::names[std::size_t(e)];
        m_out << m_names.intern(QByteArray(name.data(), qsizetype(name.size())));
    }
    template <class T> void writeValue(const std::optional<T> &o) { writeValue(*o); }
    void writeValue(const QStringList &list)
    {
        writeCount(list.size());
        for (const QString &s : list)
            writeString(s);
    }
    template <Described S> void writeValue(const S &object) { writeRecord(object); }
    template <Described S> void writeValue(const std::vector<S> &objects)
    {
        writeCount(objects.size());
        for (const S &object : objects)
            writeRecord(object);
    }
    template <class T> void writeValue(const OrderedMap<T> &map)
    {
        writeCount(map.size());
        for (const auto &[key, value] : map) {
            writeString(key);
            writeValue(value);
        }
    }
    // Every member, whatever the type, so operator== holds after the trip.
    void writeValue(const YamlValue &v)
    {
        m_out << quint8(v.type);
        writeString(v.scalar);
        m_out << quint8(v.quoted ? 1 : 0);
        writeCount(v.items.size());
        for (const YamlValue &item : v.items)
            writeValue(item);
        writeExtras(v.entries);
    }
    void writeExtras(const Extras &entries)
    {
        writeCount(entries.size());
        for (const auto &[key, value] : entries) {
            writeString(key);
            writeValue(value);
        }
    }

    void writeString(const QString &s)
    {
        if (s.isNull()) {
            m_out << kNullString;
            return;
        }
        const QByteArray utf8 = s.toUtf8();
        m_out << quint32(utf8.size());
        m_out.writeRawData(utf8.constData(), int(utf8.size()));
    }
    template <class N> void writeCount(N n) { m_out << quint32(n); }
    qint64 position() const { return m_out.device()->pos(); }
    // Lengths and counts are known only after their content is written.
    // Patch the bytes in place rather than seeking the stream back and forth.
    template <class N> void patch(qint64 at, N value) { qToBigEndian(value, m_bytes.data() + at); }

    QDataStream &m_out;
    QByteArray &m_bytes;
    NameTable &m_names;
    int m_fieldCount = 0;
};

}  // namespace lintel::binary

namespace lintel::test {

// The body of a snapshot of encoding 1, as encodeModel() wrote it before
// compressing it and adding the envelope.
inline QByteArray writeDataStreamBody(const Model &model)
{
    const auto configure = [](QDataStream &stream) {
        stream.setVersion(QDataStream::Qt_6_0);
        stream.setByteOrder(QDataStream::BigEndian);
        stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
    };
    binary::NameTable names;
    QByteArray tree;
    {
        QBuffer buffer(&tree);
        buffer.open(QIODevice::WriteOnly);
        QDataStream out(&buffer);
        configure(out);
        binary::Encoder(out, tree, names).writeRecord(model);
    }
    QByteArray body;
    QBuffer buffer(&body);
    buffer.open(QIODevice::WriteOnly);
    QDataStream out(&buffer);
    configure(out);
    out << quint32(names.names().size());
    for (const QByteArray &name : names.names())
        out << name;
    out.writeRawData(tree.constData(), int(tree.size()));
    return body;
}

}  // namespace lintel::test
