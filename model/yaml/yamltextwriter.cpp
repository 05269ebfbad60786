#include "model/yaml/yamltextwriter.h"

#include "model/limits.h"
#include "model/yaml/scalarstyle.h"
#include "model/yaml/scalartext.h"

#include <algorithm>

namespace lintel::yaml {

namespace {

QByteArray inlineScalar(const QString &text, ScalarPlace place, bool quoted)
{
    if (!quoted && plainSyntaxAllowed(text, place))
        return text.toUtf8();
    return doubleQuoted(text);
}

}  // namespace

// Strings are plain unless plain text would read back as something else
// ("true", "123", "~") or break the syntax.
bool YamlTextWriter::mustQuote(const QString &text, ScalarPlace place) const
{
    return !plainSyntaxAllowed(text, place) || readsAsNonString(text, m_dates);
}

void YamlTextWriter::startLine(int indent)
{
    if (m_afterDash) {
        m_out += ' ';
        m_afterDash = false;
    } else {
        m_out += QByteArray(indent, ' ');
    }
}

void YamlTextWriter::key(int indent, std::string_view plainKey)
{
    startLine(indent);
    m_out.append(plainKey.data(), qsizetype(plainKey.size()));
    m_out += ':';
}

void YamlTextWriter::key(int indent, const QString &givenKey)
{
    startLine(indent);
    const QString anyKey = withoutLoneSurrogates(givenKey);
    const QByteArray text = inlineScalar(anyKey, ScalarPlace::Block, mustQuote(anyKey, ScalarPlace::Block));
    // YAML limits implicit keys to 1024 characters (yaml-cpp counts bytes);
    // longer ones need the explicit `? key` / `: value` form.
    if (text.size() > limits::kMaxImplicitKeyBytes) {
        m_out += "? " + text + '\n';
        m_out += QByteArray(indent, ' ');
    } else {
        m_out += text;
    }
    m_out += ':';
}

void YamlTextWriter::text(const QString &givenValue, int indent)
{
    const QString value = withoutLoneSurrogates(givenValue);
    scalar(value, indent, mustQuote(value, ScalarPlace::Block));
}

void YamlTextWriter::scalar(const QString &value, int indent, bool quoted)
{
    m_afterDash = false;
    m_out += ' ';
    if (literalBlockAllowed(value))
        m_out += literalBlock(value, indent + 2);
    else
        m_out += inlineScalar(value, ScalarPlace::Block, quoted) + '\n';
}

void YamlTextWriter::raw(std::string_view plainValue)
{
    m_afterDash = false;
    m_out += ' ';
    m_out.append(plainValue.data(), qsizetype(plainValue.size()));
    m_out += '\n';
}

void YamlTextWriter::flowList(const QStringList &items)
{
    m_afterDash = false;
    m_out += " [";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            m_out += ", ";
        const QString item = withoutLoneSurrogates(items[i]);
        m_out += inlineScalar(item, ScalarPlace::Flow, mustQuote(item, ScalarPlace::Flow));
    }
    m_out += "]\n";
}

void YamlTextWriter::flowNumbers(std::initializer_list<double> numbers)
{
    m_afterDash = false;
    m_out += " [";
    bool first = true;
    for (double n : numbers) {
        if (!first)
            m_out += ", ";
        first = false;
        m_out += formatNumber(n).toLatin1();
    }
    m_out += "]\n";
}

void YamlTextWriter::emptyMapping()
{
    raw("{}");
}

void YamlTextWriter::emptySequence()
{
    raw("[]");
}

void YamlTextWriter::beginBlock()
{
    if (!m_afterDash)
        m_out += '\n';
}

void YamlTextWriter::item(int indent)
{
    startLine(indent);
    m_out += '-';
    m_afterDash = true;
}

void YamlTextWriter::extension(const YamlValue &value, int indent)
{
    switch (value.type) {
    case YamlValue::Type::Null:
        raw("null");
        return;
    case YamlValue::Type::Scalar: {
        // Plain stays plain (a number stays a number); quoted stays quoted.
        const QString text = withoutLoneSurrogates(value.scalar);
        scalar(text, indent, value.quoted || extensionNeedsQuotes(text));
        return;
    }
    case YamlValue::Type::Sequence: {
        if (value.items.empty())
            return emptySequence();
        // Short lists of simple scalars read best as [a, b], like tags. A
        // plain item goes in a flow list only if it can stay plain there
        // ("a,b" cannot): quoting it would turn it into a string on reload.
        const auto quoted = [](const YamlValue &v) {
            return v.quoted || extensionNeedsQuotes(withoutLoneSurrogates(v.scalar));
        };
        const bool flow = std::all_of(value.items.begin(), value.items.end(), [&](const YamlValue &v) {
            return v.type == YamlValue::Type::Null
                || (v.type == YamlValue::Type::Scalar && !v.scalar.contains(u'\n')
                    && (quoted(v) || plainSyntaxAllowed(withoutLoneSurrogates(v.scalar), ScalarPlace::Flow)));
        });
        if (flow) {
            m_afterDash = false;
            m_out += " [";
            for (std::size_t i = 0; i < value.items.size(); ++i) {
                const YamlValue &v = value.items[i];
                if (i > 0)
                    m_out += ", ";
                m_out += v.type == YamlValue::Type::Null
                    ? QByteArray("null")
                    : inlineScalar(withoutLoneSurrogates(v.scalar), ScalarPlace::Flow, quoted(v));
            }
            m_out += "]\n";
            return;
        }
        beginBlock();
        for (const YamlValue &v : value.items) {
            item(indent + 2);
            extension(v, indent + 2);
        }
        return;
    }
    case YamlValue::Type::Mapping:
        if (value.entries.empty())
            return emptyMapping();
        beginBlock();
        for (const auto &[k, v] : value.entries) {
            key(indent + 2, k);
            extension(v, indent + 2);
        }
        return;
    }
}

}  // namespace lintel::yaml
