#pragma once
// The writing half of the snapshot codec, model encoding 2 (used only by
// binarycodec.cpp). The body is CBOR (RFC 8949), written as a stream by
// QCborStreamWriter while describe() visits the model, so no tree of
// QCborValues is built: a large model costs no more memory than its bytes.
//
//   body    = 55799([names, record])   ; self-described CBOR
//   names   = [* tstr]                 ; field names and enum spellings, once each
//   record  = {* tstr => xvalue, * uint => value}
//
// A record is a map. Its text keys are the object's `x-` extras, in their
// order; its integer keys are the fields that hold something, in describe()
// order, each keyed by its name's index in `names`. Keying by name is what
// keeps old revisions readable after describe.h changes: a reader skips
// names it no longer knows and leaves fields added since at their defaults.
//
// Values: text is a text string, and a null QString is CBOR null so it stays
// apart from an empty one; integers, booleans and lists are CBOR's own; a
// position is [x, y] as two doubles; an enum is the index of its spelling in
// `names` (by spelling, not number, so reordering an enum cannot change what
// an old revision means); a list of objects is an array of records; a map
// keeps its order. An `x-` value is null, a text string (tagged
// kQuotedScalarTag when it was quoted in YAML, so it stays a string), an
// array or a map: the shape it had in YAML.
#include "model/describe.h"

#include <QByteArray>
#include <QCborStreamWriter>
#include <QHash>
#include <QList>
#include <string_view>

namespace lintel::cbor {

// Tags a quoted `x-` scalar. From CBOR's first-come-first-served range but
// not registered: it means something only inside a Lintel snapshot.
inline constexpr quint64 kQuotedScalarTag = 0x4C4E5451;  // "LNTQ"

// Field names and enum spellings, each stored once per blob.
class NameTable {
public:
    quint64 intern(std::string_view name)
    {
        const QByteArray key = QByteArray::fromRawData(name.data(), qsizetype(name.size()));
        const auto it = m_index.constFind(key);
        if (it != m_index.cend())
            return *it;
        const auto index = quint64(m_names.size());
        m_names.append(QByteArray(name.data(), qsizetype(name.size())));
        m_index.insert(m_names.back(), index);
        return index;
    }
    const QList<QByteArray> &names() const { return m_names; }

private:
    QHash<QByteArray, quint64> m_index;
    QList<QByteArray> m_names;
};

// Which values are left out of a record: they cost nothing, and a reader
// leaves such a field at its default, which is the same value. A null
// QString is absent but an empty one is kept, so the round trip is exact.
struct Absence {
    static bool of(const QString &s) { return s.isNull(); }
    static bool of(const QStringList &l) { return l.isEmpty(); }
    template <class T> static bool of(const std::optional<T> &o) { return !o.has_value(); }
    template <class T> static bool of(const std::vector<T> &v) { return v.empty(); }
    template <class T> static bool of(const T &) { return false; }  // enums, numbers, structs, positions
};

// Counts the fields of a record that will be written, so that the record's
// map can say its length up front (a definite length: the reader knows how
// much to expect, and the bytes are the same every time).
struct PresentFieldCounter {
    quint64 count = 0;
    template <class T> void operator()(const char *, const T &value, unsigned = NoFlags)
    {
        if (!Absence::of(value))
            ++count;
    }
};

class Encoder {
public:
    Encoder(QCborStreamWriter &out, NameTable &names) : m_out(out), m_names(names) {}

    template <Described S> void writeRecord(const S &object)
    {
        PresentFieldCounter present;
        describe(present, object);
        m_out.startMap(quint64(object.extras.size()) + present.count);
        for (const auto &[key, value] : object.extras) {
            writeString(key);
            writeValue(value);
        }
        describe(*this, object);
        m_out.endMap();
    }

    // Called by describe() for every field, in canonical order.
    template <class T> void operator()(const char *name, const T &value, unsigned = NoFlags)
    {
        if (Absence::of(value))
            return;
        m_out.append(m_names.intern(name));
        writeValue(value);
    }

private:
    void writeValue(const QString &s) { writeString(s); }
    void writeValue(bool b) { m_out.append(b); }
    void writeValue(int i) { m_out.append(qint64(i)); }
    void writeValue(const Position &p)
    {
        m_out.startArray(2);
        m_out.append(p.x);
        m_out.append(p.y);
        m_out.endArray();
    }
    template <ModelEnum E> void writeValue(E e)
    {
        m_out.append(m_names.intern(EnumTraits<E>::names[std::size_t(e)]));
    }
    template <class T> void writeValue(const std::optional<T> &o) { writeValue(*o); }
    void writeValue(const QStringList &list)
    {
        m_out.startArray(quint64(list.size()));
        for (const QString &s : list)
            writeString(s);
        m_out.endArray();
    }
    template <Described S> void writeValue(const S &object) { writeRecord(object); }
    template <Described S> void writeValue(const std::vector<S> &objects)
    {
        m_out.startArray(quint64(objects.size()));
        for (const S &object : objects)
            writeRecord(object);
        m_out.endArray();
    }
    template <class T> void writeValue(const OrderedMap<T> &map)
    {
        m_out.startMap(quint64(map.size()));
        for (const auto &[key, value] : map) {
            writeString(key);
            writeValue(value);
        }
        m_out.endMap();
    }
    // The members a YamlValue's type does not use are not stored; the YAML
    // writer does not write them either.
    void writeValue(const YamlValue &v)
    {
        switch (v.type) {
        case YamlValue::Type::Null:
            m_out.appendNull();
            return;
        case YamlValue::Type::Scalar:
            if (v.quoted)
                m_out.append(QCborTag(kQuotedScalarTag));
            writeText(v.scalar);  // never null: it must read back as a scalar
            return;
        case YamlValue::Type::Sequence:
            m_out.startArray(quint64(v.items.size()));
            for (const YamlValue &item : v.items)
                writeValue(item);
            m_out.endArray();
            return;
        case YamlValue::Type::Mapping:
            m_out.startMap(quint64(v.entries.size()));
            for (const auto &[key, value] : v.entries) {
                writeString(key);
                writeValue(value);
            }
            m_out.endMap();
            return;
        }
    }

    void writeString(const QString &s)
    {
        if (s.isNull())
            m_out.appendNull();
        else
            writeText(s);
    }
    // Through toUtf8(), as every other form of the model is written.
    void writeText(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        m_out.appendTextString(utf8.constData(), utf8.size());
    }

    QCborStreamWriter &m_out;
    NameTable &m_names;
};

// The body of a snapshot of `root`. The name table comes first but is
// complete only once the records are written, so the two are written apart
// and joined.
template <Described S> QByteArray writeBody(const S &root)
{
    NameTable names;
    QByteArray records;
    {
        QCborStreamWriter out(&records);
        Encoder(out, names).writeRecord(root);
    }
    QByteArray table;
    {
        QCborStreamWriter out(&table);
        out.startArray(quint64(names.names().size()));
        for (const QByteArray &name : names.names())
            out.appendTextString(name.constData(), name.size());
        out.endArray();
    }
    // Tag 55799 (self-described CBOR), then an array of two: the table and the root.
    QByteArray body = QByteArrayLiteral("\xd9\xd9\xf7\x82");
    body.reserve(body.size() + table.size() + records.size());
    body.append(table);
    body.append(records);
    return body;
}

}  // namespace lintel::cbor
