#pragma once
// Reads snapshots of model encoding 1, which were written with QDataStream
// (big-endian integers, IEEE doubles, length-prefixed bytes), straight from
// memory. QDataStream
// itself costs some 60 ns a value through QIODevice, which alone would be
// 100 ms on a 5,000-element model; this is a pointer bump. Every read is
// bounds-checked: past the end it returns zeros and sets failed().
#include "model/utf8.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>
#include <cstring>

namespace lintel::binary {

class ByteReader {
public:
    explicit ByteReader(QByteArrayView bytes)
        : m_begin(bytes.data()), m_at(bytes.data()), m_end(bytes.data() + bytes.size())
    {
    }

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_at == m_end; }
    qsizetype position() const { return m_at - m_begin; }
    qsizetype remaining() const { return m_end - m_at; }
    void seek(qsizetype position) { m_at = m_begin + qBound(qsizetype(0), position, m_end - m_begin); }

    quint8 u8() { return number<quint8>(); }
    quint16 u16() { return number<quint16>(); }
    quint32 u32() { return number<quint32>(); }
    qint32 i32() { return number<qint32>(); }
    double f64()
    {
        const quint64 bits = number<quint64>();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }

    bool skip(quint32 length)
    {
        if (!take(length))
            return false;
        m_at += length;
        return true;
    }

    // Length-prefixed bytes; 0xFFFFFFFF is a null array. Returns a view into the input.
    QByteArrayView bytes(bool *isNull = nullptr)
    {
        const quint32 length = u32();
        if (isNull)
            *isNull = length == kNull && !m_failed;
        if (length == kNull || !take(length))
            return {};
        const QByteArrayView view(m_at, qsizetype(length));
        m_at += length;
        return view;
    }

    // UTF-8 with the same length prefix; null stays null, empty stays empty.
    QString string()
    {
        bool isNull = false;
        const QByteArrayView utf8 = bytes(&isNull);
        if (isNull || m_failed)
            return QString();
        return utf8.isEmpty() ? QStringLiteral("") : modelTextFromUtf8(utf8);
    }

private:
    static constexpr quint32 kNull = 0xFFFFFFFF;

    bool take(quint64 length)
    {
        if (m_failed || length > quint64(m_end - m_at)) {
            m_failed = true;
            return false;
        }
        return true;
    }
    template <class T> T number()
    {
        if (!take(sizeof(T)))
            return T{};
        const T value = qFromBigEndian<T>(m_at);
        m_at += sizeof(T);
        return value;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    bool m_failed = false;
};

}  // namespace lintel::binary
