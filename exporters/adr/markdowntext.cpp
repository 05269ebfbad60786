#include "exporters/adr/markdowntext.h"

#include <QRegularExpression>

namespace lintel::md {

namespace {

// Characters that are Markdown syntax anywhere in a line. `&` starts
// character references, `@` e-mail autolinks (and MD034), `~` strikethrough.
bool alwaysEscaped(QChar c)
{
    static const QString set = QStringLiteral("\\`*_[]<>|~&@#");
    return set.contains(c);
}

// Makes every character printable on one line: controls become spaces.
QString flattenWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out += (c.category() == QChar::Other_Control || c.isSpace()) ? QChar(u' ') : c;
    return out.simplified();
}

// A line that would start a block (list, setext underline, ordered list).
QString escapeLineStart(const QString &escaped)
{
    if (escaped.isEmpty())
        return escaped;
    const QChar first = escaped.front();
    if (first == u'-' || first == u'+' || first == u'=')
        return u'\\' + escaped;
    // Only "1." or "1)" followed by a space (or nothing) opens a list, so
    // versions such as "1.0" stay as written.
    static const QRegularExpression ordered(QStringLiteral("^(\\d{1,9})([.)])(?= |$)"));
    const auto m = ordered.match(escaped);
    if (m.hasMatch())
        return m.captured(1) + u'\\' + escaped.mid(m.capturedLength(1));
    return escaped;
}

const QRegularExpression &bulletLine()
{
    static const QRegularExpression re(QStringLiteral("^[-*+]\\s+(.*)$"));
    return re;
}

const QRegularExpression &numberedLine()
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,9}[.)]\\s+(.*)$"));
    return re;
}

}  // namespace

QString inlineText(const QString &text)
{
    const QString flat = flattenWhitespace(text);
    QString out;
    out.reserve(flat.size() + 8);
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        if (alwaysEscaped(c)) {
            out += u'\\';
            out += c;
        } else if (c == u':' && flat.mid(i + 1, 2) == u"//") {
            out += QStringLiteral("\\:");  // breaks URL autolinks (MD034)
        } else if (c == u'.' && out.endsWith(u"www", Qt::CaseInsensitive)) {
            out += QStringLiteral("\\.");  // breaks www. autolinks
        } else {
            out += c;
        }
    }
    return escapeLineStart(out);
}

QString headingText(const QString &text)
{
    QString out = inlineText(text);
    static const QString punctuation = QString::fromUtf8(".,;:!\u3002\uff0c\uff1b\uff1a\uff01");
    if (!out.isEmpty() && punctuation.contains(out.back())) {
        const QChar last = out.back();
        out.chop(1);
        if (out.endsWith(u'\\'))
            out.chop(1);
        out += QStringLiteral("&#%1;").arg(last.unicode());
    }
    return out;
}

QString paragraphs(const QString &text)
{
    // Blocks are paragraphs or simple lists (lines starting "- " or "1. "),
    // which people write in decision records and expect to survive.
    QStringList blocks;
    QStringList current;
    enum class Kind { None, Paragraph, Bullets, Numbers } kind = Kind::None;
    const auto flush = [&] {
        if (!current.isEmpty())
            blocks << current.join(u'\n');
        current.clear();
        kind = Kind::None;
    };
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (const QString &raw : normalised.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const auto bullet = bulletLine().match(line);
        const auto number = numberedLine().match(line);
        const Kind lineKind = bullet.hasMatch() ? Kind::Bullets
                            : number.hasMatch() ? Kind::Numbers
                                                : Kind::Paragraph;
        if (lineKind != kind)
            flush();
        kind = lineKind;
        if (lineKind == Kind::Bullets)
            current << QStringLiteral("- ") + inlineText(bullet.captured(1));
        else if (lineKind == Kind::Numbers)
            current << QStringLiteral("%1. ").arg(current.size() + 1) + inlineText(number.captured(1));
        else
            current << inlineText(line);
    }
    flush();
    return blocks.join(QStringLiteral("\n\n"));
}

QString code(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/-]*$"));
    if (!plain.match(text).hasMatch())
        return inlineText(text);
    return u'`' + text + u'`';
}

QString link(const QString &text, const QString &target)
{
    QString label = inlineText(text);
    if (label.isEmpty())
        label = inlineText(target);
    QString escapedTarget = target;
    escapedTarget.replace(u' ', QStringLiteral("%20"));
    return QStringLiteral("[%1](%2)").arg(label, escapedTarget);
}

QString slug(const QString &text, int maxLength)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool pendingHyphen = false;
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingHyphen && !out.isEmpty())
                out += u'-';
            pendingHyphen = false;
            out += c.toLower();
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingHyphen = true;  // accents were split off above; drop them
        }
    }
    if (out.size() > maxLength) {
        // Cut between words so no file name ends in half a word; a single
        // word longer than the limit is cut where it must be.
        const qsizetype lastHyphen = out.lastIndexOf(u'-', maxLength);
        out.truncate(lastHyphen > 0 ? lastHyphen : maxLength);
        while (out.endsWith(u'-'))
            out.chop(1);
    }
    return out;
}

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return QStringLiteral("unknown");
    return *value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString HeadingSet::unique(const QString &escapedHeading)
{
    QString candidate = escapedHeading;
    for (int n = 2; m_seen.contains(candidate.toCaseFolded()); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(escapedHeading, QString::number(n));
    m_seen.insert(candidate.toCaseFolded());
    return candidate;
}

QString tidy(const QString &markdown)
{
    QStringList out;
    bool lastBlank = true;  // also drops leading blank lines
    for (const QString &line : markdown.split(u'\n')) {
        QString trimmed = line;
        while (!trimmed.isEmpty() && trimmed.back().isSpace())
            trimmed.chop(1);
        const bool blank = trimmed.isEmpty();
        if (blank && lastBlank)
            continue;
        out << trimmed;
        lastBlank = blank;
    }
    while (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out.join(u'\n') + u'\n';
}

}  // namespace lintel::md
