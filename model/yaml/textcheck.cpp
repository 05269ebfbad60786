#include "model/yaml/textcheck.h"

namespace lintel::yaml {

namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 when it is malformed
// (truncated, overlong, a surrogate or beyond U+10FFFF).
int utf8SequenceLength(const unsigned char *p, qsizetype i, qsizetype size)
{
    const unsigned char c = p[i];
    if (c < 0x80)
        return 1;
    int length = 0;
    char32_t min = 0, cp = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4, min = 0x10000, cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((p[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

Diagnostic at(const QString &fileName, int line, int column, const QString &message)
{
    return Diagnostic{fileName, line, column, message};
}

}  // namespace

std::optional<Diagnostic> checkModelText(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.trimmed().isEmpty())
        return at(fileName, 0, 0, QStringLiteral("file is empty; a Lintel model starts with `lintel: 1`"));
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    int line = 1, column = 1;
    for (qsizetype i = 0; i < size;) {
        if (p[i] == 0)
            return at(fileName, line, column,
                      QStringLiteral("binary file (NUL byte); a Lintel model is UTF-8 YAML text"));
        if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') || p[i] == 0x7F)
            return at(fileName, line, column,
                      QStringLiteral("control character U+%1 in the text; YAML allows it only escaped "
                                     "inside double quotes, like \"\\x%2\"")
                          .arg(p[i], 4, 16, QLatin1Char('0'))
                          .arg(p[i], 2, 16, QLatin1Char('0')));
        const int length = utf8SequenceLength(p, i, size);
        if (length == 0)
            return at(fileName, line, column,
                      QStringLiteral("not valid UTF-8 text (byte 0x%1); save the file as UTF-8")
                          .arg(p[i], 2, 16, QLatin1Char('0')));
        if (p[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

}  // namespace lintel::yaml
