#include "model/yaml/scalarstyle.h"

#include <QRegularExpression>
#include <QStringList>

namespace lintel::yaml {

namespace {

// Code points a YAML reader may change or reject when written raw: C0/C1
// controls (tab and newline included; callers allow newlines where they can),
// DEL, the line and paragraph separators YAML 1.1 treats as breaks, the byte
// order mark, non-characters and unpaired surrogates.
bool needsEscape(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
        || c == 0xFFFE || c == 0xFFFF || (c >= 0xD800 && c <= 0xDFFF);
}

template <class F> void forEachCodePoint(const QString &text, F &&f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        f(c);
    }
}

bool isWhitespaceOnly(QStringView line)
{
    for (QChar c : line)
        if (c != u' ' && c != u'\t')
            return false;
    return true;
}

}  // namespace

bool plainSyntaxAllowed(const QString &text, ScalarPlace place)
{
    if (text.isEmpty() || text.front() == u' ' || text.back() == u' ')
        return false;
    if (QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(text.front()))
        return false;
    const bool flow = place == ScalarPlace::Flow;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            ++i;  // astral characters (emoji) are fine unquoted
            continue;
        }
        const char16_t u = c.unicode();
        if (needsEscape(u))
            return false;
        if (u == ':' && (flow || i + 1 == size || text[i + 1] == u' '))
            return false;
        if (u == '#' && i > 0 && text[i - 1] == u' ')
            return false;
        // yaml-cpp ends a plain scalar in flow context at any `?`, not
        // only at "? " as YAML says: `[Fast?]` is a syntax error there.
        if (flow && (u == ',' || u == '[' || u == ']' || u == '{' || u == '}' || u == '?'))
            return false;
    }
    return true;
}

bool readsAsNull(const QString &text)
{
    // yaml-cpp's IsNullString(), which decides what reaches us as a null node.
    return text == u"~" || text == u"null" || text == u"Null" || text == u"NULL";
}

bool extensionNeedsQuotes(const QString &text)
{
    return !plainSyntaxAllowed(text, ScalarPlace::Block) || readsAsNull(text);
}

bool readsAsNonString(const QString &text, DateReading dates)
{
    static const QStringList words = {
        QStringLiteral("~"),     QStringLiteral("null"),  QStringLiteral("Null"),  QStringLiteral("NULL"),
        QStringLiteral("true"),  QStringLiteral("True"),  QStringLiteral("TRUE"),  QStringLiteral("false"),
        QStringLiteral("False"), QStringLiteral("FALSE"), QStringLiteral("yes"),   QStringLiteral("Yes"),
        QStringLiteral("YES"),   QStringLiteral("no"),    QStringLiteral("No"),    QStringLiteral("NO"),
        QStringLiteral("on"),    QStringLiteral("On"),    QStringLiteral("ON"),    QStringLiteral("off"),
        QStringLiteral("Off"),   QStringLiteral("OFF"),   QStringLiteral("y"),     QStringLiteral("Y"),
        QStringLiteral("n"),     QStringLiteral("N"),     QStringLiteral("="),     QStringLiteral("<<"),
    };
    if (words.contains(text))
        return true;
    // Anything shaped like an int or float in any base or notation, including
    // 1_000, 0x1F, 0o17, 1e5, 1:30 (YAML 1.1 base 60) and .inf / .nan. Broad on
    // purpose: quoting a version like "1.2.3" costs nothing.
    static const QRegularExpression number(QStringLiteral(
        R"(^[-+]?(\.[0-9_]|[0-9])[0-9a-fA-FxXoO_.:+-]*$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$)"));
    static const QRegularExpression date(QStringLiteral(R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}$)"));
    // YAML 1.1's timestamp type (yaml.org/type/timestamp.html), as PyYAML
    // and js-yaml resolve it.
    static const QRegularExpression timestamp(QStringLiteral(
        R"(^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?)"
        R"(([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?$)"));
    if (dates == DateReading::AsTimestamp && (date.match(text).hasMatch() || timestamp.match(text).hasMatch()))
        return true;
    return number.match(text).hasMatch() && !date.match(text).hasMatch();
}

bool literalBlockAllowed(const QString &text)
{
    if (!text.contains(u'\n') || isWhitespaceOnly(QString(text).remove(u'\n')))
        return false;
    bool ok = true;
    forEachCodePoint(text, [&](char32_t c) { ok = ok && (!needsEscape(c) || c == '\n' || c == '\t'); });
    if (!ok)
        return false;
    // A line of only spaces or tabs is ambiguous in a block scalar (it may be
    // taken as indentation rather than content), so such text is quoted.
    for (QStringView line : QStringView(text).split(u'\n'))
        if (!line.isEmpty() && isWhitespaceOnly(line))
            return false;
    return true;
}

QByteArray doubleQuoted(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    // Only \xXX and \uXXXX for the rest: some readers (yaml-cpp) decode "\N" (NEL) to a
    // lone byte that is not UTF-8.
    forEachCodePoint(text, [&](char32_t c) {
        switch (c) {
        case '"': out += "\\\""; return;
        case '\\': out += "\\\\"; return;
        case '\n': out += "\\n"; return;
        case '\t': out += "\\t"; return;
        case '\r': out += "\\r"; return;
        default: break;
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;  // an unpaired surrogate has no UTF-8 form
        if (needsEscape(c))
            out += (c <= 0xFF ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                              : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')))
                       .toLatin1();
        else
            out += QString::fromUcs4(&c, 1).toUtf8();
    });
    out += '"';
    return out;
}

QString withoutLoneSurrogates(const QString &text)
{
    QString out;  // stays null while nothing needs replacing: no copy in the common case
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            if (out.isNull())
                out = text;
            out[i] = QChar(QChar::ReplacementCharacter);
        }
    }
    return out.isNull() ? text : out;
}

QByteArray literalBlock(const QString &text, int contentIndent)
{
    qsizetype body = text.size();
    while (body > 0 && text[body - 1] == u'\n')
        --body;
    const qsizetype trailingNewlines = text.size() - body;
    QByteArray out("|");
    // Indentation is detected from the first line; if that starts with a
    // space or a tab (libyaml refuses a tab there) or is empty, say
    // explicitly that content is 2 columns in.
    if (text.front() == u' ' || text.front() == u'\t' || text.front() == u'\n')
        out += '2';
    // Chomping: `-` strip the final newline, none keeps one, `+` keeps all.
    out += trailingNewlines == 0 ? "-" : trailingNewlines == 1 ? "" : "+";
    out += '\n';
    const QByteArray indent(contentIndent, ' ');
    for (QStringView line : QStringView(text).first(body).split(u'\n')) {
        if (!line.isEmpty())
            out += indent + line.toUtf8();
        out += '\n';
    }
    for (qsizetype i = 1; i < trailingNewlines; ++i)
        out += '\n';
    return out;
}

}  // namespace lintel::yaml
