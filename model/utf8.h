#pragma once
// UTF-8 model text to QString, exactly. QString::fromUtf8() drops a byte
// order mark at the start, which is right for a file but wrong for a value:
// a name that starts with U+FEFF would lose it on every load. Used wherever
// model strings are decoded (the YAML tree, the snapshot decoder).
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace lintel {

inline QString modelTextFromUtf8(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(utf8);  // the common case, and the fast one
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

}  // namespace lintel
