#pragma once
// The reading half of the snapshot codec, model encoding 2 (used only by
// binarycodec.cpp); the layout is described in cborencoder.h.
//
// It reads the CBOR as a stream, straight into the model. Whatever the bytes
// say, it never recurses deeper than the model's own shape plus
// limits::kMaxExtensionDepth, never allocates more than the bytes that are
// left could hold, and stops at the first problem with a message.
#include "model/describe.h"
#include "model/limits.h"
#include "model/storage/cborencoder.h"
#include "model/utf8.h"

#include <QByteArray>
#include <QCborStreamReader>
#include <QList>
#include <QString>
#include <algorithm>
#include <atomic>
#include <climits>
#include <memory>
#include <optional>
#include <vector>

namespace lintel::cbor {

// A small number per described type, to keep one lookup table per type.
inline int nextTypeSlot()
{
    static std::atomic<int> next{0};
    return next++;
}
template <Described S> int typeSlot()
{
    static const int slot = nextTypeSlot();
    return slot;
}

class Decoder {
public:
    explicit Decoder(const QByteArray &body) : m_in(body), m_size(body.size()) {}

    bool failed() const { return m_failed; }
    const QString &error() const { return m_error; }

    // The whole body: the signature, the name table, the root record, and
    // nothing after it.
    template <Described S> void readBody(S &root)
    {
        if (!m_in.isTag() || m_in.toTag() != QCborTag(QCborKnownTags::Signature))
            return fail(QStringLiteral("it does not start as a Lintel snapshot"));
        m_in.next();
        if (!m_in.isArray() || !m_in.isLengthKnown() || m_in.length() != 2)
            return fail(QStringLiteral("it is not a name table and a model"));
        if (!enter() || !readNameTable())
            return;
        readRecord(root);
        if (m_failed)
            return;
        if (m_in.hasNext())
            return fail(QStringLiteral("it has more than a name table and a model"));
        leave();
        if (!m_failed && m_in.currentOffset() != m_size)
            fail(QStringLiteral("unexpected length"));
    }

private:
    template <Described S> void readRecord(S &object)
    {
        if (!m_in.isMap())
            return fail(QStringLiteral("an object is not stored as a map"));
        if (!enter())
            return;
        Record record{&ordinalsOf<S>(), &object.extras};
        Record *outer = m_record;
        m_record = &record;
        nextField();
        describe(*this, object);  // takes the fields stored in describe() order
        // Fields stored in another order (describe.h was reordered since the
        // revision was saved) are left over: look each one up.
        while (!m_failed && record.ordinal >= 0) {
            OneField one{*this, record.ordinal};
            describe(one, object);
            nextField();
        }
        m_record = outer;
        leave();
    }

public:
    // Called by describe() for every field the current build knows.
    template <class T> void operator()(const char *name, T &value, unsigned = NoFlags)
    {
        Record &r = *m_record;
        if (!m_failed && r.ordinal == r.visited) {
            readField(name, value);
            nextField();
        }
        ++r.visited;
    }

private:
    struct Record {
        const std::vector<int> *ordinals;  // by name index: the field's place in describe(), or -1
        Extras *extras;
        int ordinal = -1;                  // of the field the stream is at; -1 at the end
        int visited = 0;                   // fields describe() has offered so far
    };

    // Reads the field at one place in describe() (the slow path above).
    struct OneField {
        Decoder &decoder;
        int target;
        int at = 0;
        template <class T> void operator()(const char *name, T &value, unsigned = NoFlags)
        {
            if (at++ == target)
                decoder.readField(name, value);
        }
    };

    // Collects a type's field names in describe() order.
    struct FieldNames {
        std::vector<const char *> names;
        template <class T> void operator()(const char *name, const T &, unsigned = NoFlags)
        {
            names.push_back(name);
        }
    };

    bool readNameTable()
    {
        if (!m_in.isArray()) {
            fail(QStringLiteral("the name table is not a list"));
            return false;
        }
        m_names.reserve(plausibleCount());
        if (!enter())
            return false;
        while (!m_failed && m_in.hasNext()) {
            if (!m_in.isString()) {
                fail(QStringLiteral("a name is not text"));
                return false;
            }
            qsizetype size = 0;
            if (!readUtf8(&size))
                return false;
            m_names.append(QByteArray(m_text.constData(), size));
        }
        leave();
        return !m_failed;
    }

    // The place in describe() of each name in the blob's table, for type S.
    template <Described S> const std::vector<int> &ordinalsOf()
    {
        const auto slot = std::size_t(typeSlot<S>());
        if (m_ordinals.size() <= slot)
            m_ordinals.resize(slot + 1);
        std::unique_ptr<std::vector<int>> &table = m_ordinals[slot];
        if (!table) {
            FieldNames fields;
            describe(fields, static_cast<const S &>(S{}));
            table = std::make_unique<std::vector<int>>(std::size_t(m_names.size()), -1);
            for (qsizetype i = 0; i < m_names.size(); ++i) {
                const auto found = std::find_if(fields.names.begin(), fields.names.end(),
                                                [&](const char *n) { return m_names[i] == n; });
                if (found != fields.names.end())
                    (*table)[std::size_t(i)] = int(found - fields.names.begin());
            }
        }
        return *table;
    }

    // Moves to the next stored field this build knows, reading `x-` extras
    // and skipping fields it no longer has on the way.
    void nextField()
    {
        Record &r = *m_record;
        r.ordinal = -1;
        while (!m_failed && m_in.hasNext()) {
            if (m_in.isUnsignedInteger()) {
                const quint64 index = m_in.toUnsignedInteger();
                if (index >= quint64(m_names.size()))
                    return fail(QStringLiteral("a field name is out of range"));
                m_in.next();
                const int ordinal = (*r.ordinals)[std::size_t(index)];
                if (ordinal >= 0) {
                    r.ordinal = ordinal;
                    return;
                }
                skip();  // a field removed from describe.h since
                continue;
            }
            QString key;
            if (!readString(key, "an x- key"))
                return;
            readExtension(r.extras->emplace_back(std::move(key), YamlValue{}).second, 1);
        }
    }

    template <class T> void readField(const char *name, T &value)
    {
        if (!m_in.hasNext())
            return fail(QStringLiteral("field '%1' has no value").arg(QLatin1String(name)));
        m_field = name;
        value = T{};  // a field stored twice keeps the last value, not both
        readValue(value);
    }

    void readValue(QString &s) { readString(s, nullptr); }
    void readValue(bool &b)
    {
        if (!m_in.isBool())
            return wrongType("true or false");
        b = m_in.toBool();
        m_in.next();
    }
    void readValue(int &i)
    {
        if (!m_in.isInteger())
            return wrongType("a whole number");
        const qint64 value = m_in.toInteger();
        if (m_in.isUnsignedInteger() ? m_in.toUnsignedInteger() > quint64(INT_MAX)
                                     : value < qint64(INT_MIN))
            return wrongType("a whole number that fits 32 bits");
        i = int(value);
        m_in.next();
    }
    void readValue(Position &p)
    {
        if (!m_in.isArray() || !m_in.isLengthKnown() || m_in.length() != 2)
            return wrongType("a pair of numbers");
        if (!enter())
            return;
        for (double *coordinate : {&p.x, &p.y}) {
            if (!m_in.isDouble())
                return wrongType("a pair of numbers");
            *coordinate = m_in.toDouble();
            m_in.next();
        }
        leave();
    }
    template <ModelEnum E> void readValue(E &e)
    {
        if (!m_in.isUnsignedInteger())
            return wrongType("a name");
        const quint64 index = m_in.toUnsignedInteger();
        if (index >= quint64(m_names.size()))
            return fail(QStringLiteral("an enum value is out of range"));
        const QByteArray &name = m_names[qsizetype(index)];
        if (auto parsed = parseEnum<E>(std::string_view(name.constData(), std::size_t(name.size()))))
            e = *parsed;
        else
            return fail(QStringLiteral("unknown value '%1'").arg(QString::fromUtf8(name)));
        m_in.next();
    }
    template <class T> void readValue(std::optional<T> &o) { readValue(o.emplace()); }
    void readValue(QStringList &list)
    {
        if (!m_in.isArray())
            return wrongType("a list");
        list.reserve(plausibleCount());
        if (!enter())
            return;
        while (!m_failed && m_in.hasNext())
            if (!readString(list.emplace_back(), nullptr))
                return;
        leave();
    }
    template <Described S> void readValue(S &object) { readRecord(object); }
    template <Described S> void readValue(std::vector<S> &objects)
    {
        if (!m_in.isArray())
            return wrongType("a list");
        objects.reserve(plausibleCount());
        if (!enter())
            return;
        while (!m_failed && m_in.hasNext())
            readRecord(objects.emplace_back());
        leave();
    }
    template <class T> void readValue(OrderedMap<T> &map)
    {
        if (!m_in.isMap())
            return wrongType("a map");
        map.reserve(plausibleCount());
        if (!enter())
            return;
        while (!m_failed && m_in.hasNext()) {
            auto &[key, value] = map.emplace_back();
            if (readString(key, "a key"))
                readValue(value);
        }
        leave();
    }

    // An `x-` value. `level` counts as the YAML reader does (limits.h): the
    // value of an `x-` key is 1, so whatever it accepted was saved and reads
    // back here, and a forged blob cannot recurse without bound.
    void readExtension(YamlValue &v, int level)
    {
        if (level > limits::kMaxExtensionDepth)
            return fail(QStringLiteral("an x- value nests more than %1 levels deep")
                            .arg(limits::kMaxExtensionDepth));
        if (m_in.isNull()) {
            m_in.next();
            return;
        }
        if (m_in.isTag()) {
            if (m_in.toTag() != QCborTag(kQuotedScalarTag))
                return fail(QStringLiteral("an x- value has an unknown tag"));
            m_in.next();
            if (!m_in.isString())
                return fail(QStringLiteral("a quoted x- value is not text"));
            v.quoted = true;
        }
        if (m_in.isString()) {
            v.type = YamlValue::Type::Scalar;
            readText(v.scalar);
        } else if (m_in.isArray()) {
            v.type = YamlValue::Type::Sequence;
            v.items.reserve(plausibleCount());
            if (!enter())
                return;
            while (!m_failed && m_in.hasNext())
                readExtension(v.items.emplace_back(), level + 1);
            leave();
        } else if (m_in.isMap()) {
            v.type = YamlValue::Type::Mapping;
            v.entries.reserve(plausibleCount());
            if (!enter())
                return;
            while (!m_failed && m_in.hasNext()) {
                // Constructed from explicit parts: clang 14 cannot default-construct
                // a pair holding the recursive YamlValue in place.
                QString key;
                if (!readString(key, "an x- key"))
                    return;
                readExtension(v.entries.emplace_back(std::move(key), YamlValue{}).second, level + 1);
            }
            leave();
        } else {
            fail(QStringLiteral("an x- value is not text, a list or a map"));
        }
    }

    // Text, or null for a null QString. `what` names it in an error; null
    // for the field being read.
    bool readString(QString &out, const char *what)
    {
        if (m_in.isNull()) {
            out = QString();
            m_in.next();
            return true;
        }
        if (!m_in.isString()) {
            if (what)
                fail(QStringLiteral("%1 is not text").arg(QLatin1String(what)));
            else
                wrongType("text");
            return false;
        }
        return readText(out);
    }
    bool readText(QString &out)
    {
        qsizetype used = 0;
        if (!readUtf8(&used))
            return false;
        // Empty stays empty, not null.
        out = used == 0 ? QStringLiteral("") : modelTextFromUtf8(QByteArrayView(m_text.constData(), used));
        return true;
    }
    // The current text string's bytes into m_text; `used` is their count.
    bool readUtf8(qsizetype *size)
    {
        qsizetype used = 0;
        for (;;) {
            // A chunk cannot be longer than the body it is in: that bounds
            // what a forged length makes us allocate.
            const qsizetype chunk = m_in.currentStringChunkSize();
            if (chunk < 0 || chunk > m_size - used)
                return streamFailed();
            if (m_text.size() < used + chunk)
                m_text.resize(std::max(used + chunk, 2 * m_text.size()));
            const auto read = m_in.readStringChunk(m_text.data() + used, chunk);
            if (read.status == QCborStreamReader::Error)
                return streamFailed();
            if (read.status == QCborStreamReader::EndOfString)
                break;
            used += read.data;
        }
        *size = used;
        return true;
    }

    // A container's length, when known, bounded by the bytes left (every
    // item takes at least one), to reserve no more than the data can fill.
    qsizetype plausibleCount()
    {
        if (!m_in.isLengthKnown())
            return 0;
        return qsizetype(std::min<quint64>(m_in.length(), quint64(m_size - m_in.currentOffset())));
    }

    bool enter() { return m_in.enterContainer() || streamFailed(); }
    void leave()
    {
        if (!m_failed && !m_in.leaveContainer())
            streamFailed();
    }
    void skip()
    {
        // A removed field's value: bounded like everything else.
        constexpr int kMaxSkippedDepth = limits::kMaxExtensionDepth + 50;
        if (!m_in.next(kMaxSkippedDepth))
            streamFailed();
    }

    bool streamFailed()
    {
        const QCborError error = m_in.lastError();
        fail(error == QCborError::NoError ? QStringLiteral("it ends early")
                                          : QStringLiteral("not valid CBOR: %1").arg(error.toString()));
        return false;
    }
    void wrongType(const char *expected)
    {
        fail(QStringLiteral("field '%1' is not %2").arg(QLatin1String(m_field), QLatin1String(expected)));
    }
    void fail(const QString &why)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = why;
        }
    }

    QCborStreamReader m_in;
    qint64 m_size;
    QList<QByteArray> m_names;  // the blob's name table
    std::vector<std::unique_ptr<std::vector<int>>> m_ordinals;  // by typeSlot()
    Record *m_record = nullptr;
    const char *m_field = "";
    QByteArray m_text;  // UTF-8 of the string being read, reused
    bool m_failed = false;
    QString m_error;
};

}  // namespace lintel::cbor
