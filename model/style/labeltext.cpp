#include "model/style/labeltext.h"

namespace lintel {

QString singleLine(const QString &text)
{
    return text.simplified();
}

QString truncated(const QString &text, int maxChars)
{
    if (maxChars < 1 || text.size() <= maxChars)
        return text;
    // Do not cut a surrogate pair in half: the result must stay valid UTF-16.
    qsizetype cut = maxChars - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).trimmed() + QChar(0x2026);
}

QStringList wrapLines(const QString &text, int width, int maxChars)
{
    const QString flat = truncated(singleLine(text), maxChars);
    QStringList lines;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            lines << current;
        current.clear();
    };
    for (QString word : flat.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() <= width) {
            current += QLatin1Char(' ') + word;
            continue;
        }
        flush();
        while (word.size() > width) {
            qsizetype cut = width;
            if (word.at(cut - 1).isHighSurrogate())
                --cut;
            lines << word.left(cut);
            word = word.mid(cut);
        }
        current = word;
    }
    flush();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

}  // namespace lintel
