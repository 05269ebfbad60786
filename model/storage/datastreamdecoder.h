#pragma once
// The decoder of model encoding 1, the QDataStream records that .lintel
// snapshots were before CBOR (ADR 0019). Kept, read-only, so revisions saved
// then still open; nothing writes this encoding any more (used only by
// binarycodec.cpp). The layout, and the encoder the tests use to make such
// blobs, are in tests/storage/datastreamencoder.h.
//
// Every count and length is checked against the bytes that are left before
// anything is allocated, so a damaged blob fails with a message instead of
// exhausting memory or reading past the end.
#include "model/describe.h"
#include "model/limits.h"
#include "model/storage/bytereader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <vector>

namespace lintel::binary {

class Decoder {
public:
    Decoder(ByteReader &in, const QList<QByteArray> &names)
        : m_in(in), m_names(names), m_literals(std::size_t(names.size()), nullptr)
    {
    }

    bool failed() const { return m_failed || m_in.failed(); }
    QString error() const
    {
        return m_failed ? m_error : QStringLiteral("the data ends early");
    }

    template <Described S> void readRecord(S &object)
    {
        readExtras(object.extras);
        const quint16 count = m_in.u16();
        Record record;
        for (quint16 i = 0; i < count && !failed(); ++i) {
            const quint16 name = m_in.u16();
            const quint32 length = m_in.u32();
            if (!failed() && name >= m_names.size())
                return fail(QStringLiteral("a field name is out of range"));
            const qsizetype offset = m_in.position();
            if (m_in.skip(length))
                record.fields.append({name, offset, length, false});
        }
        if (failed())
            return;
        const qsizetype end = m_in.position();
        Record *outer = m_record;
        m_record = &record;
        describe(*this, object);
        m_record = outer;
        m_in.seek(end);
    }

    // Called by describe() for every field the current build knows.
    template <class T> void operator()(const char *name, T &value, unsigned = NoFlags)
    {
        if (failed())
            return;
        const Field *field = take(name);
        if (!field)
            return;  // absent when saved, or added to describe.h since: keep the default
        m_in.seek(field->offset);
        readValue(value);
        if (!failed() && m_in.position() != field->offset + qsizetype(field->length))
            fail(QStringLiteral("field '%1' does not have the expected encoding").arg(QLatin1String(name)));
    }

private:
    struct Field {
        quint16 name;
        qsizetype offset;
        quint32 length;
        bool taken;
    };
    struct Record {
        QVarLengthArray<Field, 24> fields;
        qsizetype cursor = 0;
    };

    // Fields are normally stored in describe() order, so the next one is
    // almost always the one asked for; otherwise search the rest.
    const Field *take(const char *name)
    {
        Record &r = *m_record;
        for (qsizetype n = 0; n < r.fields.size(); ++n) {
            Field &f = r.fields[(r.cursor + n) % r.fields.size()];
            if (!f.taken && isName(f.name, name)) {
                f.taken = true;
                r.cursor = (r.cursor + n + 1) % r.fields.size();
                return &f;
            }
        }
        return nullptr;
    }

    // describe() passes the same string literal for a field every time, so
    // after the first comparison a pointer check usually suffices.
    bool isName(quint16 index, const char *name)
    {
        const char *&known = m_literals[index];
        if (known == name)
            return true;
        if (m_names[index] != name)
            return false;
        known = name;
        return true;
    }

    void readValue(QString &s) { s = m_in.string(); }
    void readValue(bool &b) { b = m_in.u8() != 0; }
    void readValue(int &i) { i = m_in.i32(); }
    void readValue(Position &p)
    {
        p.x = m_in.f64();
        p.y = m_in.f64();
    }
    template <ModelEnum E> void readValue(E &e)
    {
        const quint16 index = m_in.u16();
        if (failed())
            return;
        if (index >= m_names.size())
            return fail(QStringLiteral("an enum value is out of range"));
        const QByteArray &name = m_names[index];
        if (auto parsed = parseEnum<E>(std::string_view(name.constData(), std::size_t(name.size()))))
            e = *parsed;
        else
            fail(QStringLiteral("unknown value '%1'").arg(QString::fromUtf8(name)));
    }
    template <class T> void readValue(std::optional<T> &o)
    {
        T value{};
        readValue(value);
        o = std::move(value);
    }
    void readValue(QStringList &list)
    {
        const quint32 n = readCount();
        list.reserve(qsizetype(n));
        for (quint32 i = 0; i < n && !failed(); ++i)
            list.append(m_in.string());
    }
    template <Described S> void readValue(S &object) { readRecord(object); }
    template <Described S> void readValue(std::vector<S> &objects)
    {
        const quint32 n = readCount();
        objects.reserve(n);
        for (quint32 i = 0; i < n && !failed(); ++i)
            readRecord(objects.emplace_back());
    }
    template <class T> void readValue(OrderedMap<T> &map)
    {
        const quint32 n = readCount();
        map.reserve(n);
        for (quint32 i = 0; i < n && !failed(); ++i) {
            auto &[key, value] = map.emplace_back();
            key = m_in.string();
            readValue(value);
        }
    }
    void readValue(YamlValue &v)
    {
        // x- values nest as deep as the user wrote them; a damaged blob must
        // not turn that into unbounded recursion. The value of an x- key is
        // level 1, as the YAML reader counts: whatever it accepted was saved,
        // and must read back here.
        if (++m_depth > limits::kMaxExtensionDepth)
            return fail(QStringLiteral("an x- value nests more than %1 levels deep").arg(limits::kMaxExtensionDepth));
        const quint8 type = m_in.u8();
        if (type > quint8(YamlValue::Type::Mapping))
            return fail(QStringLiteral("unknown x- value type %1").arg(type));
        v.type = YamlValue::Type(type);
        v.scalar = m_in.string();
        v.quoted = m_in.u8() != 0;
        const quint32 n = readCount();
        v.items.reserve(n);
        for (quint32 i = 0; i < n && !failed(); ++i)
            readValue(v.items.emplace_back());
        readExtras(v.entries);
        --m_depth;
    }
    void readExtras(Extras &entries)
    {
        const quint32 n = readCount();
        entries.reserve(n);
        for (quint32 i = 0; i < n && !failed(); ++i) {
            // Constructed from explicit parts: clang 14 cannot default-construct
            // a pair holding the recursive YamlValue in place.
            QString key = m_in.string();
            readValue(entries.emplace_back(std::move(key), YamlValue{}).second);
        }
    }

    // Every item takes at least one byte, so a count larger than what is
    // left can only come from damage.
    quint32 readCount()
    {
        const quint32 n = m_in.u32();
        if (failed())
            return 0;
        if (n > quint64(m_in.remaining())) {
            fail(QStringLiteral("a count is larger than the data"));
            return 0;
        }
        return n;
    }
    void fail(const QString &why)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = why;
        }
    }

    ByteReader &m_in;
    const QList<QByteArray> &m_names;
    std::vector<const char *> m_literals;  // by name index: the literal last matched
    Record *m_record = nullptr;
    bool m_failed = false;
    QString m_error;
    int m_depth = 0;
};

}  // namespace lintel::binary
