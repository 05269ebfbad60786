// hostileStrings() and modelFilledWith(): see hostilestrings.h.
#include "tests/yaml/hostilestrings.h"

#include "model/describe.h"

#include <type_traits>

namespace lintel::test {

namespace {

QString codePoint(char32_t c)
{
    if (c > 0xFFFF)
        return QString::fromUcs4(&c, 1);
    return QString(QChar(char16_t(c)));  // also lone surrogates, which fromUcs4 would replace
}

YamlValue scalar(const QString &text, bool quoted)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    v.quoted = quoted;
    return v;
}

Extras extrasWith(const QString &text)
{
    YamlValue list;
    list.type = YamlValue::Type::Sequence;
    list.items = {scalar(text, true), scalar(QStringLiteral("b"), false)};
    YamlValue map;
    map.type = YamlValue::Type::Mapping;
    map.entries = {{text, scalar(text, true)}};
    return {{QStringLiteral("x-") + text, scalar(text, true)},
            {QStringLiteral("x-~list"), list},
            {QStringLiteral("x-~map"), map}};
}

template <class M> struct IsObjectList : std::false_type {};
template <Described T> struct IsObjectList<std::vector<T>> : std::true_type {};

// Sets every field describe() names, recursing into nested objects.
class Filler {
public:
    explicit Filler(const QString &text) : m_text(text) {}

    template <Described T> void fill(T &object)
    {
        object.extras = extrasWith(m_text);
        describe(*this, object);
    }

    template <class M> void operator()(const char *, M &member, unsigned flags = NoFlags)
    {
        if constexpr (std::is_same_v<M, QString>) {
            if (flags & IsId)
                member = QStringLiteral("id-%1").arg(++m_ids);
            else if (!(flags & IsDate))
                member = m_text;
        } else if constexpr (std::is_same_v<M, QStringList>) {
            member = {m_text, QStringLiteral("after")};
        } else if constexpr (Described<M>) {
            fill(member);
        } else if constexpr (IsObjectList<M>::value) {
            member.resize(1);
            fill(member.front());
        } else if constexpr (std::is_same_v<M, OrderedMap<QString>>) {
            member = {{m_text, m_text}};
        } else if constexpr (std::is_same_v<M, OrderedMap<OrderedMap<QString>>>) {
            member = {{m_text, {{m_text, m_text}}}};
        } else if constexpr (std::is_same_v<M, OrderedMap<Position>>) {
            member = {{m_text, Position{1.5, -2}}};
        } else if constexpr (std::is_same_v<M, OrderedMap<Severity>>) {
            member = {{m_text, Severity::Warning}};
        }
        // Booleans, numbers and enumerations keep their defaults: they hold no text.
    }

private:
    QString m_text;
    int m_ids = 0;
};

}  // namespace

QStringList hostileStrings()
{
    QStringList out;
    // Characters with a meaning somewhere in YAML syntax.
    const QString specials = QStringLiteral(",[]{}#&*!|>'\"%@`?:-~=<.\\");
    const QString x = QStringLiteral("x"), y = QStringLiteral("y"), sp = QStringLiteral(" ");
    for (const QChar c : specials) {
        const QString s(c);
        out << s << s + s << s + x << x + s << x + s + y << s + sp + x << x + sp + s << x + sp + s + sp + y
            << x + s + sp + y << x + sp + s + y << s + sp << QStringLiteral("Fast") + s;
    }
    // Whole-string cases.
    out << QString() << QStringLiteral("") << QStringLiteral(" ") << QStringLiteral("  ") << QStringLiteral(" x")
        << QStringLiteral("x ") << QStringLiteral(" x ") << QStringLiteral("a  b");
    for (const char *word :
         {"~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "no", "NO",
          "on", "Off", "y", "n", "Y", "N", "0", "-0", "+1", "017", "0o17", "0x1F", "0b101", "1_000", "1.5", ".5",
          "1.", "1e5", "-1E-5", "1:30", ".inf", "-.inf", "+.INF", ".nan", ".NaN", "2024-01-15", "2024-01-15T10:00:00Z",
          "2024-1-5", "1.2.3", "---", "...", "--- x", "... x", "%YAML 1.2", "!!str", "!!binary aGk=", "&a x",
          "*a", "<<", "? x", ": x", "- x", "x: y", "x:y", "x:", "[x]", "{x: y}", "a #b", "a# b", "#!/bin/sh"})
        out << QString::fromUtf8(word);
    // Line breaks and tabs in every position.
    for (const char *text : {"\n", "\n\n", "a\nb", "a\n", "a\n\n", "\na", "  a\nb", "a\n  b", "a \nb", "a\n \nb",
                             "\r", "a\rb", "a\r\nb", "\t", "\ta", "a\t", "a\tb", "a\t#b", "\ta\nb", "a\n\tb"})
        out << QString::fromUtf8(text);
    // Every C0 control character, DEL and the C1 range, alone and inside text.
    for (char32_t c = 1; c < 0x20; ++c)
        out << codePoint(c) << QStringLiteral("a") + codePoint(c) + QStringLiteral("b");
    for (char32_t c = 0x7F; c <= 0x9F; ++c)
        out << QStringLiteral("a") + codePoint(c) + QStringLiteral("b");
    // Non-printable, invisible and reserved Unicode; byte order marks; lone surrogates.
    for (char32_t c : {0x00A0u, 0x200Bu, 0x2028u, 0x2029u, 0xFDD0u, 0xFFFEu, 0xFFFFu, 0x1FFFEu, 0x10FFFFu, 0xFEFFu,
                       0xD800u, 0xDBFFu, 0xDC00u, 0xDFFFu})
        out << codePoint(c) << QStringLiteral("a") + codePoint(c) + QStringLiteral("b") << codePoint(c) + QStringLiteral("a")
            << QStringLiteral("a") + codePoint(c);
    out << codePoint(0xDC00) + codePoint(0xD800)  // a low surrogate before a high one: two lone halves
        << QStringLiteral("emoji 🚀👩‍💻 and Zürich 日本語");
    // Longer than YAML's 1024 characters for an implicit key, plain and quoted.
    out << QString(1100, u'k') << QStringLiteral("true ") + QString(1100, u'é') << QString(1100, u'\n');
    return out;
}

QString storable(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else {
            out += c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return text.isNull() ? QString() : out;
}

Model modelFilledWith(const QString &text)
{
    Model model;
    Filler(text).fill(model);
    return model;
}

}  // namespace lintel::test
